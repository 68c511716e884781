import { conditionsOf } from '../assessment/conditions';
import { isRuleId, isWarningRule, ruleLevel, ruleSpec, type RuleId, type RuleSpec } from '../assessment/rules';
import type { AssessmentInput, AssessmentResult, Triage } from '../assessment/types';
import { list, phrase, type Phrase } from '../views';
import { crisisLine, noTime } from './redFlags';
import type { SiteNumbers } from './emergencyNumbers';
import type { ExplainExtras } from './extras';
import { medicineReason } from './medicines';
import { apapWord } from './site';

export { noTime } from './redFlags';

/** What one fired rule says about why the level is what it is, at the level that rule sets. */
export interface Reason {
  level: Triage;
  /** Within a level, warning signs come first, then how high ALT is, then the rest. */
  rank?: number;
  line: Phrase;
  /** Lines that belong with it (RF-SELF-HARM's crisis line). */
  extra?: Phrase[];
}

/** A symptom rule (SYM-ANY) is not said again when a warning rule that covers its symptoms (SYM-HIGH) fired. */
function saidByWarning(spec: RuleSpec, rules: readonly string[]): boolean {
  const mine = spec.signs?.symptoms ?? [];
  return rules.some((r) => {
    const other = ruleSpec(r);
    return other?.kind === 'warning' && mine.every((x) => other.signs?.symptoms?.includes(x));
  });
}

/** A reason at the level the rule table gives its rule (none for a rule that sets none). */
function at(rule: RuleId, line: Phrase): Reason[] {
  const level = ruleLevel(rule);
  return level ? [{ level, line }] : [];
}

const ORDER: readonly Triage[] = ['emergency', 'urgent', 'soon', 'routine'];

/**
 * Everything that raised the level, most urgent first: warning signs, how high ALT is, symptoms, conditions,
 * heavy drinking, medicines, age. The first is the one-line reason under the action; the rest explain it.
 */
export function reasonsFor(result: AssessmentResult, input: AssessmentInput, numbers: SiteNumbers, extras: ExplainExtras = {}): Reason[] {
  const out: Reason[] = [];
  const rules = new Set(result.rules);
  const timed = (line: Phrase): Phrase => noTime(line, result.triage);
  const apap = { apap: apapWord(numbers) };
  for (const rule of result.rules) {
    const spec = ruleSpec(rule);
    const level = ruleLevel(rule);
    if (!spec || !level) continue;
    if (isWarningRule(rule)) {
      if (spec.topic === 'self_harm') out.push({ level, rank: 0, line: phrase(`redflag.${rule}`), extra: [crisisLine(numbers)] });
      else if (spec.topic === 'paracetamol') out.push({ level, rank: 0, line: phrase(`redflag.${rule}`, apap) });
      else out.push({ level, rank: 0, line: timed(phrase(`redflag.${rule}`)) });
    } else if (spec.kind === 'band') {
      out.push({ level, rank: 1, line: timed(phrase(`explain.band.${result.alt.band}`)) });
    } else if (spec.kind === 'symptom' && !saidByWarning(spec, result.rules)) {
      const named = (spec.signs?.symptoms ?? []).filter((x) => input.symptoms.includes(x)).map((x) => phrase(`labels.symptoms.${x}`));
      out.push({ level, line: phrase(`explain.reason.${rule}`, { symptoms: list(named, 'comma') }) });
    } else if (spec.kind === 'condition' && isRuleId(rule)) {
      for (const c of conditionsOf(rule)) {
        if (!input.conditions.includes(c)) continue;
        // SAY-ALCOHOL-HELP (version 4): heavy drinking is said as the person gave it, now or in the past.
        const key = c === 'heavy_alcohol_history' && extras.heavyDrinkingNow ? 'heavy_drinking_now' : c;
        out.push({ level, line: phrase(`explain.reason.${key}`) });
      }
    }
  }
  // An emergency carries no lifestyle advice, but a heavy drinker still hears not to stop alone (SAY-ALCOHOL-HELP).
  if (rules.has('ALC-HEAVY') && result.triage === 'emergency') out.push(...at('ALC-HEAVY', phrase('explain.reason.alcoholHelp')));
  // In an emergency the medicine goes with the person to the emergency department: no "within a day" advice.
  const medicine = result.triage === 'emergency' ? null : medicineReason(result);
  if (medicine) out.push(medicine);
  if (rules.has('PATTERN-BOTH')) out.push(...at('PATTERN-BOTH', phrase('explain.reason.PATTERN-BOTH')));
  // PATTERN-AST-ONLY's level varies (routine after hard exercise); when it raised the level, it is the pattern's soon.
  if (rules.has('PATTERN-AST-ONLY') && result.triage !== 'routine') out.push({ level: 'soon', line: phrase('explain.reason.PATTERN-AST-ONLY') });
  if (result.notes.includes('child')) out.push(...at('AGE-ADULT', phrase('explain.child')));
  return out.sort((a, b) => ORDER.indexOf(a.level) - ORDER.indexOf(b.level) || (a.rank ?? 2) - (b.rank ?? 2));
}
