import type { TurnContext } from 'botbuilder';
import { LOCALES, translator, type Locale } from '../src/i18n';
import { renderView, resolveChoice, type View } from '../src/render';
import { numberedChoices } from '../src/render/channels';
import type { ChoiceView } from '../src/render/views';

/** Turn-state keys the bot and the dialogs share. */
export const LOCALE_KEY = Symbol('locale');
export const PARSED_KEY = Symbol('parsed');
export const CANCELLED_KEY = Symbol('cancelled');

export function localeOf(context: TurnContext): Locale {
  return context.turnState.get<Locale | undefined>(LOCALE_KEY) ?? 'en';
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

/** The choice a reply picks, by label in either language, or by number where the channel showed numbers. */
export function pickedChoice(context: TurnContext, reply: string, choices: readonly ChoiceView[]): string | null {
  const numbers = numberedChoices(context.activity.channelId, choices.length);
  return resolveChoice(reply, choices, labelsInAllLanguages, numbers);
}
