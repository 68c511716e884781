import { localeSettings, resolveLocale, type Translate } from '../i18n';
import { textOf } from './phrase';
import { preferGsm7, SMS_MAX_RESULT_MESSAGES, splitForSms, stripMarkdown } from './sms';
import type { ResultSection, ResultView } from '../views';

/** A result on SMS: what is sent now (at most `perResult` messages, 3 on SMS), and what "MORE" (更多) sends later. */
export interface SmsResult {
  now: string[];
  later: string[];
}

function sectionText(t: Translate, s: ResultSection): string {
  return [s.title ? textOf(t, s.title) : null, ...s.lines.map((l) => textOf(t, l))].filter(Boolean).join('\n');
}

/**
 * Plain SMS text, one paragraph a section: a line that ends a sentence runs on to the next (with a space in English,
 * none in Chinese), and items of a list are joined with semicolons (；in Chinese): the locale's gaps (src/i18n).
 * No Markdown; GSM-7 where the text allows it.
 */
function plain(body: string, locale: string): string {
  const { sentenceGap, listGap } = localeSettings(resolveLocale(locale));
  const joined = body.replace(/([^\n])\n(?!\n)/g, (_, last: string) => last + (/[.!?:。！？：]/.test(last) ? sentenceGap : listGap));
  return preferGsm7(stripMarkdown(joined));
}

function messages(t: Translate, sections: readonly ResultSection[], locale: string): string[] {
  // An action and the go-now signs are never split across two messages.
  const whole = new Set(sections.filter((s) => s.whole || s.closing).map((s) => plain(sectionText(t, s), locale).replace(/\n/g, ' ').trim()));
  return splitForSms(plain(sections.map((s) => sectionText(t, s)).join('\n\n'), locale), whole);
}

/**
 * Splits a result for SMS. When the whole of it fits in 3 messages it is sent at once. Otherwise the action, its
 * reason, the safety net and the disclaimer go now, with "Reply MORE" before the closing action, so that an urgent or
 * emergency result still ends with what to do; the details and the doctor's summary wait for "MORE", and end with
 * the closing action again.
 */
export function smsResult(view: ResultView, t: Translate, locale: string, perResult: number = SMS_MAX_RESULT_MESSAGES): SmsResult {
  const closing = view.sections.filter((s) => s.closing);
  const body = view.sections.filter((s) => !s.closing);
  const all = [...messages(t, body, locale), ...messages(t, [view.doctor, ...closing], locale)];
  if (all.length <= perResult) return { now: all, later: [] };
  const more: ResultSection = { lines: [{ key: 'sms.more' }] };
  // The first messages hold every section that is not a detail; a spare one waits for MORE when they would not fit.
  const spares = body.filter((s) => !s.detail && s.spare !== undefined).sort((a, b) => (a.spare ?? 0) - (b.spare ?? 0));
  const left = new Set<ResultSection>();
  const nowFor = (): string[] => messages(t, [...body.filter((s) => !s.detail && !left.has(s)), more, ...closing], locale);
  let now = nowFor();
  for (const spare of spares) {
    if (now.length <= perResult) break;
    left.add(spare);
    now = nowFor();
  }
  return {
    now,
    // The doctor's summary starts a message of its own, so that it can be shown or passed on as it is.
    later: [...messages(t, body.filter((s) => s.detail || left.has(s)), locale), ...messages(t, [view.doctor, ...closing], locale)],
  };
}
