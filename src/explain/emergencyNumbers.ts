import { siteEntry, siteFromLocale } from '../assessment/sites';

export interface SiteNumbers {
  /** The site table's code when the site is in the table (so the explanation can name the crisis service), else null. */
  site: string | null;
  /** null: say "your local emergency number". */
  emergency: string | null;
  /** null: say "a local crisis line or your emergency number". For CN (12356) the explanation always adds 120. */
  crisis: string | null;
}

/** No site and no country in the locale: the generic sentences. */
export const NO_SITE: SiteNumbers = { site: null, emergency: null, crisis: null };

/**
 * SAY-SITE: numbers follow the site, not the language, from the one site table (src/assessment/data/sites.json).
 * A site in the table gives its emergency number and crisis line. A site outside it (e.g. SG, IN) gives no number:
 * the generic sentences. Only with no site set does the activity's full locale tag name the emergency number
 * (en-US 911, en-GB 999, Chinese in China 120); the crisis line then stays the generic sentence, as the spec gives for no site.
 */
export function siteNumbers(siteCountry: string | undefined | null, activityLocale: string | undefined): SiteNumbers {
  const entry = siteEntry(siteCountry);
  if (entry) return { site: entry.code, emergency: entry.emergency, crisis: entry.crisis };
  if (siteCountry) return { site: null, emergency: null, crisis: null };
  return { site: null, emergency: siteFromLocale(activityLocale)?.emergency ?? null, crisis: null };
}
