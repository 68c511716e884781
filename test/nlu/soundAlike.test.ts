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

/** Issue #29 item 2: English sound-alikes and split words (Double Metaphone keys, one-letter slips), asked about. */
describe('English sound-alikes of warning signs', () => {
  it.each([
    ['my stools look pail', 'pale_stools'],
    ['throwing up blod since last night', 'vomiting_blood'],
    ['chess pain when i climb the stairs', 'chest_pain'],
    ['the doctor thinks it might be john dice', 'jaundice'],
    ['dark your in all week', 'dark_urine'],
  ])('%s is asked about as %s', (text, sign) => {
    const s = detectWarningSigns(text);
    expect(s.unclear).toContain(sign);
    expect(s.symptoms).not.toContain(sign);
  });
  it.each(['no chess pain at all', 'had a nice dinner and a walk'])('%s is no sign', (text) => {
    const s = detectWarningSigns(text);
    expect([...s.symptoms, ...s.unclear]).toEqual([]);
  });
});

/** Issue #27 item 1: hints built from the screeners' concepts, in words none of the lists holds as a sentence. */
describe('suicidal thoughts said indirectly, as concepts', () => {
  it.each([
    'some nights i pray i just dont wake up',
    'honestly my family would have an easier time without me',
    'i feel like nothing but a burden to my kids',
    'i dont see much point in any of it now',
    '觉得大家没有我会过得更好',
    '有时候真想睡过去就别醒了',
    '我这种人早点死了也好',
  ])('%s gets the screener question (ASK-SELF-HARM)', (text) => {
    expect(detectWarningSigns(text).selfHarmHint).toBe(true);
  });
  it.each(['累死了 今天加班', 'the kids are a handful but fine', 'I read that liver disease can make you yellow'])('%s is no hint', (text) => {
    const s = detectWarningSigns(text);
    expect(s.selfHarmHint).toBe(false);
    expect(s.symptoms).toEqual([]);
  });
});
