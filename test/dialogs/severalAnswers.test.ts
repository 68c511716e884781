import { describe, expect, it } from 'vitest';
import { recordOtherAnswers } from '../../dialogs/otherAnswers';
import { newSession } from '../../dialogs/session';
import { translator } from '../../src/i18n';
import { otherAnswers } from '../../src/nlu/alsoAnswers';
import { Conversation } from '../helpers/conversation';

/**
 * Issue #29 item 5: one reply, several answers ("no booze, and I slept ok"). Each answer is recorded, in either
 * order and in both languages, and its question is not asked; an answer already given is kept.
 */
const en = translator('en');
const zh = translator('zh-CN');
const NOW = new Date(2026, 11, 1, 12);

async function atSleep(locale = 'en-US', consent?: string): Promise<Conversation> {
  const c = new Conversation({ locale });
  await c.start();
  await c.say(consent ?? (locale.startsWith('zh') ? '好的' : 'yes'));
  await c.say('ALT 68 U/L 7-40; AST 25 U/L 13-35');
  await c.say('34');
  return c;
}

describe('a reply to the sleep question that also answers the alcohol question', () => {
  it.each(['slept fine, and I dont drink', 'no booze, and I slept ok', 'nope. also I never drink alcohol'])('en: %s skips the alcohol question', async (reply) => {
    const c = await atSleep();
    expect(await c.ask(reply)).toContain(en('questions.exercise.ask'));
  });
  it.each(['睡得挺好，酒也没喝', '酒没喝 睡得也挺好'])('zh-CN: %s skips the alcohol question', async (reply) => {
    const c = await atSleep('zh-CN');
    expect(await c.ask(reply)).toContain(zh('questions.exercise.ask'));
  });
  it('a bare "no" answers the question asked, and only that', async () => {
    const c = await atSleep();
    expect(await c.ask('no')).toContain(en('questions.alcohol.ask'));
  });
  it('"back" after such a reply undoes the answer given beside it', async () => {
    const c = await atSleep();
    await c.say('slept fine, and I dont drink');
    expect(await c.ask('back')).toContain(en('questions.alcohol.ask'));
  });
});

describe('an age given with consent is not asked again', () => {
  it.each([
    ['en-US', 'Yes please. Typing this for my mum, she is 79'],
    ['zh-CN', '可以，我41，男的'],
  ])('%s: %s', async (locale, reply) => {
    const c = new Conversation({ locale });
    await c.start();
    await c.say(reply);
    const t = translator(locale === 'zh-CN' ? 'zh-CN' : 'en');
    const next = await c.ask('ALT 68 U/L 7-40; AST 25 U/L 13-35');
    expect(next).not.toContain(t('questions.age.ask'));
    expect(next).toContain(t('questions.sleep.ask'));
  });
});

describe('reading the other answers (src/nlu/alsoAnswers)', () => {
  it.each([
    ['sleep', 'no booze, and I slept ok', 'alcohol', { kind: 'alcohol', value: { drinksPerWeek: 0, largestOccasion: 0 } }],
    ['alcohol', 'no alcohol, no gym, no meds', 'exercise', { kind: 'exercise', value: { none: true } }],
    ['age', '31 and female', 'sex', { kind: 'sex', value: 'female' }],
    ['sex', '女 48', 'age', { kind: 'age', value: 48 }],
    ['age', '52歲，女，有糖尿病', 'conditions', { kind: 'conditions', value: ['diabetes'], heavyDrinkingNow: false }],
    ['summary', "yea mostly, I'm actually fifty-four not forty-five", 'age', { kind: 'age', value: 54 }],
    ['conditions', 'Hep B, on entecavir', 'medicines', expect.objectContaining({ kind: 'medicines' })],
  ])('%s: %s also answers %s', (question, text, other, answer) => {
    expect(otherAnswers(question, text, NOW)[other as 'age']?.answer).toEqual(answer);
  });
  it.each([
    ['alcohol', 'had 8 pints at the wedding, danced till 2'],
    ['alcohol', 'used to drink a lot, been dry 3 yrs'],
    ['sleep', 'no'],
    ['sex', "fem, and I'm 14 weeks pregnant"],
  ])('%s: %s gives no age', (question, text) => {
    expect(otherAnswers(question, text, NOW).age).toBeUndefined();
  });
});

describe('an answer already given is kept', () => {
  it('sleep said earlier is not overwritten by a later aside', () => {
    const s = newSession();
    s.answers.sleepLoss = true;
    const recorded = recordOtherAnswers(s, 'alcohol', 'none, and I slept fine', NOW);
    expect(recorded).not.toContain('sleep');
    expect(s.answers.sleepLoss).toBe(true);
  });
  it('an unanswered one is recorded and put on the history for "back"', () => {
    const s = newSession();
    expect(recordOtherAnswers(s, 'alcohol', 'none, and I slept fine', NOW)).toEqual(['sleep']);
    expect(s.answers.sleepLoss).toBe(false);
    expect(s.history).toEqual(['sleep']);
  });
});
