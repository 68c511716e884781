import { redFlagFirings } from '../assessment/redFlags';
import { isWarningRule, mostUrgent } from '../assessment/rules';
import { TRIAGE_LEVELS, type AssessmentResult, type Condition, type Symptom, type Triage } from '../assessment/types';
import { list, phrase, type ResultSection, type Phrase } from '../views';
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
 * The signs the safety net names, in the order it says them, with the symptoms (or condition) each one groups:
 * `any` when each of them is the sign on its own, `all` when the sign is them together. Which tier a sign is in
 * comes from the rule table, never from here.
 */
const SIGNS: readonly { sign: SafetySign; any?: readonly Symptom[]; all?: readonly Symptom[]; condition?: Condition }[] = [
  { sign: 'gi', any: ['vomiting_blood', 'black_stools'] },
  { sign: 'confusion', any: ['confusion'] },
  { sign: 'jaundiceFever', all: ['jaundice', 'fever'] },
  { sign: 'jaundice', any: ['jaundice'] },
  { sign: 'chestPain', any: ['chest_pain'] },
  { sign: 'darkPale', any: ['dark_urine', 'pale_stools'] },
  { sign: 'swelling', any: ['swollen_abdomen'] },
  { sign: 'bleeding', any: ['bleeding_bruising'] },
  { sign: 'withdrawal', any: ['alcohol_withdrawal'] },
  { sign: 'apap', condition: 'paracetamol_overdose' },
  { sign: 'symHigh', any: ['nausea_vomiting', 'abdominal_pain', 'fever', 'itching'] },
];

type Values = Pick<AssessmentResult, 'multiple' | 'alt'>;

/** The level the warning rules set for this person's values if they had these symptoms (or this condition). */
function levelWith(values: Values, symptoms: readonly Symptom[], conditions: readonly Condition[] = []): Triage {
  const firings = redFlagFirings({
    symptoms: new Set(symptoms),
    conditions: new Set(conditions),
    r: values.multiple,
    band: values.alt.band,
    apapOverdoseInMedicines: false,
    apapAmongMedicines: false,
  });
  return mostUrgent(firings.filter((f) => isWarningRule(f.rule)).map((f) => f.level));
}

/** A sign's level: for a sign of several symptoms, the level each one sets alone (the least of them). */
function signLevel(values: Values, sign: (typeof SIGNS)[number]): Triage | null {
  if (sign.condition) return levelWith(values, [], [sign.condition]);
  if (sign.all) {
    // Said together only where together they are more urgent than any one of them alone (with r ≥ 3 yellow skin is go-now, fever or not).
    const together = levelWith(values, sign.all);
    return sign.all.some((x) => levelWith(values, [x]) === together) ? null : together;
  }
  const each = (sign.any ?? []).map((x) => levelWith(values, [x]));
  return each.reduce((least, l) => (TRIAGE_LEVELS.indexOf(l) < TRIAGE_LEVELS.indexOf(least) ? l : least), 'emergency');
}

/**
 * SAY-SAFETY-NET (version 4): the two tiers follow §5 for this person's own values, and each sign is in one tier only:
 * go now where its rules set emergency, see a doctor today where they set urgent, as the rule table gives the levels.
 * So with r ≥ 3 yellow skin or eyes is go-now (RF-JAUNDICE-HIGH); with band moderate or above, bleeding or bruising is
 * go-now; with r ≥ 3 vomiting, belly pain, fever and itching are see-today (SYM-HIGH). The signs of RF-WITHDRAWAL are
 * named where ALC-HEAVY fires.
 */
export function safetyTiers(result: Pick<AssessmentResult, 'multiple' | 'alt' | 'rules'>): SafetyTiers {
  const tiers: SafetyTiers = { now: [], today: [] };
  for (const sign of SIGNS) {
    if (sign.sign === 'withdrawal' && !result.rules.includes('ALC-HEAVY')) continue;
    const level = signLevel(result, sign);
    if (level === 'emergency') tiers.now.push(sign.sign);
    else if (level === 'urgent') tiers.today.push(sign.sign);
  }
  return tiers;
}

function signSay(sign: SafetySign, numbers: SiteNumbers): Phrase {
  // The paracetamol item names the products people know at this site.
  if (sign === 'apap') return phrase(`labels.sign.apap.${siteRow(numbers) === 'US' ? 'US' : 'other'}`);
  return phrase(`labels.sign.${sign}`);
}

/**
 * The safety net as two sections, so that a short channel never splits a tier: go now (with the ambulance, and not
 * driving oneself), then see a doctor today. On SMS the go-now tier is in the first messages.
 */
export function safetyNetSections(result: AssessmentResult, numbers: SiteNumbers): ResultSection[] {
  const tiers = safetyTiers(result);
  const items = (signs: readonly SafetySign[]): Phrase => phrase('labels.signList', { items: list(signs.map((s) => signSay(s, numbers)), 'line') });
  return [
    { lines: [phrase('explain.safetyNow'), items(tiers.now)], whole: true },
    { lines: [phrase('explain.safetyNowHow', { call: callPhrase(numbers) })] },
    { lines: [phrase('explain.safetyToday'), items(tiers.today)], detail: true },
  ];
}
