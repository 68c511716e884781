import { fire, type Firing } from './firing';
import { RULES, rulesWhere, type RedFlagContext, type RuleSpec } from './rules';

export { APAP_SEVERE_TIMES_ULN, type RedFlagContext } from './rules';

/** The red flags and the symptom rules of §5, in the table's order: the ones whose condition holds. */
const SIGN_RULES = rulesWhere((s) => s.when !== undefined);

/** Section 5 of the spec: the red flags, fired from the rule table. Rules whose condition needs ALT fire only when it is known. */
export function redFlagFirings(ctx: RedFlagContext): Firing[] {
  const out: Firing[] = [];
  for (const id of SIGN_RULES) {
    const rule: RuleSpec = RULES[id];
    if (rule.when?.(ctx)) out.push(fire(id));
  }
  return out;
}
