import type { Condition } from '../assessment/types';
import { CONDITIONS } from '../assessment/types';
import { detectWarningSigns, findAffirmed } from './redFlags';
import { compile } from './phrases';
import { VOCAB } from './vocabulary';

const CONDITION_PHRASES = compile(VOCAB.conditions);
const isCondition = (k: string): k is Condition => (CONDITIONS as readonly string[]).includes(k);

/** Conditions a reply affirms ("hep B carrier", "I'm 20 weeks pregnant", "脂肪肝"); "no diabetes" is none. */
export function findConditions(text: string): Condition[] {
  const found = new Set([...findAffirmed(text, CONDITION_PHRASES).affirmed].filter(isCondition));
  // Signs of alcohol dependence said in plain words ("I drink in the morning to steady my hands") are that condition.
  for (const c of detectWarningSigns(text).conditions) if (c === 'alcohol_dependence') found.add(c);
  return [...found];
}
