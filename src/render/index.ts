import type { Activity, Attachment, CardAction } from 'botbuilder';
import type { Translate } from '../i18n';
import { choiceCard, doctorCard } from './cards';
import { channelProfile, type ChannelProfile } from './channels';
import { textOf } from './phrase';
import { preferGsm7, splitForSms, stripMarkdown } from './sms';
import { smsResult } from './smsResult';
import type { ChoiceView, QuestionView, ResultView, Phrase, View } from '../views';

export type { View } from '../views';
export { textOf } from './phrase';

function text(t: Translate, says: readonly Phrase[]): string {
  return says.map((s) => textOf(t, s)).join('\n\n');
}

/** Markdown joins lines of a paragraph: keep a single line break as a hard break (Web Chat, the Emulator). */
function markdownBreaks(body: string): string {
  return body.replace(/([^\n])\n(?!\n)/g, '$1  \n');
}

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };

/**
 * Teams joins Markdown's single line breaks, and shows the text beside suggested actions as plain text, so lists and
 * summaries ran together. As HTML (textFormat xml), every line is its own paragraph, which Teams shows as a line
 * wherever the text is, and a blank line between paragraphs is kept as a break. The only Markdown the views use,
 * **bold** titles, becomes <b>.
 */
export function teamsHtml(body: string): string {
  const line = (l: string): string => `<p>${l.replace(/[&<>]/g, (c) => HTML_ESCAPES[c] ?? c).replace(/\*\*(.+?)\*\*/g, '<b>$1</b>')}</p>`;
  return body
    .split(/\n{2,}/)
    .map((paragraph) => paragraph.split('\n').filter((l) => l.trim() !== '').map(line).join(''))
    .filter(Boolean)
    .join('<br>');
}

/** Where single line breaks are lost (SMS), the lines of one paragraph are joined with semicolons. */
function smsLines(body: string): string {
  return body.replace(/([^\n])\n(?!\n)/g, '$1; ');
}

/** "1, 2 or 3" in the person's language. */
function numberList(t: Translate, count: number): string {
  const numbers = Array.from({ length: count }, (_, i) => String(i + 1));
  if (numbers.length === 1) return numbers[0] ?? '1';
  return `${numbers.slice(0, -1).join(t('render.comma'))} ${t('render.or')} ${numbers.at(-1)}`;
}

function numbered(t: Translate, choices: readonly ChoiceView[], multi: boolean): string {
  const options = choices.map((c, i) => `${i + 1} = ${t(c.labelKey)}`).join(t('render.comma'));
  return multi ? t('render.replyNumbersMulti', { options }) : t('render.replyNumbers', { numbers: numberList(t, choices.length), options });
}

/**
 * Plain text (SMS): no Markdown, lines joined, GSM-7 where the profile asks for it and the text allows it, split into
 * messages of at most two segments' worth.
 */
function plainActivities(p: ChannelProfile, body: string, value?: unknown): Partial<Activity>[] {
  const plain = smsLines(stripMarkdown(body));
  const parts = splitForSms(p.messages.gsm7 ? preferGsm7(plain) : plain);
  return parts.map((p, i) => {
    const a: Partial<Activity> = { type: 'message', text: p, textFormat: 'plain' };
    if (i === parts.length - 1 && value !== undefined) a.value = value;
    return a;
  });
}

function imBacks(t: Translate, choices: readonly ChoiceView[]): CardAction[] {
  return choices.map((c) => ({ type: 'imBack', title: t(c.labelKey), value: t(c.labelKey) }));
}

/** The text of a message in the profile's format: HTML paragraphs (Teams), or Markdown with hard breaks. */
function formatted(p: ChannelProfile, body: string): Pick<Activity, 'text' | 'textFormat'> {
  return p.text.format === 'xml' ? { text: teamsHtml(body), textFormat: 'xml' } : { text: markdownBreaks(body), textFormat: 'markdown' };
}

function message(p: ChannelProfile, body: string, extra: Partial<Activity> = {}): Partial<Activity> {
  return { type: 'message', ...formatted(p, body), inputHint: 'expectingInput', ...extra };
}

