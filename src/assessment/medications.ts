import { fire, type Firing } from './firing';
import { matchMedicines } from './medicineMatcher';
import { saysApapOverdose } from './overdose';
import type { MatchedMedication, Triage } from './types';

export interface MedicationFindings {
  medications: MatchedMedication[];
  factors: string[];
  unrecognised: string[];
  benign: string[];
  apapOverdose: boolean;
  /** `medication:acetaminophen` is among the matches (RF-APAP-SEVERE). */
  apap: boolean;
  /** A hepatitis B antiviral is among the matches (MED-HBV-ANTIVIRAL). */
  hbvAntiviral: boolean;
}

/** MED-HBV-ANTIVIRAL: the lexicon's group of hepatitis B antivirals, recognised in `recognisedBenign` under this one id. */
export const HBV_ANTIVIRAL = 'hbv_antiviral';

function unique<T>(xs: readonly T[]): T[] {
  return [...new Set(xs)];
}

/** FACTOR-MEDICATION: every answer is matched; liver-relevant ones become factors, benign ones are recognised. */
export function medicationFindings(answers: readonly string[]): MedicationFindings {
  const medications: MatchedMedication[] = [];
  const unrecognised: string[] = [];
  for (const input of answers) {
    const outcome = matchMedicines(input);
    for (const m of outcome.matches) {
      medications.push({ input, id: m.entry.id, group: m.entry.group, liverRelevant: m.entry.liverRelevant });
    }
    unrecognised.push(...outcome.unrecognised);
  }
  const relevant = medications.filter((m) => m.liverRelevant);
  return {
    medications,
    factors: unique(relevant.map((m) => `medication:${m.id}`)),
    unrecognised: unique(unrecognised),
    // MED-HBV-ANTIVIRAL: entecavir and tenofovir are `hbv_antiviral` there; `medications` keeps which one, for the doctor.
    benign: unique(medications.filter((m) => !m.liverRelevant).map((m) => (m.group === HBV_ANTIVIRAL ? HBV_ANTIVIRAL : m.id))),
    apapOverdose: answers.some(saysApapOverdose),
    apap: medications.some((m) => m.id === 'acetaminophen'),
    hbvAntiviral: medications.some((m) => m.group === HBV_ANTIVIRAL),
  };
}

/** MED-DILI, given a liver-relevant medicine: a liver-relevant medicine with r ≥ 3 is urgent; 2 ≤ r < 3 soon; above ULN and under 2, named only. */
export function medDiliFiring(r: number): Firing | null {
  if (r <= 1) return null;
  return fire('MED-DILI', medDiliLevel(r));
}

/** The level MED-DILI sets at this multiple (its level varies with r): urgent from 3, soon from 2, else none. */
export function medDiliLevel(r: number): Triage | null {
  return r >= 3 ? 'urgent' : r >= 2 ? 'soon' : null;
}
