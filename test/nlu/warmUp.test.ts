import { describe, expect, it } from 'vitest';
import { parseDaysAgo } from '../../src/nlu/daysAgo';
import { findNumbers } from '../../src/nlu/numbers';
import { warmUpReaders } from '../../src/nlu/warmUp';
import { cpuMs } from '../helpers/cpuTime';


/**
 * Replies nobody warmed with directly: mixed scripts, run-together words, dates and number words. Cold, the first of
 * them cost 0.7 s (the date-time models are built) and each later one 30-140 ms (V8 compiles the patterns it reaches
 * on first use); the CI run that failed on 887df4e spent 137 ms on the first one.
 */
const FIRST_REPLIES = ['last,.1sixtyand2020-01-01lastdayday前ago', 'dayday', 'last day', 'sixtyand2020-01-01', 'ran a 10k on sunday 前天', '三个星期前的周六'];

describe('the readers are warmed before the server listens (src/index.ts)', () => {
  it('after warmUpReaders, replies never seen before cost a few ms each, not the first use', () => {
    warmUpReaders();
    const costs = FIRST_REPLIES.map((text) => cpuMs(() => {
      findNumbers(text);
      parseDaysAgo(text);
    }));
    // Cold, the same replies cost over 900 ms together (measured in a fresh worker without the warm-up).
    expect(costs.reduce((a, b) => a + b, 0)).toBeLessThan(150);
  });
});
