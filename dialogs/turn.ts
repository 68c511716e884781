import type { TurnContext } from 'botbuilder';
import { recognizeChoices } from 'botbuilder-dialogs';
import { foldForMatch } from '../src/nlu/normalise';
import { cultureOf, DEFAULT_LOCALE, LOCALES, translator, type Locale } from '../src/i18n';
import { renderView, resolveChoice, type View } from '../src/render';
import { numberedChoices } from '../src/render/channels';
import type { ChoiceView } from '../src/views';

/** Turn-state keys the bot and the dialogs share. */
export const LOCALE_KEY = Symbol('locale');
export const CANCELLED_KEY = Symbol('cancelled');
/** This turn's `assess` event: what a parent bot pre-filled (a PendingPrefill), not yet consented to. */
export const PREFILL_KEY = Symbol('prefill');

export function localeOf(context: TurnContext): Locale {
  return context.turnState.get<Locale | undefined>(LOCALE_KEY) ?? DEFAULT_LOCALE;
}

/** Renders a view for this turn's channel and language, and sends it. */
export async function send(context: TurnContext, view: View): Promise<void> {
  const locale = localeOf(context);
  const activities = renderView(view, context.activity.channelId, translator(locale), locale);
  await context.sendActivities(activities);
}

function labelsInAllLanguages(key: string): string[] {
  return LOCALES.map((l) => translator(l)(key));
}

/**
 * A reply that only points at a place in the list: "the second one", "1 and 3", "last", "第二个", "选3". Read in
 * steps that each take linear time (issue 23: one pattern doing all of it backtracked exponentially on "1" × 44 + "x"):
 * the reply is nothing but list words and positions, and after dropping a closing "one"/"option" and "please" it ends
 * with a position. Every digit is its own token, so a run of digits has one reading only.
 */
const POSITION_WORDS = /^(?:the|number|no|option|choice|and|&|ones?|please|pls|,|\s|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last|\d(?:st|nd|rd|th)?)*$/;
const ENDS_WITH_POSITION = /(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last|\d(?:st|nd|rd|th)?)$/;
const CLOSING_POLITE = /(?<=\s)(?:please|pls)$/;
const CLOSING_NOUN = /(?<=\s)(?:one|option|choice)$/;
const CN_POSITIONS_ONLY = /^[选择第和、,\s一二三四五六七八九十\d个项条吧]+$/;
const MAX_POSITIONS_REPLY_CHARS = 120;
const ANY_POSITION = /\d|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last|[一二三四五六七八九十]/;

/** Drops what `closing` finds at the end of the text, and the white space before it. */
function dropClosing(text: string, closing: RegExp): string {
  const found = closing.exec(text);
  return found ? text.slice(0, found.index).trimEnd() : text;
}

/** Whether a (folded) reply is nothing but positions in a list. */
export function isPositionsOnly(folded: string): boolean {
  // A reply that only points at places in a list is short; a longer one is not, decided before any pattern runs.
  if (folded.length > MAX_POSITIONS_REPLY_CHARS || !ANY_POSITION.test(folded)) return false;
  if (CN_POSITIONS_ONLY.test(folded)) return true;
  return POSITION_WORDS.test(folded) && ENDS_WITH_POSITION.test(dropClosing(dropClosing(folded, CLOSING_POLITE), CLOSING_NOUN));
}

/**
 * The choices a reply points at by position, with botbuilder-dialogs' recognizeChoices (ordinals and numbers, in
 * English and Chinese). Only a reply that is nothing but positions counts: "2 glasses a week" is an answer, not
 * the second choice.
 */
function byPosition(reply: string, choices: readonly ChoiceView[], locale: string): string[] {
  const folded = foldForMatch(reply);
  if (!folded || !isPositionsOnly(folded)) return [];
  const values = choices.map((_c, i) => `\u0000${i}`);
  const found = recognizeChoices(folded.replace(/\blast\b/, String(choices.length)), values, { locale: cultureOf(locale), noValue: true, noAction: true });
  return [...new Set(found.map((f) => choices[f.resolution.index]?.value).filter((v): v is string => v !== undefined))];
}

/** The choice a reply picks: by label in either language, by number where the channel showed numbers, or by position ("the second one"). */
export function pickedChoice(context: TurnContext, reply: string, choices: readonly ChoiceView[], multi = false): string | null {
  const numbers = numberedChoices(context.activity.channelId, choices.length);
  const exact = resolveChoice(reply, choices, labelsInAllLanguages, numbers);
  if (exact) return exact;
  const picked = byPosition(reply, choices, localeOf(context));
  if (picked.length === 1 || (multi && picked.length > 1)) return picked.join(',');
  return null;
}
