import { CONDITIONS, SYMPTOMS, type Condition, type Symptom } from '../assessment/types';
import { foldForMatch } from './normalise';
import { compile, findKeys } from './phrases';
import { VOCAB } from './vocabulary';

const SYMPTOM_PHRASES = compile(VOCAB.symptoms);
const CONDITION_PHRASES = compile(VOCAB.conditions);
const SELF_HARM = compile({ self_harm: VOCAB.selfHarm });

function isSymptom(k: string): k is Symptom {
  return (SYMPTOMS as readonly string[]).includes(k);
}
function isCondition(k: string): k is Condition {
  return (CONDITIONS as readonly string[]).includes(k);
}

/** "None", "no", "没有", "nothing like that": the reply says there is nothing to report. */
export function saysNone(text: string): boolean {
  const folded = foldForMatch(text);
  return VOCAB.answers.none?.includes(folded) === true || VOCAB.answers.no?.includes(folded) === true;
}

/** Symptoms of the contract's vocabulary that a reply affirms ("my eyes are yellow", "尿很黄", "no fever" is none). */
export function findSymptoms(text: string): Symptom[] {
  const found = findKeys(text, SYMPTOM_PHRASES).filter(isSymptom);
  if (findKeys(text, SELF_HARM).length > 0) found.push('self_harm');
  return [...new Set(found)];
}

export function findConditions(text: string): Condition[] {
  return findKeys(text, CONDITION_PHRASES).filter(isCondition);
}

/** Picks from a numbered list: "1", "2 and 5", "1,3". Returns the 1-based numbers, or null if the reply is not only numbers. */
export function pickNumbers(text: string, max: number): number[] | null {
  const folded = foldForMatch(text).replace(/\band\b|和|及/g, ' ');
  if (!/^[\d\s]+$/.test(folded)) return null;
  const picks = folded.split(/\s+/).filter(Boolean).map(Number);
  return picks.every((n) => n >= 1 && n <= max) ? [...new Set(picks)] : null;
}
