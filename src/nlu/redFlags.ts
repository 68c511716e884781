import { saysApapOverdose } from '../assessment/overdose';
import type { Condition, Symptom } from '../assessment/types';
import { compile, findKeys } from './phrases';
import { findSymptoms } from './symptoms';
import { VOCAB } from './vocabulary';

const OVERDOSE = compile({ overdose: VOCAB.overdose });

export interface RedFlagStatement {
  symptoms: Symptom[];
  conditions: Condition[];
}

/** Warning signs said in any answer: symptoms ("my eyes are yellow") and a paracetamol overdose ("I took 20 paracetamol"). */
export function detectWarningSigns(text: string): RedFlagStatement {
  const conditions: Condition[] = [];
  if (saysApapOverdose(text) || findKeys(text, OVERDOSE).length > 0) conditions.push('paracetamol_overdose');
  return { symptoms: findSymptoms(text), conditions };
}
