import { describe, expect, it } from 'vitest';
import { parseExercise } from '../../src/nlu/exercise';
import { findConditions } from '../../src/nlu/conditions';
import { parseSleepLoss } from '../../src/nlu/yesNo';

/**
 * Issue #29 item 6: everyday words for activity and conditions. Light and moderate activity (Compendium of Physical
 * Activities, under about 6 METs) is not hard exercise; a race or a 10 km run some days before is.
 */
const NOW = new Date(2026, 11, 1, 12); // a Tuesday

describe('gentle activity is not hard exercise', () => {
  it.each([
    'I walk the dog every morning',
    'pilates on monday, nothing else',
    'qigong in the park most days',
    'did some weeding saturday',
    'cycled to work, slow and easy',
    '每天早上打太极',
    '晚上跳跳广场舞',
    '周末在院子里种菜',
  ])('%s', (text) => {
    expect(parseExercise(text, NOW)).toEqual({ none: true });
  });
});

describe('vigorous activity is, with its day', () => {
  it.each([
    ['ran a 10k race on saturday', 3],
    ['heavy weights at the gym yesterday', 1],
    ['前天跑了个半马', 2],
    ['没怎么运动，就是前天搬家扛了一天柜子', 2],
  ])('%s', (text, days) => {
    expect(parseExercise(text, NOW)).toEqual({ none: false, daysAgo: days });
  });
});

describe('everyday words for lost sleep and diabetes', () => {
  it.each(['I was on a night shift the night before', '前一天值夜班'])('%s is lost sleep', (text) => {
    expect(parseSleepLoss(text)).toBe('yes');
  });
  it.each(['sugar patient from long time', '血糖高好几年了', '有糖尿'])('%s is diabetes', (text) => {
    expect(findConditions(text)).toContain('diabetes');
  });
});
