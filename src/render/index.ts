import type { Activity, Attachment, CardAction } from 'botbuilder';
import type { Translate } from '../i18n';
import { choiceCard, doctorCard } from './cards';
import { channelKind, numberedChoices, TEAMS_MAX_SUGGESTED, type ChannelKind } from './channels';
import { preferGsm7, splitForSms, stripMarkdown } from './sms';
import type { ChoiceView, QuestionView, ResultView, Say, SayList, View } from './views';

export type { View } from './views';

function isSay(x: unknown): x is Say {
  return typeof x === 'object' && x !== null && typeof (x as { key?: unknown }).key === 'string';
}

function isSayList(x: unknown): x is SayList {
  return typeof x === 'object' && x !== null && Array.isArray((x as { list?: unknown }).list);
}

/** Translates one phrase; a variable that is itself a phrase ("call 999") or a list of phrases is translated first. */
export function phrase(t: Translate, s: Say): string {
  if (!s.vars) return t(s.key);
  const vars: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(s.vars)) {
    if (isSay(v)) vars[k] = phrase(t, v);
    else if (isSayList(v)) vars[k] = v.list.map((item) => phrase(t, item)).join(v.separator === 'line' ? '\n' : t('render.comma'));
    else vars[k] = v;
  }
  return t(s.key, vars);
}

function text(t: Translate, says: readonly Say[]): string {
  return says.map((s) => phrase(t, s)).join('\n\n');
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

/** SMS ignores single line breaks: lines of one paragraph are joined with semicolons. */
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

/** SMS: plain text only, GSM-7 where the text allows it, split into messages of at most two segments' worth. */
function smsActivities(body: string, value?: unknown): Partial<Activity>[] {
  const parts = splitForSms(preferGsm7(smsLines(stripMarkdown(body))));
  return parts.map((p, i) => {
    const a: Partial<Activity> = { type: 'message', text: p, textFormat: 'plain' };
    if (i === parts.length - 1 && value !== undefined) a.value = value;
    return a;
  });
}

function imBacks(t: Translate, choices: readonly ChoiceView[]): CardAction[] {
  return choices.map((c) => ({ type: 'imBack', title: t(c.labelKey), value: t(c.labelKey) }));
}

/** The text of a message as this channel shows lines: HTML paragraphs on Teams, Markdown with hard breaks elsewhere. */
function formatted(kind: ChannelKind, body: string): Pick<Activity, 'text' | 'textFormat'> {
  return kind === 'msteams' ? { text: teamsHtml(body), textFormat: 'xml' } : { text: markdownBreaks(body), textFormat: 'markdown' };
}

function message(kind: ChannelKind, body: string, extra: Partial<Activity> = {}): Partial<Activity> {
  return { type: 'message', ...formatted(kind, body), inputHint: 'expectingInput', ...extra };
}

function question(view: QuestionView, kind: ChannelKind, t: Translate): Partial<Activity>[] {
  const body = text(t, view.say);
  const multi = view.multi === true && view.choices.length > 1;
  if (kind === 'sms') return smsActivities(numberedChoices('sms', view.choices.length) ? `${body}\n\n${numbered(t, view.choices, multi)}` : body);
  if (view.choices.length === 0) return [message(kind, body)];
  const cardFor = (): Attachment => choiceCard(t, body, view.choices, multi, view.id ?? '');
  if (kind === 'msteams') {
    // Teams shows up to 3 imBack suggested actions in personal chat; more, or several at once, go in a card.
    if (!multi && view.choices.length <= TEAMS_MAX_SUGGESTED) return [message(kind, body, { suggestedActions: { actions: imBacks(t, view.choices), to: [] } })];
    return [{ type: 'message', inputHint: 'expectingInput', attachments: [cardFor()] }];
  }
  if (multi) return [message(kind, body, { attachments: [cardFor()] })];
  return [message(kind, body, { suggestedActions: { actions: imBacks(t, view.choices), to: [] } })];
}

function result(view: ResultView, kind: ChannelKind, t: Translate): Partial<Activity>[] {
  const sections = view.sections.map((s) => {
    const lines = s.lines.map((l) => phrase(t, l));
    const title = s.title ? phrase(t, s.title) : null;
    if (kind === 'sms') return [title, ...lines].filter(Boolean).join(' ');
    // Teams shows each line as a line of its own; a gap is left between sections only.
    return [title ? `**${title}**` : null, ...lines].filter(Boolean).join(kind === 'msteams' ? '\n' : '\n\n');
  });
  const doctorText = [view.doctor.title ? phrase(t, view.doctor.title) : null, ...view.doctor.lines.map((l) => phrase(t, l))].filter(Boolean).join(kind === 'sms' ? ' ' : '\n\n');
  if (kind === 'sms') return smsActivities([...sections, doctorText].join('\n\n'), view.value);
  const facts = view.facts.map((f) => ({ title: t(f.titleKey), value: typeof f.value === 'string' ? f.value : phrase(t, f.value) }));
  const doctor = doctorCard(view.doctor.title ? phrase(t, view.doctor.title) : '', facts, doctorText);
  return [{ type: 'message', ...formatted(kind, sections.join('\n\n')), attachments: [doctor], value: view.value }];
}

/** One view, as the activities this channel can show. */
export function renderView(view: View, channelId: string | undefined, t: Translate, _locale: string): Partial<Activity>[] {
  const kind = channelKind(channelId);
  switch (view.kind) {
    case 'question':
      return question(view, kind, t);
    case 'result':
      return result(view, kind, t);
    case 'message': {
      const body = text(t, view.say);
      if (kind === 'sms') return smsActivities(body, view.value);
      const a: Partial<Activity> = { type: 'message', ...formatted(kind, body) };
      if (view.value !== undefined) a.value = view.value;
      return [a];
    }
  }
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

