import { describe, expect, it } from 'vitest';
import { parseExercise } from '../../src/nlu/exercise';

/**
 * Issue #27 item 5: days counted against the test, not before today, where the reply names the test; and everyday
 * day words (Cantonese 琴日, northern 今儿, "the day before yesterday", "a fortnight ago"). Sentences written for this
 * test; each fails on the reader before this work.
 */
const NOW = new Date(2026, 11, 1, 12);
const daysBefore = (text: string): number | null => {
  const a = parseExercise(text, NOW);
  return a && !a.none ? a.daysAgo : null;
};

describe('a day said against the test', () => {
  it.each([
    ['a hard spin class two mornings before the blood draw', 2],
    ['ran 10k 3 days prior', 3],
    ['the morning of the test I did a crossfit session', 0],
    ['抽血前两天去爬了山', 2],
    ['验血前一天打了场篮球', 1],
    ['抽血当天早上跑了三公里', 0],
  ])('%s → %i', (text, days) => expect(daysBefore(text)).toBe(days));
});

describe('everyday day words', () => {
  it.each([
    ['heavy squats the day before yesterday', 2],
    ['a half marathon about a fortnight ago', 14],
    ['琴日踢咗场波', 1],
    ['今儿一早跑了五公里', 0],
  ])('%s → %i', (text, days) => expect(daysBefore(text)).toBe(days));
});
