import { redFlagFirings } from './redFlags';
import { medicationFindings } from './medications';
import { SPEC_VERSION, moreUrgent, type Condition, type Symptom, type Triage } from './types';

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
  rules: string[];
  specVersion: typeof SPEC_VERSION;
  early: true;
}

export function assessWarningSigns(symptoms: readonly Symptom[], conditions: readonly Condition[], medications: readonly string[]): EarlyResult {
  const meds = medicationFindings(medications);
  const firings = redFlagFirings({
    symptoms: new Set(symptoms),
    conditions: new Set(conditions),
    r: null,
    band: null,
    apapOverdoseInMedicines: meds.apapOverdose,
  });
  const triage = firings.reduce<Triage>((lvl, f) => (f.level ? moreUrgent(lvl, f.level) : lvl), 'routine');
  const rules = [...new Set(firings.map((f) => f.rule))];
  return {
    triage,
    pattern: null,
    alt: null,
    ast: null,
    factors: meds.factors,
    unrecognisedMedications: meds.unrecognised,
    recognisedBenign: meds.benign,
    redFlags: rules.filter((r) => r.startsWith('RF-')),
    retest: null,
    rules,
    specVersion: SPEC_VERSION,
    early: true,
  };
}
