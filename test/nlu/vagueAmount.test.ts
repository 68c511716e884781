import { describe, expect, it } from 'vitest';
import { parseAlcohol } from '../../src/nlu/drinks';
import { BLACKOUT_OCCASION, DRUNK_OCCASION, readAlcohol } from '../../src/nlu/vagueAmount';

/**
 * Issue #27 item 5: vague amounts taken as what they plainly mean (occasional, small), not as none and not as
 * not understood; drunk words as an occasion at binge level; a week's drinks said of one occasion as that occasion.
 */
describe('occasional small amounts', () => {
  it.each(['socially', 'just socially, nothing much', 'a little now and then', 'hardly any, the odd glass', '偶尔小酌', '不多 就一点点', '应酬的时候喝点'])('%s: a drink or two at most, not none', (text) => {
    const r = readAlcohol(text);
    expect(r?.drinksPerWeek).toBeGreaterThan(0);
    expect(r?.drinksPerWeek).toBeLessThanOrEqual(2);
    expect(r?.largestOccasion ?? 0).toBeLessThanOrEqual(2);
  });
  it.each(['never, not even socially', '滴酒不沾', "I don't drink"])('%s is still none', (text) => {
    expect(readAlcohol(text)).toEqual(expect.objectContaining({ drinksPerWeek: 0 }));
  });
  it('an amount at a function with no frequency is now and then', () => {
    const r = readAlcohol('only at functions, a glass or two of wine');
    expect(r?.drinksPerWeek).toBeGreaterThan(0);
    expect(r?.drinksPerWeek).toBeLessThan(2);
  });
});

describe('drunk words are an occasion at binge level', () => {
  it.each([
    ['got really drunk at the christmas do', DRUNK_OCCASION],
    ['平时不喝 上周五喝多了', DRUNK_OCCASION],
    ['blacked out at a stag party saturday', BLACKOUT_OCCASION],
    ['前天喝断片了', BLACKOUT_OCCASION],
  ])('%s', (text, occasion) => {
    expect(readAlcohol(text)?.largestOccasion).toBe(occasion);
  });
});

describe("a week's drinks said of one occasion", () => {
  it('a couple of ciders on a saturday: two on that occasion', () => {
    expect(parseAlcohol('a couple of ciders on a saturday')?.largestOccasion ?? null).toBeNull();
    expect(readAlcohol('a couple of ciders on a saturday')).toEqual(expect.objectContaining({ drinksPerWeek: 2, largestOccasion: 2 }));
  });
  it('two glasses every night is not fourteen at once', () => {
    expect(readAlcohol('two glasses of wine every night')?.largestOccasion ?? 2).toBeLessThanOrEqual(2);
  });
});
