import { readFileSync } from 'node:fs';
import path from 'node:path';
import type nluEn from '../../locales/nlu/en.json';
import { LOCALES, localeSettings, type Locale, type LocaleSettings } from './locales';

/**
 * The locale files, loaded by walking LOCALES: locales/<l>.json (the sentences) and locales/nlu/<l>.json (the words
 * the bot listens for). From source (src/i18n) and from the build (dist/src/i18n) both, the folder is two up.
 */
const LOCALES_DIR = path.join(__dirname, '..', '..', 'locales');

/** The words of one language, shaped as English's (a test holds every language's file to the same keys). */
export type NluData = typeof nluEn;
export type Sentences = Record<string, unknown>;

function load<T>(file: string): T {
  return JSON.parse(readFileSync(path.join(LOCALES_DIR, file), 'utf8')) as T;
}

function walk<T>(file: (l: Locale) => string): Record<Locale, T> {
  return Object.fromEntries(LOCALES.map((l) => [l, load<T>(file(l))])) as Record<Locale, T>;
}

/** Every language's sentences. */
export const SENTENCES: Readonly<Record<Locale, Sentences>> = walk<Sentences>((l) => `${l}.json`);

/** Every language's words, by locale. */
export const NLU_DATA: Readonly<Record<Locale, NluData>> = walk<NluData>((l) => path.join('nlu', `${l}.json`));

/** Every language's words, in LOCALES's order: people mix languages, so the readers listen for all of them. */
export const NLU_SOURCES: readonly NluData[] = LOCALES.map((l) => NLU_DATA[l]);

/** The words of the languages written in one script (the glossary reads alphabets and Chinese characters apart). */
export function nluInScript(script: LocaleSettings['script']): NluData[] {
  return LOCALES.filter((l) => localeSettings(l).script === script).map((l) => NLU_DATA[l]);
}
