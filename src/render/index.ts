import type { Activity, CardAction } from 'botbuilder';
import type { Translate } from '../i18n';
import { channelKind, numberedChoices, type ChannelKind } from './channels';
import { splitForSms, stripMarkdown, toGsm7 } from './sms';
import type { ChoiceView, QuestionView, ResultView, Say, SayList, View } from './views';

export type { View } from './views';

function isSay(x: unknown): x is Say {
  return typeof x === 'object' && x !== null && typeof (x as { key?: unknown }).key === 'string';
}

function isSayList(x: unknown): x is SayList {
  return typeof x === 'object' && x !== null && Array.isArray((x as { list?: unknown }).list);
}

/** Translates one phrase; a variable that is itself a phrase ("call 999") is translated first. */
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

function numbered(t: Translate, choices: readonly ChoiceView[]): string {
  const options = choices.map((c, i) => `${i + 1} = ${t(c.labelKey)}`).join(', ');
  return t('render.replyNumbers', { options });
}

function smsActivities(body: string, locale: string, value?: unknown): Partial<Activity>[] {
  const plain = stripMarkdown(body);
  const clean = locale === 'en' ? toGsm7(plain) : plain;
  const parts = splitForSms(clean);
  return parts.map((p, i) => {
    const a: Partial<Activity> = { type: 'message', text: p, textFormat: 'plain' };
    if (i === parts.length - 1 && value !== undefined) a.value = value;
    return a;
  });
}

function imBacks(t: Translate, choices: readonly ChoiceView[]): CardAction[] {
  return choices.map((c) => ({ type: 'imBack', title: t(c.labelKey), value: t(c.labelKey) }));
}

function question(view: QuestionView, kind: ChannelKind, t: Translate, locale: string): Partial<Activity>[] {
  const body = text(t, view.say);
  if (view.choices.length === 0) {
    return kind === 'sms' ? smsActivities(body, locale) : [{ type: 'message', text: body, inputHint: 'expectingInput' }];
  }
  if (kind === 'sms') return smsActivities(`${body}\n\n${numbered(t, view.choices)}`, locale);
  if (numberedChoices(kind === 'msteams' ? 'msteams' : undefined, view.choices.length)) {
    // More choices than Teams shows as suggested actions: a numbered list the person answers by typing.
    return [{ type: 'message', text: `${body}\n\n${numbered(t, view.choices)}`, inputHint: 'expectingInput' }];
  }
  return [
    {
      type: 'message',
      text: body,
      inputHint: 'expectingInput',
      suggestedActions: { actions: imBacks(t, view.choices), to: [] },
    },
  ];
}

function result(view: ResultView, kind: ChannelKind, t: Translate, locale: string): Partial<Activity>[] {
  const sections = [...view.sections, view.doctor].map((s) => {
    const lines = s.lines.map((l) => phrase(t, l));
    const title = s.title ? phrase(t, s.title) : null;
    if (kind === 'sms') return [title, ...lines].filter(Boolean).join(' ');
    return [title ? `**${title}**` : null, ...lines].filter(Boolean).join('\n\n');
  });
  const body = sections.join('\n\n');
  if (kind === 'sms') return smsActivities(body, locale, view.value);
  return [{ type: 'message', text: body, textFormat: 'markdown', value: view.value }];
}

/** One view, as the activities this channel can show. */
export function renderView(view: View, channelId: string | undefined, t: Translate, locale: string): Partial<Activity>[] {
  const kind = channelKind(channelId);
  switch (view.kind) {
    case 'question':
      return question(view, kind, t, locale);
    case 'result':
      return result(view, kind, t, locale);
    case 'message': {
      const body = text(t, view.say);
      if (kind === 'sms') return smsActivities(body, locale, view.value);
      const a: Partial<Activity> = { type: 'message', text: body };
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
  for (const c of choices) if (labels(c.labelKey).some((l) => l.toLowerCase() === folded)) return c.value;
  return null;
}
