import { fire, type Firing } from './firing';
import { RULES, rulesWhere, type RuleId } from './rules';
import type { Condition } from './types';

/** The COND-* rules (§6), in the table's order. */
const CONDITION_RULES = rulesWhere((s) => s.kind === 'condition');

/** The conditions a COND-* rule is about, as the rule table lists them. */
export function conditionsOf(id: RuleId): readonly Condition[] {
  return RULES[id].signs?.conditions ?? [];
}

export interface ConditionFindings {
  firings: Firing[];
  /** COND-METABOLIC's factors (`condition:overweight`, `condition:diabetes`). */
  factors: string[];
  /** COND-ALCOHOL adds the factor `alcohol`, which FACTOR-ALCOHOL may add too. */
  alcohol: boolean;
}

/** Section 6 of the spec: conditions that raise concern, all with ALT above ULN. */
export function conditionFindings(conditions: ReadonlySet<Condition>, altRaised: boolean): ConditionFindings {
  const firings: Firing[] = [];
  const factors: string[] = [];
  if (!altRaised) return { firings, factors, alcohol: false };
  for (const id of CONDITION_RULES) {
    const named = conditionsOf(id).filter((c) => conditions.has(c));
    if (named.length === 0) continue;
    firings.push(fire(id));
    // COND-METABOLIC's conditions are factors of their own.
    if (id === 'COND-METABOLIC') factors.push(...named.map((c) => `condition:${c}`));
  }
  const alcohol = conditions.has('heavy_alcohol_history');
  return { firings, factors, alcohol };
}
