import { describe, expect, it } from 'vitest';
import { typedForSomeoneElse } from '../../src/nlu/context';
import { findConditions } from '../../src/nlu/conditions';
import { detectWarningSigns } from '../../src/nlu/redFlags';

/** ConText (Harkema 2009): experiencer and temporality, with triggers as data (locales/nlu/*.json `context`). Spec v4. */
const signs = (text: string): string[] => {
  const s = detectWarningSigns(text);
  return [...s.symptoms, ...s.conditions, ...s.beyondContract];
};

describe('someone else’s signs, and signs long ago and over, do not fire', () => {
  it.each([
    ['my dad went yellow last year', 'jaundice'],
    ['同事吐过血', 'vomiting_blood'],
    ['我妈以前黄疸过', 'jaundice'],
    ['I had jaundice as a baby', 'jaundice'],
    ['my husband was confused after his op', 'confusion'],
    ['小时候得过黄疸', 'jaundice'],
  ])('%s', (text, sign) => expect(signs(text)).not.toContain(sign));
});

describe('the patient’s own signs, now, still fire', () => {
  it.each([
    ['my eyes have gone yellow', 'jaundice'],
    ['my wife says my eyes look yellow', 'jaundice'],
    ['I had jaundice as a baby and now my eyes are yellow again', 'jaundice'],
    ['我妈说我眼睛发黄', 'jaundice'],
    ['今天早上吐血了', 'vomiting_blood'],
    ['hep B, my mum had it too', 'hepatitis_b'],
  ])('%s', (text, sign) => expect([...signs(text), ...findConditions(text)]).toContain(sign));
  it('another person’s sign now is asked about, not fired', () => {
    const s = detectWarningSigns('my colleague keeps throwing up at work');
    expect(s.symptoms).not.toContain('nausea_vomiting');
    expect(s.unclear).toContain('nausea_vomiting');
  });
});

describe('typing for someone else', () => {
  it.each(['I am filling this in for my dad', '我替我妈填的', 'she is 81 and lives with me'])('%s is typed for someone else', (text) => expect(typedForSomeoneElse(text)).toBe(true));
  it.each(['ibuprofen for my back', 'I am 45', '我今年45'])('%s is not', (text) => expect(typedForSomeoneElse(text)).toBe(false));
  it('the patient’s signs count, the typist’s own do not', () => {
    const s = signs("I'm typing for my dad, he's gone yellow. I've had a fever myself");
    expect(s).toContain('jaundice');
    expect(s).not.toContain('fever');
  });
});
