import { ruleLevel, type RuleId } from './rules';
import type { Triage } from './types';

/** One rule that fired, and the level it sets (null when it sets none). */
export interface Firing {
  rule: RuleId;
  level: Triage | null;
}

/** A rule that fired, at the level the rule table gives it; `level` only for a rule whose level varies (MED-DILI, PATTERN-AST-ONLY). */
export const fire = (rule: RuleId, level: Triage | null = ruleLevel(rule)): Firing => ({ rule, level });
