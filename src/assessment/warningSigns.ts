import { heavyDrinking } from './alcohol';
import { fire } from './firing';
import { redFlagFirings } from './redFlags';
import { isRedFlag, mostUrgent } from './rules';
import { medicationFindings } from './medications';
import { SPEC_VERSION, type Condition, type Note, type Symptom, type Triage } from './types';

/**
 * The result sent when warning signs end the dialog before ALT and AST are known: the level the red flags set,
 * and the rules that fired. Same field names as the contract's result; `pattern`, `alt` and `ast` are null.
 */
export interface EarlyResult {
  triage: Triage;
  pattern: null;
  alt: null;
  ast: null;
  factors: string[];
  unrecognisedMedications: string[];
  recognisedBenign: string[];
  redFlags: string[];
  retest: null;
  /** `alcohol_help` when ALC-HEAVY fired. */
  notes: Note[];
  rules: string[];
  specVersion: typeof SPEC_VERSION;
  early: true;
}

/**
 * The rules that can fire without ALT: the red flags that need no r, and ALC-HEAVY (at any ALT, from the drinks a
 * week or the conditions). RF-APAP-SEVERE needs ALT, so it cannot fire here.
 */
export function assessWarningSigns(
  symptoms: readonly Symptom[],
  conditions: readonly Condition[],
  medications: readonly string[],
  drinksPerWeek: number | null = null,
): EarlyResult {
  const meds = medicationFindings(medications);
  const firings = redFlagFirings({
    symptoms: new Set(symptoms),
    conditions: new Set(conditions),
    r: null,
    band: null,
    apapOverdoseInMedicines: meds.apapOverdose,
    apapAmongMedicines: meds.apap,
  });
  const heavy = heavyDrinking(drinksPerWeek, conditions);
  if (heavy) firings.push(fire('ALC-HEAVY'));
  const triage = mostUrgent(firings.map((f) => f.level));
  const rules = [...new Set(firings.map((f) => f.rule))];
  return {
    triage,
    pattern: null,
    alt: null,
    ast: null,
    factors: heavy ? ['alcohol', ...meds.factors] : meds.factors,
    unrecognisedMedications: meds.unrecognised,
    recognisedBenign: meds.benign,
    redFlags: rules.filter(isRedFlag),
    retest: null,
    notes: heavy ? ['alcohol_help'] : [],
    rules,
    specVersion: SPEC_VERSION,
    early: true,
  };
}