function question(view: QuestionView, p: ChannelProfile, t: Translate): Partial<Activity>[] {
  const body = text(t, view.say);
  const multi = view.multi === true && view.choices.length > 1;
  if (p.text.format === 'plain') return plainActivities(p, p.numberedChoices && view.choices.length >= 2 ? `${body}\n\n${numbered(t, view.choices, multi)}` : body);
  if (view.choices.length === 0) return [message(p, body)];
  const cardFor = (): Attachment => choiceCard(t, body, view.choices, multi, view.id ?? '');
  const suggested = (): Partial<Activity> => message(p, body, { suggestedActions: { actions: imBacks(t, view.choices), to: [] } });
  const fitsSuggested = p.suggestedActions !== null && !multi && view.choices.length <= p.suggestedActions.max;
  if (p.cards?.standalone) {
    // Teams shows up to 3 imBack suggested actions in personal chat; more, or several at once, go in a card that carries the text.
    if (fitsSuggested) return [suggested()];
    return [{ type: 'message', inputHint: 'expectingInput', attachments: [cardFor()] }];
  }
  if (multi && p.cards?.multiSelect) return [message(p, body, { attachments: [cardFor()] })];
  return [suggested()];
}

function result(view: ResultView, p: ChannelProfile, t: Translate): Partial<Activity>[] {
  const kept = p.text.lineBreaks === 'kept';
  const sections = view.sections.map((s) => {
    const lines = s.lines.map((l) => textOf(t, l));
    const title = s.title ? textOf(t, s.title) : null;
    if (!kept) return [title, ...lines].filter(Boolean).join(' ');
    // In HTML each line is a paragraph of its own, so a gap is left between sections only; Markdown needs blank lines.
    return [title ? `**${title}**` : null, ...lines].filter(Boolean).join(p.text.format === 'xml' ? '\n' : '\n\n');
  });
  const doctorText = [view.doctor.title ? textOf(t, view.doctor.title) : null, ...view.doctor.lines.map((l) => textOf(t, l))].filter(Boolean).join(kept ? '\n\n' : ' ');
  if (p.text.format === 'plain') return plainActivities(p, [...sections, doctorText].join('\n\n'), view.value);
  const facts = view.facts.map((f) => ({ title: t(f.titleKey), value: typeof f.value === 'string' ? f.value : textOf(t, f.value) }));
  const doctor = doctorCard(view.doctor.title ? textOf(t, view.doctor.title) : '', facts, doctorText);
  return [{ type: 'message', ...formatted(p, sections.join('\n\n')), attachments: [doctor], value: view.value }];
}

/** One view, as the activities this channel can show. */
export function renderView(view: View, channelId: string | undefined, t: Translate, _locale: string): Partial<Activity>[] {
  const p = channelProfile(channelId);
  switch (view.kind) {
    case 'question':
      return question(view, p, t);
    case 'result':
      return result(view, p, t);
    case 'message': {
      const body = text(t, view.say);
      if (p.text.format === 'plain') return plainActivities(p, body, view.value);
      const a: Partial<Activity> = { type: 'message', ...formatted(p, body) };
      if (view.value !== undefined) a.value = view.value;
      return [a];
    }
  }
}

/**
 * The result at the end of the interview. Where the profile caps the messages of a result (SMS: 3), the messages to
 * send now, with the assessment result on the last, and the texts a MORE continuation sends later; elsewhere the
 * whole result now and `later` null (no continuation).
 */
export function renderResult(view: ResultView, channelId: string | undefined, t: Translate, locale: string): { now: Partial<Activity>[]; later: string[] | null } {
  const p = channelProfile(channelId);
  if (p.messages.perResult === null) return { now: renderView(view, channelId, t, locale), later: null };
  const { now, later } = smsResult(view, t, locale, p.messages.perResult);
  return {
    now: now.map((text, i): Partial<Activity> => ({ type: 'message', text, textFormat: 'plain', ...(i === now.length - 1 ? { value: view.value } : {}) })),
    later,
  };
}

/** Maps a reply to one of the choices shown: its label (in either language) or, where numbers were shown, its number. */
export function resolveChoice(
  reply: string,
  choices: readonly ChoiceView[],
  labels: (key: string) => string[],
  allowNumbers: boolean,
): string | null {
  const folded = reply.trim().toLowerCase();
  if (allowNumbers && /^\d{1,2}$/.test(folded)) {
    const picked = choices[Number(folded) - 1];
    if (picked) return picked.value;
  }
  for (const c of choices) if (c.value.toLowerCase() === folded || labels(c.labelKey).some((l) => l.toLowerCase() === folded)) return c.value;
  return null;
}

