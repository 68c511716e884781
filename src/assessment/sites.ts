import drinkData from './data/drinks.json';
import siteData from './data/sites.json';
import type { Sex } from './types';

/**
 * SAY-SITE: one table, by the hospital's country, for the emergency number, the crisis line and the alcohol limit
 * (clinical spec §9 and §7). Pure: the table is data (`data/sites.json`).
 */
export const SITE_CODES = ['US', 'CA', 'GB', 'IE', 'AU', 'NZ', 'CN'] as const;
export type SiteCode = (typeof SITE_CODES)[number];

export interface SiteEntry {
  code: SiteCode;
  /** The emergency number, as it is written locally ("999", "000"). */
  emergency: string;
  /** The national crisis line [CRISIS] ("116 123"). For CN, 12356 is always given with 120 (see the data's note). */
  crisis: string;
  /** The site's own low-risk weekly limit in US standard drinks, by sex; null where NIAAA's alone applies (US, CA). */
  alcoholWeekly: { male: number; female: number } | null;
  /** The guideline the site's limit comes from (a source key of the spec). */
  alcoholSource: string;
}

interface RawSite {
  emergency: string;
  crisis: string;
  alcoholWeekly: { male: number; female: number } | null;
  alcoholSource: string;
}

const TABLE: Readonly<Record<string, RawSite>> = siteData.sites;

/** Locale tags that name a country, for when no site is set (en-US 911, en-GB 999, Chinese in China 120). */
export const LOCALE_FALLBACK: Readonly<Record<string, string>> = siteData.localeFallback;

function isSiteCode(code: string): code is SiteCode {
  return (SITE_CODES as readonly string[]).includes(code);
}

/** The table's row for a site code, any case; null for no site or a code not in the table (e.g. SG, IN). */
export function siteEntry(site: string | null | undefined): SiteEntry | null {
  const code = (site ?? '').trim().toUpperCase();
  const raw = TABLE[code];
  if (!isSiteCode(code) || raw === undefined) return null;
  return { code, emergency: raw.emergency, crisis: raw.crisis, alcoholWeekly: raw.alcoholWeekly, alcoholSource: raw.alcoholSource };
}

/** The site a locale tag names ("en-GB" → GB), any case; null when it names none ("en", "zh-TW"). */
export function siteFromLocale(locale: string | null | undefined): SiteEntry | null {
  const wanted = (locale ?? '').trim().toLowerCase();
  const tag = Object.keys(LOCALE_FALLBACK).find((k) => k.toLowerCase() === wanted);
  return tag === undefined ? null : siteEntry(LOCALE_FALLBACK[tag]);
}

export interface AlcoholLimitInput {
  site: string | null | undefined;
  sex: Sex;
  age: number | null;
  pregnant: boolean;
}

/** NIAAA by sex and age: men 14, women 7, sex unknown 7 (cautious); anyone 65 or older 7. */
export function niaaaWeeklyLimit(sex: Sex, age: number | null): number {
  if (age !== null && age >= drinkData.olderAdult.fromAge) return drinkData.olderAdult.weeklyLimit;
  return sex === 'male' ? drinkData.weeklyLimit.male : drinkData.weeklyLimit.female;
}

/**
 * FACTOR-ALCOHOL's weekly low-risk limit, in US standard drinks: the lower of NIAAA's (by sex and age) and the
 * site's (by sex; at a sex-split site with sex unknown, the women's, the cautious reading). No site: 7 for everyone.
 * A site not in the table: the spec's §9 sends it to "the alcohol limit of §7 for no site" while §7 says "any other
 * site: NIAAA's alone"; the cautious reading, the no-site 7, is taken. Under 18 or in pregnancy there is no
 * low-risk amount: the limit is 0, so any drinking (> 0) is the factor.
 */
export function weeklyAlcoholLimit({ site, sex, age, pregnant }: AlcoholLimitInput): number {
  if (pregnant || (age !== null && age < drinkData.adultAge)) return 0;
  const entry = siteEntry(site);
  const niaaa = niaaaWeeklyLimit(sex, age);
  if (entry === null) return Math.min(niaaa, drinkData.noSiteWeeklyLimit);
  if (entry.alcoholWeekly === null) return niaaa;
  const bySite = sex === 'male' ? entry.alcoholWeekly.male : entry.alcoholWeekly.female;
  return Math.min(niaaa, bySite);
}
