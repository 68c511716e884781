import data from './emergency-numbers.json';

export interface SiteNumbers {
  emergency: string | null;
  crisis: string | null;
}

const countries: Record<string, { emergency: string; crisis: string | null }> = data.countries;
const fallback: Record<string, string> = data.localeFallback;

/**
 * Emergency numbers follow the site, not the language: the deployment's country first. Only with none set does the
 * activity's full locale tag decide (en-US 911, en-GB 999, zh-CN 120); otherwise "your local emergency number".
 */
export function siteNumbers(siteCountry: string | undefined, activityLocale: string | undefined): SiteNumbers {
  const byCountry = siteCountry ? countries[siteCountry] : undefined;
  if (byCountry) return { emergency: byCountry.emergency, crisis: byCountry.crisis };
  if (siteCountry) return { emergency: null, crisis: null };
  const tag = Object.keys(fallback).find((k) => k.toLowerCase() === (activityLocale ?? '').toLowerCase());
  const country = tag ? countries[fallback[tag] ?? ''] : undefined;
  return { emergency: country?.emergency ?? null, crisis: country?.crisis ?? null };
}
