import { medDiliLevel } from '../assessment/medications';
import { firedAbout } from '../assessment/rules';
import type { AssessmentResult, MatchedMedication } from '../assessment/types';
import { list, phrase, type Phrase, type PhraseList } from '../views';
import { isHerbalOrSupplement, isPrescribed } from './format';

/** Medicines by their names in the reader's language, as a list; null for none. */
export function medicineNames(meds: readonly MatchedMedication[]): PhraseList | null {
  const ids = [...new Set(meds.map((m) => m.id))];
  return ids.length > 0 ? list(ids.map((id) => phrase(`labels.medicines.${id}`)), 'comma') : null;
}

/** Words a person typed, as a list in the reader's language ("、" in Chinese). */
export function typedList(items: readonly string[]): PhraseList {
  return list(items.map((text) => phrase('explain.item', { text })), 'comma');
}

function relevant(result: AssessmentResult): MatchedMedication[] {
  return result.medications.filter((m) => m.liverRelevant);
}

/**
 * MED-DILI's reason, from the unrounded multiple: 3 or more → tell within a day; 2 to 3 → at the visit. A medicine a
 * doctor prescribed goes to "the doctor who prescribed it"; herbs, supplements and what people buy go to "your doctor".
 */
export function medicineReason(result: AssessmentResult): { level: 'urgent' | 'soon'; line: Phrase; extra?: Phrase[] } | null {
  const tier = medDiliLevel(result.multiple);
  if (!result.rules.includes('MED-DILI') || (tier !== 'urgent' && tier !== 'soon')) return null;
  const meds = relevant(result);
  const prescribed = medicineNames(meds.filter((m) => isPrescribed(m.id)));
  const own = medicineNames(meds.filter((m) => !isPrescribed(m.id)));
  const lines: Phrase[] = [];
  if (prescribed) lines.push(phrase(`explain.medicine.${tier}Prescribed`, { names: prescribed }));
  if (own) lines.push(phrase(`explain.medicine.${tier}Own`, { names: own }));
  const [line, ...extra] = lines;
  if (!line) return null;
  return extra.length > 0 ? { level: tier, line, extra } : { level: tier, line };
}

/**
 * The rest of the medicine advice: a possible cause to mention, never stop a prescribed medicine, pausing supplements,
 * paracetamol within the label. In an emergency only the names to pass on.
 */
export function medicineLines(result: AssessmentResult, apap: Phrase = phrase('labels.apap.other')): Phrase[] {
  const meds = relevant(result);
  const lines: Phrase[] = [];
  // MED-HBV-ANTIVIRAL (version 4): keep taking it (stopping can cause a severe flare), and tell the liver specialist.
  if (result.notes.includes('hbv_antiviral')) lines.push(phrase('explain.medicine.hbvAntiviral'));
  if (meds.length > 0 && result.triage !== 'emergency') {
    const all = medicineNames(meds);
    if (all && (!result.rules.includes('MED-DILI') || result.multiple < 2) && result.multiple > 1) lines.push(phrase('explain.medicine.mention', { names: all }));
    if (meds.some((m) => isPrescribed(m.id))) lines.push(phrase('explain.medicine.keepTaking'));
    if (meds.some((m) => isHerbalOrSupplement(m.id))) lines.push(phrase('explain.medicine.pauseSupplements'));
    if (meds.some((m) => m.id === 'acetaminophen') && !firedAbout(result.rules, 'paracetamol')) {
      lines.push(phrase('explain.medicine.paracetamol', { apap }));
    }
  }
  if (result.unrecognisedMedications.length > 0) lines.push(phrase('explain.medicine.unrecognised', { names: typedList(result.unrecognisedMedications) }));
  return lines;
}
