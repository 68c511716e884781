import type { Activity } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import { translator } from '../../src/i18n';
import { Conversation } from '../helpers/conversation';

/**
 * Issue #27 item 3, #29 item 7 (spec v4): a question about what a word means is answered from the glossary
 * (locales/*.json `glossary`) and the question is asked again; it is not recorded as an answer, and asking what a
 * sign means does not fire the sign.
 */
const en = translator('en');
const zh = translator('zh-CN');

function triage(replies: readonly Partial<Activity>[]): string | undefined {
  return (replies.find((r) => r.value && typeof r.value === 'object' && 'triage' in (r.value as object))?.value as { triage?: string } | undefined)?.triage;
}

async function atSymptoms(locale: string): Promise<Conversation> {
  const c = new Conversation({ locale });
  await c.start();
  const zhLocale = locale.startsWith('zh');
  await c.say(zhLocale ? '好的' : 'yes');
  await c.say('ALT 68 U/L 7-40; AST 25 U/L 13-35');
  await c.say('34');
  await c.say(zhLocale ? '男' : 'male');
  await c.say(zhLocale ? '没有' : 'no');
  await c.say(zhLocale ? '不喝酒' : 'none');
  await c.say(zhLocale ? '没有' : 'no');
  await c.say(zhLocale ? '没有' : 'none');
  return c;
}

describe('asking what a word means', () => {
  it.each([
    ['en-US', 'what is a tarry stool?', 'tarry_stools', en],
    ['en-US', 'jaundice = what exactly?', 'jaundice', en],
    ['zh-CN', '黄疸是什么意思', 'jaundice', zh],
    ['zh-CN', '柏油便长啥样', 'tarry_stools', zh],
  ])('%s: %s is explained, no sign fires, and the question is asked again', async (locale, text, term, t) => {
    const c = await atSymptoms(locale);
    const replies = await c.say(text);
    const said = Conversation.text(replies);
    expect(said).toContain(t(`glossary.${term}`));
    expect(triage(replies)).toBeUndefined();
    expect(said).toContain(t('questions.symptoms.ask').slice(0, 12));
    // The question still waits for its answer: "none" answers it now.
    expect(await c.ask(locale.startsWith('zh') ? '都没有' : 'none of those')).not.toContain(t('questions.symptoms.ask').slice(0, 12));
  });
});
