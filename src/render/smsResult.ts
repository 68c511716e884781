import type { Translate } from '../i18n';
import { phrase } from './index';
import { SMS_MAX_RESULT_MESSAGES, splitForSms, stripMarkdown, toGsm7 } from './sms';
import type { ResultSection, ResultView } from './views';

/** A result on SMS: what is sent now (at most 3 messages), and what "MORE" (更多) sends later. */
export interface SmsResult {
  now: string[];
  later: string[];
}

function sectionText(t: Translate, s: ResultSection): string {
  return [s.title ? phrase(t, s.title) : null, ...s.lines.map((l) => phrase(t, l))].filter(Boolean).join('\n');
}

/**
 * Plain SMS text, one paragraph a section: a line that ends a sentence runs on to the next (with a space in English,
 * none in Chinese), and items of a list are joined with semicolons (；in Chinese). No Markdown; GSM-7 in English.
 */
function plain(body: string, locale: string): string {
  const en = locale === 'en';
  const joined = body.replace(/([^\n])\n(?!\n)/g, (_, last: string) => last + (/[.!?:。！？：]/.test(last) ? (en ? ' ' : '') : en ? '; ' : '；'));
  const text = stripMarkdown(joined);
  return en ? toGsm7(text) : text;
}

function messages(t: Translate, sections: readonly ResultSection[], locale: string): string[] {
  return splitForSms(plain(sections.map((s) => sectionText(t, s)).join('\n\n'), locale));
}

/**
 * Splits a result for SMS. When the whole of it fits in 3 messages it is sent at once. Otherwise the action, its
 * reason, the safety net and the disclaimer go now, with "Reply MORE" before the closing action, so that an urgent or
 * emergency result still ends with what to do; the details and the doctor's summary wait for "MORE", and end with
 * the closing action again.
 */
export function smsResult(view: ResultView, t: Translate, locale: string): SmsResult {
  const closing = view.sections.filter((s) => s.closing);
  const body = view.sections.filter((s) => !s.closing);
  const all = [...messages(t, body, locale), ...messages(t, [view.doctor, ...closing], locale)];
  if (all.length <= SMS_MAX_RESULT_MESSAGES) return { now: all, later: [] };
  const more: ResultSection = { lines: [{ key: 'sms.more' }] };
  return {
    now: messages(t, [...body.filter((s) => !s.detail), more, ...closing], locale),
    // The doctor's summary starts a message of its own, so that it can be shown or passed on as it is.
    later: [...messages(t, body.filter((s) => s.detail), locale), ...messages(t, [view.doctor, ...closing], locale)],
  };
}
