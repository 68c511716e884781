import i18next, { type TFunction } from 'i18next';
import en from '../../locales/en.json';
import zhCN from '../../locales/zh-CN.json';

export type Locale = 'en' | 'zh-CN';
export const LOCALES: readonly Locale[] = ['en', 'zh-CN'];

const instance = i18next.createInstance();
void instance.init({
  resources: { en: { translation: en }, 'zh-CN': { translation: zhCN } },
  lng: 'en',
  fallbackLng: false,
  initAsync: false,
  interpolation: { escapeValue: false },
  nsSeparator: false,
  returnNull: false,
  showSupportNotice: false,
});

const fixed: Record<Locale, TFunction> = {
  en: instance.getFixedT('en'),
  'zh-CN': instance.getFixedT('zh-CN'),
};

export type Translate = (key: string, vars?: Record<string, unknown>) => string;

/** Sentences without variables, looked up once per locale: i18next's lookup costs more than the rest of a turn's text. */
const plain: Record<Locale, Map<string, string>> = { en: new Map(), 'zh-CN': new Map() };

function make(locale: Locale): Translate {
  const t = fixed[locale];
  const cache = plain[locale];
  return (key, vars) => {
    if (vars && Object.keys(vars).length > 0) return String(t(key, vars));
    let text = cache.get(key);
    if (text === undefined) {
      text = String(t(key));
      cache.set(key, text);
    }
    return text;
  };
}

const translators: Record<Locale, Translate> = { en: make('en'), 'zh-CN': make('zh-CN') };

/** A translator for one locale. Every sentence a user sees comes through here from locales/. */
export function translator(locale: Locale): Translate {
  return translators[locale];
}

/** zh-* gives Chinese; anything else gives English. */
export function resolveLocale(tag: string | undefined | null, fallback: Locale = 'en'): Locale {
  if (!tag) return fallback;
  return /^zh\b/i.test(tag) ? 'zh-CN' : 'en';
}

