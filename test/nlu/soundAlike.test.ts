import { describe, expect, it } from 'vitest';
import { detectWarningSigns } from '../../src/nlu/redFlags';

/** Issue #29 item 2: Chinese sound-alikes of sign words, read by pinyin, with negation, asked about with one question. */
describe('Chinese sound-alikes of warning signs', () => {
  it.each([
    ['吐雪了 好多', 'vomiting_blood'],
    ['兄口疼 左边', 'chest_pain'],
    ['皮肤有荒疸', 'jaundice'],
    ['还有点发稍', 'fever'],
  ])('%s is asked about as %s', (text, sign) => {
    const s = detectWarningSigns(text);
    expect(s.unclear).toContain(sign);
    expect(s.symptoms).not.toContain(sign);
  });
  it.each(['没有吐雪', '兄口不疼'])('%s, denied, is no sign', (text) => {
    const s = detectWarningSigns(text);
    expect([...s.symptoms, ...s.unclear]).toEqual([]);
  });
});
