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

const TEMPORALITY = compile({
  current: VOCAB.context.current ?? [],
  historical: VOCAB.context.historical ?? [],
  stopped: VOCAB.context.stoppedDrinking ?? [],
});

/**
 * Whether heavy drinking is happening now rather than only in the past (ConText temporality): "heavy drinking
 * now", "现在或过去大量饮酒", "I drink a lot" and dependence are now; "used to drink a lot", "以前酗酒", "quit 5
 * years ago" are the past. The contract keeps one id (`heavy_alcohol_history`); this flag is the "now".
 */
export function heavyDrinkingNow(text: string, conditions: readonly Condition[]): boolean {
  if (conditions.includes('alcohol_dependence')) return true;
  if (!conditions.includes('heavy_alcohol_history')) return false;
  const t = findAffirmed(text, TEMPORALITY).affirmed;
  if (t.has('stopped')) return false;
  return t.has('current') || !t.has('historical');
}
