import type { Activity } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import { translator } from '../../src/i18n';
import { Conversation } from '../helpers/conversation';

/**
 * ASK-SELF-HARM (spec v4): a hint of suicidal thoughts that is not clear enough for RF-SELF-HARM gets the Columbia
 * screener's direct questions; yes, or an unclear answer, fires RF-SELF-HARM; no goes on with the questions.
 */
const en = translator('en');
const zh = translator('zh-CN');

function rulesOf(replies: readonly Partial<Activity>[]): string[] {
  const v = replies.find((r) => r.value && typeof r.value === 'object' && 'triage' in (r.value as object))?.value as { rules?: string[] } | undefined;
  return v?.rules ?? [];
}

async function atSleep(locale: string): Promise<Conversation> {
  const c = new Conversation({ locale });
  await c.start();
  await c.say(locale.startsWith('zh') ? '好的' : 'yes');
  await c.say('ALT 68 U/L 7-40; AST 25 U/L 13-35');
  await c.say('34');
  return c;
}

describe('a hint of suicidal thoughts gets the screener question (ASK-SELF-HARM)', () => {
  it.each([
    ['en-US', 'not really, I just feel like such a burden to everyone lately', 'yes', en],
    ['en-US', 'slept ok. been saving up my sleeping pills though', 'maybe, I dunno', en],
    ['zh-CN', '睡得还行，就是觉得活着挺没劲的，都是给家里添麻烦', '有', zh],
  ])('%s: %s → the screener, then "%s" fires RF-SELF-HARM', async (locale, hint, answer, t) => {
    const c = await atSleep(locale);
    expect(await c.ask(hint)).toContain(t('questions.clarify.self_harm'));
    expect(rulesOf(await c.say(answer))).toContain('RF-SELF-HARM');
  });
  it('no goes on with the questions', async () => {
    const c = await atSleep('en-US');
    expect(await c.ask('no. everything feels hopeless though')).toContain(en('questions.clarify.self_harm'));
    const replies = await c.say('no');
    expect(rulesOf(replies)).not.toContain('RF-SELF-HARM');
    expect(Conversation.text(replies)).toContain(en('questions.alcohol.ask').slice(0, 20));
  });
});
