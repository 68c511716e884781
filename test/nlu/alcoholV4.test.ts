import { describe, expect, it } from 'vitest';
import { parseAlcohol } from '../../src/nlu/drinks';
import { detectWarningSigns } from '../../src/nlu/redFlags';
import { understand } from '../../src/nlu/understand';

/** Issue #24's alcohol readings that could harm (spec v4): each of these was misread before. */
const NOW = new Date(2026, 11, 1, 12);

describe('amounts a heavy drinker gives are not shrunk', () => {
  it('a trailing "more at the weekend" does not turn every night into two nights', () => {
    const r = parseAlcohol('about 6 pints of lager every night, more at the weekend');
    expect(r?.drinksPerWeek).toBeGreaterThan(50);
    expect(r?.drinksPerWeek).toBe(parseAlcohol('about 6 pints of lager every night')?.drinksPerWeek);
  });
  it('"weekends, 5 beers each night" is still two nights', () => expect(parseAlcohol('weekends, 5 beers each night')?.drinksPerWeek).toBe(10));
  it.each([
    ['4 vodka shots at a party on Saturday', 4],
    ['6 tequila shots last friday', 6],
  ])('the count before "<drink> shots" is the binge: %s', (text, n) => expect(parseAlcohol(text)?.largestOccasion).toBe(n));
});

describe('alcohol dependence and withdrawal, in both languages (RF-WITHDRAWAL, alcohol_dependence)', () => {
  it.each(['早上起来不喝一口手就抖', '不喝酒手就抖', '早上就想喝酒', 'I need a drink in the morning or my hands shake'])('%s is alcohol dependence', (text) => {
    expect(detectWarningSigns(text).conditions).toContain('alcohol_dependence');
    const a = understand('conditions', text, NOW).answer;
    expect(a?.kind === 'conditions' && a.value).toContain('alcohol_dependence');
  });
  it.each([
    'after I stopped drinking I had a fit',
    'since I quit drinking 2 days ago I keep seeing things that are not there',
    'stopped drinking on friday, now shaking and sweating like mad',
    '戒酒以后出现幻觉',
    '停酒两天，浑身发抖出冷汗',
    '停酒两天了，今天早上抽搐了一次',
  ])('%s is alcohol withdrawal', (text) => {
    const s = detectWarningSigns(text);
    expect([...s.symptoms, ...s.beyondContract]).toContain('alcohol_withdrawal');
  });
  it.each(['I had a fit as a child', '不喝酒就手抖', 'i get the shakes and sweats if i skip a day', 'shaking and sweating after my run', '我不喝酒', '跑完步浑身出汗'])('%s is not withdrawal', (text) => {
    const s = detectWarningSigns(text);
    expect([...s.symptoms, ...s.beyondContract]).not.toContain('alcohol_withdrawal');
  });
});

describe('heavy drinking: the conditions answer, and whether it is now', () => {
  it.each([
    ['heavy drinking now', true],
    ['现在或过去大量饮酒', true],
    ['大量饮酒', true],
    ['I drink heavily', true],
    ['I used to drink heavily', false],
    ['以前酗酒，现在戒了', false],
  ])('%s → heavy_alcohol_history, now %s', (text, now) => {
    const a = understand('conditions', text, NOW).answer;
    expect(a?.kind).toBe('conditions');
    if (a?.kind !== 'conditions') return;
    expect(a.value).toContain('heavy_alcohol_history');
    expect(a.heavyDrinkingNow).toBe(now);
  });
});
