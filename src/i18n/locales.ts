/**
 * The languages the bot speaks: the one list of them, and each one's settings. Adding a language means adding
 * locales/<tag>.json (its sentences), locales/nlu/<tag>.json (the words it listens for) and one entry here.
 * This file imports nothing, so that every layer (the engine's input schema included) may take its list from here.
 */
export interface LocaleSettings {
  /** The Microsoft Recognizers-Text culture its replies are read with (choices, numbers, dates, yes/no). */
  readonly culture: string;
  /** The command that switches the conversation to it: its words are the command's in locales/nlu/ ("中文"). */
  readonly command: string;
  /** SMS, where line breaks are lost: what ends a line that closes a sentence, and what joins the items of a list. */
  readonly sentenceGap: string;
  readonly listGap: string;
  /** Its script: the readers read Chinese characters as phrases and alphabets as words. */
  readonly script: 'Latn' | 'Hans';
}

const TABLE = {
  en: { culture: 'en-us', command: 'english', sentenceGap: ' ', listGap: '; ', script: 'Latn' },
  'zh-CN': { culture: 'zh-cn', command: 'chinese', sentenceGap: '', listGap: '；', script: 'Hans' },
} as const satisfies Record<string, LocaleSettings>;

export type Locale = keyof typeof TABLE;

/** Every language, the default (the first) first: the type, every zod enum (`z.enum(LOCALES)`) and the resources. */
export const LOCALES = Object.keys(TABLE) as [Locale, ...Locale[]];

export const DEFAULT_LOCALE: Locale = LOCALES[0];

export function isLocale(x: unknown): x is Locale {
  return typeof x === 'string' && Object.hasOwn(TABLE, x);
}

export function localeSettings(locale: Locale): LocaleSettings {
  return TABLE[locale];
}

/** The language subtag of a BCP 47 tag, lower case ("zh-TW" → "zh"). */
function language(tag: string): string {
  return (tag.split(/[-_]/)[0] ?? '').toLowerCase();
}

/**
 * The language a channel's or a page's tag asks for: the one that shares its language subtag ("zh-TW" → Chinese,
 * "en-GB" → English); a tag naming none of them gives the default language, and no tag gives `fallback`.
 */
export function resolveLocale(tag: string | undefined | null, fallback: Locale = DEFAULT_LOCALE): Locale {
  if (!tag) return fallback;
  return LOCALES.find((l) => language(l) === language(tag)) ?? DEFAULT_LOCALE;
}

/** The commands that switch language, one per locale ("english", "chinese"): the NLU's command list takes them from here. */
export type LanguageCommand = (typeof TABLE)[Locale]['command'];
export const LANGUAGE_COMMANDS: readonly LanguageCommand[] = LOCALES.map((l) => TABLE[l].command);

/** The Recognizers-Text culture for a locale tag, through resolveLocale ("zh-TW" → "zh-cn", "en-GB" → "en-us"). */
export function cultureOf(tag: string): string {
  return TABLE[resolveLocale(tag)].culture;
}

/**
 * The Recognizers-Text culture for a text in a script: that of the first locale written in it. The readers go by the
 * text's script (people mix languages); once a reader is given the conversation's locale it can use cultureOf.
 */
export function cultureOfScript(script: LocaleSettings['script']): string {
  return TABLE[LOCALES.find((l) => TABLE[l].script === script) ?? DEFAULT_LOCALE].culture;
}

/** The locale a language command switches to ("english", "chinese"); undefined for any other command. */
export function localeOfCommand(command: string): Locale | undefined {
  return LOCALES.find((l) => TABLE[l].command === command);
}

/** The country a locale tag names, upper case ("en-GB" → "GB"); null when it names none ("en"). */
export function regionOf(tag: string): string | null {
  const region = tag.split(/[-_]/).find((part, i) => i > 0 && /^[A-Za-z]{2}$/.test(part));
  return region ? region.toUpperCase() : null;
}
