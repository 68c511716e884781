import i18next, { type TFunction } from 'i18next';
import { LOCALES, type Locale } from './locales';
import { SENTENCES } from './resources';

export { cultureOf, cultureOfScript, DEFAULT_LOCALE, isLocale, LANGUAGE_COMMANDS, LOCALES, localeOfCommand, localeSettings, regionOf, resolveLocale, type Locale, type LocaleSettings } from './locales';

/** One value per language, made by walking LOCALES. */
function perLocale<T>(make: (l: Locale) => T): Record<Locale, T> {
  return Object.fromEntries(LOCALES.map((l) => [l, make(l)])) as Record<Locale, T>;
}

const instance = i18next.createInstance();
void instance.init({
  resources: perLocale((l) => ({ translation: SENTENCES[l] })),
  lng: LOCALES[0],
  fallbackLng: false,
  initAsync: false,
  interpolation: { escapeValue: false },
  nsSeparator: false,
  returnNull: false,
  showSupportNotice: false,
});

const fixed: Record<Locale, TFunction> = perLocale((l) => instance.getFixedT(l));

export type Translate = (key: string, vars?: Record<string, unknown>) => string;

/** Sentences without variables, looked up once per locale: i18next's lookup costs more than the rest of a turn's text. */
const plain: Record<Locale, Map<string, string>> = perLocale(() => new Map());

/**
 * Sentences with variables: the locale files use only i18next's plain `{{name}}` placeholders (no plurals, nesting or
 * formats; a test holds them to it), so the sentence is taken from i18next's store once and its placeholders filled
 * here, as i18next fills them (a variable given as null or undefined becomes empty; one not given stays as written).
 * Unlike i18next, a value is never read again for placeholders, so a person's words ("{{unit}}") stay as typed.
 */
const PLACEHOLDER = /\{\{(\w+)\}\}/g;
const SIMPLE_TEMPLATE = /^(?:[^{}]|\{\{\w+\}\}|\{(?!\{)|\}(?!\}))*$/;
const templates: Record<Locale, Map<string, string | null>> = perLocale(() => new Map());

function template(locale: Locale, key: string): string | null {
  let tpl = templates[locale].get(key);
  if (tpl === undefined) {
    const raw: unknown = instance.getResource(locale, 'translation', key);
    tpl = typeof raw === 'string' && SIMPLE_TEMPLATE.test(raw) ? raw : null;
    templates[locale].set(key, tpl);
  }
  return tpl;
}

/** Fills a template's placeholders with text, number or boolean values; null when a value is anything else. */
export function fill(tpl: string, vars: Record<string, unknown>): string | null {
  let plainValues = true;
  const out = tpl.replace(PLACEHOLDER, (whole, name: string) => {
    if (!Object.hasOwn(vars, name)) return whole;
    const value = vars[name];
    if (value === undefined || value === null) return '';
    if (typeof value === 'string') return value;
    if (typeof value === 'number' || typeof value === 'boolean') return String(value);
    plainValues = false;
    return whole;
  });
  return plainValues ? out : null;
}

function make(locale: Locale): Translate {
  const t = fixed[locale];
  const cache = plain[locale];
  return (key, vars) => {
    if (vars && Object.keys(vars).length > 0) {
      const tpl = template(locale, key);
      return (tpl === null ? null : fill(tpl, vars)) ?? String(t(key, vars));
    }
    let text = cache.get(key);
    if (text === undefined) {
      text = String(t(key));
      cache.set(key, text);
    }
    return text;
  };
}

const translators: Record<Locale, Translate> = perLocale(make);

/** i18next itself, for checking the fast path against it. */
export function i18nextTranslate(locale: Locale, key: string, vars?: Record<string, unknown>): string {
  return String(fixed[locale](key, vars));
}

/** A translator for one locale. Every sentence a user sees comes through here from locales/. */
export function translator(locale: Locale): Translate {
  return translators[locale];
}
