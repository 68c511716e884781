import type { RuleId } from './rules';
import type { Triage } from './types';

/** One rule that fired, and the level it sets (null when it sets none). */
export interface Firing {
  rule: RuleId;
  level: Triage | null;
}

export const fire = (rule: RuleId, level: Triage | null = null): Firing => ({ rule, level });
