import { GRAMS_PER_STANDARD_DRINK } from '../assessment/alcohol';
import { phrase, type Phrase } from '../views';
import type { SiteNumbers } from './emergencyNumbers';

/**
 * SAY-SITE (version 4): where to go, and the unit drinks are told in, follow the site in every language. One row
 * per site of the spec's table; CA shares the US row; no site, or a site outside the table, the "none" row.
 */
export type SiteRow = 'US' | 'GB' | 'IE' | 'AU' | 'NZ' | 'CN' | 'none';

export function siteRow(numbers: SiteNumbers): SiteRow {
  switch (numbers.site) {
    case 'US':
    case 'CA':
      return 'US';
    case 'GB':
    case 'IE':
    case 'AU':
    case 'NZ':
    case 'CN':
      return numbers.site;
    default:
      return 'none';
  }
}

/** Where to see a doctor within 1 to 2 weeks (`soon`), as a place ("your GP surgery", 医院消化内科或肝病科). */
export function whereSoon(numbers: SiteNumbers): Phrase {
  return phrase(`labels.whereSoon.${siteRow(numbers)}`);
}

/** How to see a doctor today (`urgent`): the site's doctor, and where to go when it is closed. */
export function whereToday(numbers: SiteNumbers): Phrase {
  return phrase(`labels.whereToday.${siteRow(numbers)}`);
}

/** The paracetamol word of the site: acetaminophen in the US and Canada, paracetamol elsewhere (对乙酰氨基酚 in Chinese). */
export function apapWord(numbers: SiteNumbers): Phrase {
  return phrase(siteRow(numbers) === 'US' ? 'labels.apap.US' : 'labels.apap.other');
}

/**
 * SAY-DOCTOR-SUMMARY and SAY-AMOUNTS (version 4): the unit the site's clinicians use. US and CA: US standard drinks
 * of 14 g; GB: UK units of 8 g; IE, AU, NZ: standard drinks of 10 g; CN: grams a day; no site: grams a week.
 */
type AmountUnit = 'US' | 'GB' | 'std10' | 'gramsDay' | 'gramsWeek';

const UNIT_OF_ROW: Record<SiteRow, AmountUnit> = { US: 'US', GB: 'GB', IE: 'std10', AU: 'std10', NZ: 'std10', CN: 'gramsDay', none: 'gramsWeek' };
const GRAMS_PER_UNIT: Record<AmountUnit, number> = { US: GRAMS_PER_STANDARD_DRINK, GB: 8, std10: 10, gramsDay: 1, gramsWeek: 1 };

function rounded(x: number, unit: AmountUnit): number {
  // Grams are whole; drinks and units to one decimal.
  return unit === 'gramsDay' || unit === 'gramsWeek' ? Math.round(x) : Math.round(x * 10) / 10;
}

/**
 * An amount of alcohol given in US standard drinks, in the site's unit: a usual week ("about 14 UK units a week",
 * "每天约30克酒精"), one occasion ("about 6 UK units at once"), or a weekly low-risk limit, said without "about".
 */
export function alcoholAmount(usDrinks: number, numbers: SiteNumbers, per: 'week' | 'once' | 'limit'): Phrase {
  const unit = UNIT_OF_ROW[siteRow(numbers)];
  const grams = usDrinks * GRAMS_PER_STANDARD_DRINK;
  // Grams a day is a weekly habit; one occasion is said in grams.
  const perDay = unit === 'gramsDay' && per !== 'once';
  const n = rounded((perDay ? grams / 7 : grams) / GRAMS_PER_UNIT[unit], unit);
  const kind = unit === 'gramsDay' && per === 'once' ? 'gramsWeek' : unit;
  const one = n === 1 && (kind === 'US' || kind === 'GB' || kind === 'std10') ? 'One' : '';
  return phrase(`labels.amount.${per}${one}.${kind}`, { n });
}

/** What one drink or unit is at this site, in the measures people there use. */
export function drinkSize(numbers: SiteNumbers): Phrase {
  return phrase(`explain.factor.drinkSize.${UNIT_OF_ROW[siteRow(numbers)]}`);
}
