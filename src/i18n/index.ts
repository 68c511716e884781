import i18next, { type TFunction } from 'i18next';
import en from '../../locales/en.json';
import zhCN from '../../locales/zh-CN.json';

export type Locale = 'en' | 'zh-CN';
export const LOCALES: readonly Locale[] = ['en', 'zh-CN'];
export const LOCALE_RESOURCES = { en, 'zh-CN': zhCN } as const;
export type LocaleData = typeof en;

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

/** A translator for one locale. Every sentence a user sees comes through here from locales/. */
export function translator(locale: Locale): Translate {
  const t = fixed[locale];
  return (key, vars) => String(t(key, vars ?? {}));
}

/** zh-* gives Chinese; anything else gives English. */
export function resolveLocale(tag: string | undefined | null, fallback: Locale = 'en'): Locale {
  if (!tag) return fallback;
  return /^zh\b/i.test(tag) ? 'zh-CN' : 'en';
}

/** Locale data that is not a sentence: classifier examples and word lists kept per language. */
export function localeData(locale: Locale): LocaleData {
  return LOCALE_RESOURCES[locale] as LocaleData;
}
