import type { Activity } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import type { AssessmentResult } from '../../src/assessment/types';
import { translator } from '../../src/i18n';
import { Conversation } from '../helpers/conversation';

const en = translator('en');
const zh = translator('zh-CN');

function resultOf(replies: readonly Partial<Activity>[]): AssessmentResult {
  const carrier = replies.find((r) => r.value && typeof r.value === 'object' && 'triage' in (r.value as object));
  if (!carrier) throw new Error('no result in these replies');
  return carrier.value as AssessmentResult;
}

describe('the guided conversation in English, by free text only', () => {
  it('goes from hello to an explanation in 12 turns or fewer, with the result as the value', async () => {
    const c = new Conversation();
    const hello = Conversation.text(await c.start());
    expect(hello).toContain(en('welcome.intro'));
    expect(hello).toContain(en('welcome.notDiagnosis'));
    expect(hello).toContain(en('consent.ask', { hours: 24 }));
    expect(await c.ask('yes')).toContain(en('questions.results.ask'));
    expect(await c.ask('ALT(GPT) 68 U/L 7-40; AST 25 U/L 13-35')).toContain(en('questions.age.ask'));
    expect(await c.ask('34')).toContain(en('questions.sleep.ask'));
    expect(await c.ask('yes, I stayed up late')).toContain(en('questions.alcohol.ask'));
    expect(await c.ask('had like 6 beers saturday')).toContain(en('questions.exercise.ask'));
    expect(await c.ask('3 days ago')).toContain(en('questions.medicines.ask'));
    expect(await c.ask('acetominophen 500mg, lipiter')).toContain(en('questions.paracetamolDose.named'));
    // ASK-APAP: the amount is known, so only the days in a row are asked next.
    expect(await c.ask('2 tablets twice a day')).toContain(en('questions.paracetamolDays.ask'));
    expect(await c.ask('no')).toContain(en('questions.symptoms.ask'));
    expect(await c.ask('none')).toContain(en('questions.conditions.ask'));
    const summary = await c.ask('overweight');
    expect(summary).toContain('ALT: 68 U/L (normal up to 40)');
    // The names as read, without the dose; every one is said back.
    expect(summary).toContain('acetominophen, lipiter');
    const replies = await c.say('yes');
    expect(c.turns).toBeLessThanOrEqual(12);
    const result = resultOf(replies);
    expect(result).toMatchObject({ triage: 'routine', pattern: 'isolated_alt', specVersion: '4', retest: { inWeeks: [2, 4] } });
    expect(result.factors).toEqual(['sleep', 'alcohol', 'exercise', 'medication:acetaminophen', 'medication:atorvastatin', 'condition:overweight']);
    const text = Conversation.text(replies);
    expect(text).toContain(en('explain.pattern.isolated_alt'));
    expect(text).toContain(en('explain.factor.sleep'));
    expect(text).toContain(en('explain.medicine.keepTaking'));
    expect(text).toContain(en('explain.retest.weeks', { from: 2, to: 4 }));
    expect(text).toContain(en('explain.disclaimer'));
    const card = replies.flatMap((r) => r.attachments ?? []).find((a) => a.contentType === 'application/vnd.microsoft.card.adaptive');
    expect(JSON.stringify(card?.content)).toContain(en('explain.doctorTitle'));
    expect(JSON.stringify(card?.content)).toContain(en('explain.facts.altValue', { value: 68, uln: 40, source: en('explain.source.lab'), times: '1.7' }));
  });

  it('goes step by step when there is no paste, asking for ranges and sex only when missing', async () => {
    const c = new Conversation();
    await c.start();
    await c.say('yes');
    expect(await c.ask('sixty-eight')).toContain(en('questions.ast.ask'));
    expect(await c.ask('25')).toContain(en('questions.altRange.ask'));
    expect(await c.ask('7-40')).toContain(en('questions.astRange.ask'));
    expect(await c.ask('none')).toContain(en('questions.sex.ask'));
    expect(await c.ask('female')).toContain(en('questions.age.ask'));
    for (const answer of ['skip', 'no', 'none', 'no', 'none', 'none', 'none']) await c.say(answer);
    const result = resultOf(await c.say('yes'));
    expect(result.alt.uln).toBe(40);
    expect(result.ast.uln).toBe(35);
    expect(result.rules).toContain('ULN-DEFAULT');
  });
});

describe('the guided conversation in Chinese', () => {
  it('takes the language from the activity and finishes by free text', async () => {
    const c = new Conversation({ locale: 'zh-CN' });
    expect(Conversation.text(await c.start())).toContain(zh('welcome.intro'));
    expect(await c.ask('同意')).toContain(zh('questions.results.ask'));
    const next = await c.ask('谷丙转氨酶 68 U/L (9-50)\n谷草转氨酶 25 U/L (15-40)');
    expect(next).toContain(zh('questions.age.ask'));
    expect(await c.ask('三十四岁')).toContain(zh('questions.sleep.ask'));
    expect(await c.ask('有一点')).toContain(zh('questions.alcohol.ask'));
    expect(await c.ask('每天二两白酒')).toContain(zh('questions.exercise.ask'));
    expect(await c.ask('前天跑了半马')).toContain(zh('questions.medicines.ask'));
    expect(await c.ask('泰诺 一天两次')).toContain(zh('questions.paracetamolDose.named'));
    expect(await c.ask('一次一片，一天两次')).toContain(zh('questions.paracetamolDays.ask'));
    expect(await c.ask('没有')).toContain(zh('questions.symptoms.ask'));
    expect(await c.ask('没有')).toContain(zh('questions.conditions.ask'));
    expect(await c.ask('没有')).toContain('ALT：68 U/L（正常上限 50）');
    const replies = await c.say('对');
    expect(c.turns).toBeLessThanOrEqual(12);
    const result = resultOf(replies);
    expect(result.factors).toEqual(['sleep', 'alcohol', 'exercise', 'medication:acetaminophen']);
    expect(Conversation.text(replies)).toContain(zh('explain.pattern.isolated_alt'));
    expect(Conversation.text(replies)).toContain(zh('explain.disclaimer'));
  });
});

describe('results outside the isolated-ALT pattern', () => {
  async function finishWith(paste: string): Promise<{ text: string; result: AssessmentResult }> {
    const c = new Conversation();
    await c.start();
    await c.say('yes');
    await c.say(paste);
    for (const answer of ['40', 'no', 'none', 'no', 'none', 'none', 'none']) await c.say(answer);
    const replies = await c.say('yes');
    return { text: Conversation.text(replies), result: resultOf(replies) };
  }
  it.each([
    ['ALT 90 U/L 0-40; AST 80 U/L 0-35', 'both_raised', 'soon', 'explain.action.soon'],
    ['ALT 30 U/L 0-40; AST 80 U/L 0-35', 'ast_only', 'soon', 'explain.action.soon'],
    ['ALT 30 U/L 0-40; AST 20 U/L 0-35', 'normal', 'routine', 'explain.action.routineNormal'],
  ])('%s is explained plainly as %s, with the advice for it', async (paste, pattern, triage, action) => {
    const { text, result } = await finishWith(paste);
    expect(result.pattern).toBe(pattern);
    expect(result.triage).toBe(triage);
    expect(text).toContain(en(`explain.pattern.${pattern}`));
    // No site: "a doctor" (SAY-SITE v4).
    expect(text).toContain(en(action, { where: en('labels.whereSoon.none') }));
  });
});
