import { bandAtLeast } from './bands';
import { fire, type Firing } from './firing';
import type { Band, Condition, Symptom } from './types';

export interface RedFlagContext {
  symptoms: ReadonlySet<Symptom>;
  conditions: ReadonlySet<Condition>;
  /** ALT / ULN, or null when ALT is not known yet (an interruption early in the dialog). */
  r: number | null;
  band: Band | null;
  /** RF-APAP-OVERDOSE from a medicine answer: more than the label allows was taken. */
  apapOverdoseInMedicines: boolean;
  /** An acetaminophen/paracetamol product among the matched medicines (`medication:acetaminophen`), for RF-APAP-SEVERE. */
  apapAmongMedicines: boolean;
}

/**
 * RF-APAP-SEVERE's threshold: the spec writes "band severe or massive (r ≥ 15)" while BAND-SEVERE starts above 15;
 * the cautious reading, r ≥ 15, is taken (so r exactly 15, band moderate, fires it too).
 */
export const APAP_SEVERE_TIMES_ULN = 15;

const SYM_HIGH: readonly Symptom[] = ['nausea_vomiting', 'abdominal_pain', 'fever', 'itching', 'fatigue'];
const SYM_ANY: readonly Symptom[] = ['nausea_vomiting', 'abdominal_pain', 'fever', 'itching'];

/** Section 5 of the spec: the red flags. Rules whose condition needs ALT fire only when it is known. */
export function redFlagFirings(ctx: RedFlagContext): Firing[] {
  const has = (s: Symptom): boolean => ctx.symptoms.has(s);
  const out: Firing[] = [];
  const r = ctx.r;
  if (has('confusion')) out.push(fire('RF-CONFUSION', 'emergency'));
  if (has('vomiting_blood') || has('black_stools')) out.push(fire('RF-GI-BLEED', 'emergency'));
  if (ctx.conditions.has('paracetamol_overdose') || ctx.apapOverdoseInMedicines) out.push(fire('RF-APAP-OVERDOSE', 'emergency'));
  const severe = ctx.band !== null && bandAtLeast(ctx.band, 'severe');
  if (ctx.apapAmongMedicines && (severe || (r !== null && r >= APAP_SEVERE_TIMES_ULN))) out.push(fire('RF-APAP-SEVERE', 'emergency'));
  if (has('chest_pain')) out.push(fire('RF-CHEST-PAIN', 'emergency'));
  if (has('self_harm')) out.push(fire('RF-SELF-HARM', 'emergency'));
  if (has('fever') && has('jaundice')) out.push(fire('RF-CHOLANGITIS', 'emergency'));
  if (has('alcohol_withdrawal')) out.push(fire('RF-WITHDRAWAL', 'emergency'));
  const jaundiceHigh = has('jaundice') && r !== null && r >= 3;
  const bleedingHigh = has('bleeding_bruising') && ctx.band !== null && bandAtLeast(ctx.band, 'moderate');
  if (jaundiceHigh || bleedingHigh) out.push(fire('RF-JAUNDICE-HIGH', 'emergency'));
  if (has('jaundice') || has('dark_urine') || has('pale_stools')) out.push(fire('RF-JAUNDICE', 'urgent'));
  if (has('bleeding_bruising')) out.push(fire('RF-BLEEDING', 'urgent'));
  if (has('swollen_abdomen')) out.push(fire('RF-SWELLING', 'urgent'));
  if (has('fever') && has('abdominal_pain')) out.push(fire('RF-FEVER-PAIN', 'urgent'));
  const altRaised = r !== null && r > 1;
  if (ctx.conditions.has('pregnancy') && altRaised) out.push(fire('RF-PREGNANCY', 'urgent'));
  if (r !== null && r >= 3 && SYM_HIGH.some(has)) out.push(fire('SYM-HIGH', 'urgent'));
  if (altRaised && SYM_ANY.some(has)) out.push(fire('SYM-ANY', 'soon'));
  return out;
}

/** The ids of the rules above that count as red flags in `result.redFlags`. */
export function isRedFlagRule(rule: string): boolean {
  return rule.startsWith('RF-');
}
