import { describe, expect, it } from 'vitest';
import en from '../../locales/nlu/en.json';
import zhCN from '../../locales/nlu/zh-CN.json';
import { saysDontKnow } from '../../src/nlu/dontKnow';

describe('saysDontKnow: "I don\'t know" to a question about the report (issue #13)', () => {
  it.each([
    'not sure', "I'm not sure", "can't find it", 'I cant find it on there', "it isn't printed", "there's no range", 'there is no range on mine',
    "it doesn't say", 'no, it doesn’t say', 'dunno', 'no idea', 'IDK', '不知道', '我不知道', '没写', '报告上没写', '找不到', '报告上没有', '上面没有参考范围',
  ])('hears "%s"', (text) => {
    expect(saysDontKnow(text)).toBe(true);
  });

  it.each([
    'I know it', 'yes I know: 7-40', "I'm sure", "it's not that I can't find it", 'it says 7-40', 'sure', 'U/L', '7-40', '知道', '我知道',
    '不是不知道，是0-40', 'female', 'none',
  ])('does not hear it in "%s" (whole phrases only, negation-safe)', (text) => {
    expect(saysDontKnow(text)).toBe(false);
  });

  it('is driven by the word lists in both locales', () => {
    expect(en.dontKnow.length).toBeGreaterThan(10);
    expect(zhCN.dontKnow.length).toBeGreaterThan(10);
    for (const phrase of [...en.dontKnow, ...zhCN.dontKnow]) expect(saysDontKnow(phrase), phrase).toBe(true);
  });
});
