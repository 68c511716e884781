import type { Symptom } from '../assessment/types';
import { foldForMatch } from './normalise';
import { detectWarningSigns } from './redFlags';
import { saysNone } from './none';

export { saysNone } from './none';
export { findConditions } from './conditions';

/** Symptoms of the contract's vocabulary that a reply affirms ("my eyes are yellow", "尿很黄"; "no fever" is none). */
export function findSymptoms(text: string): Symptom[] {
  return [...detectWarningSigns(text).symptoms];
}

/** A symptom answer: the signs it affirms, or none ("none", "nothing like that", "no fever, no pain"), or null. */
export function parseSymptomAnswer(text: string): { symptoms: Symptom[]; unclear: Symptom[] } | null {
  const signs = detectWarningSigns(text);
  if (signs.symptoms.length > 0 || signs.unclear.length > 0) return { symptoms: [...signs.symptoms], unclear: [...signs.unclear] };
  if (saysNone(text) || signs.denied.length > 0) return { symptoms: [], unclear: [] };
  return null;
}

/** Picks from a numbered list: "1", "2 and 5", "1,3". Returns the 1-based numbers, or null if the reply is not only numbers. */
export function pickNumbers(text: string, max: number): number[] | null {
  const folded = foldForMatch(text).replace(/\band\b|和|及/g, ' ');
  if (!/^[\d\s]+$/.test(folded)) return null;
  const picks = folded.split(/\s+/).filter(Boolean).map(Number);
  return picks.every((n) => n >= 1 && n <= max) ? [...new Set(picks)] : null;
}
