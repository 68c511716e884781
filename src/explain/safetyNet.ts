import { bandAtLeast } from '../assessment/bands';
import type { AssessmentResult } from '../assessment/types';
import { list, say, type ResultSection, type Say } from '../render/views';
import type { SiteNumbers } from './emergencyNumbers';
import { callPhrase } from './redFlags';
import { siteRow } from './site';

/** A sign of the safety net, by the locale key that names it. */
export type SafetySign = 'gi' | 'confusion' | 'jaundiceFever' | 'jaundice' | 'chestPain' | 'apap' | 'withdrawal' | 'darkPale' | 'swelling' | 'bleeding' | 'symHigh';

export interface SafetyTiers {
  now: SafetySign[];
  today: SafetySign[];
}

/**
 * SAY-SAFETY-NET (version 4): the two tiers follow §5 for this person's own values, and each sign is in one tier only.
 * With r ≥ 3 yellow skin or eyes is go-now (RF-JAUNDICE-HIGH), which holds "with a fever" too; with band moderate or
 * above, bleeding or bruising is go-now; with r ≥ 3 vomiting, belly pain, fever and itching are see-today (SYM-HIGH);
 * where ALC-HEAVY fires, the signs of RF-WITHDRAWAL are go-now.
 */
export function safetyTiers(result: Pick<AssessmentResult, 'multiple' | 'alt' | 'rules'>): SafetyTiers {
  const high = result.multiple >= 3;
  const bleedingNow = bandAtLeast(result.alt.band, 'moderate');
  const now: SafetySign[] = ['gi', 'confusion', high ? 'jaundice' : 'jaundiceFever', 'chestPain'];
  if (bleedingNow) now.push('bleeding');
  if (result.rules.includes('ALC-HEAVY')) now.push('withdrawal');
  now.push('apap');
  const today: SafetySign[] = high ? ['darkPale', 'swelling'] : ['jaundice', 'darkPale', 'swelling'];
  if (!bleedingNow) today.push('bleeding');
  if (high) today.push('symHigh');
  return { now, today };
}

function signSay(sign: SafetySign, numbers: SiteNumbers): Say {
  // The paracetamol item names the products people know at this site.
  if (sign === 'apap') return say(`labels.sign.apap.${siteRow(numbers) === 'US' ? 'US' : 'other'}`);
  return say(`labels.sign.${sign}`);
}

/**
 * The safety net as two sections, so that a short channel never splits a tier: go now (with the ambulance, and not
 * driving oneself), then see a doctor today. On SMS the go-now tier is in the first messages.
 */
export function safetyNetSections(result: AssessmentResult, numbers: SiteNumbers): ResultSection[] {
  const tiers = safetyTiers(result);
  const items = (signs: readonly SafetySign[]): Say => say('labels.signList', { items: list(signs.map((s) => signSay(s, numbers)), 'line') });
  return [
    { lines: [say('explain.safetyNow'), items(tiers.now)], whole: true },
    { lines: [say('explain.safetyNowHow', { call: callPhrase(numbers) })] },
    { lines: [say('explain.safetyToday'), items(tiers.today)], detail: true },
  ];
}
