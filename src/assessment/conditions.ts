import { fire, type Firing } from './firing';
import type { Condition } from './types';

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
  if (conditions.has('hepatitis_b') || conditions.has('hepatitis_c')) firings.push(fire('COND-VIRAL', 'soon'));
  if (conditions.has('known_liver_disease')) firings.push(fire('COND-LIVER', 'soon'));
  if (conditions.has('immunosuppressed')) firings.push(fire('COND-IMMUNO', 'soon'));
  const alcohol = conditions.has('heavy_alcohol_history');
  if (alcohol) firings.push(fire('COND-ALCOHOL', 'soon'));
  const metabolic = (['overweight', 'diabetes'] as const).filter((c) => conditions.has(c));
  if (metabolic.length > 0) {
    firings.push(fire('COND-METABOLIC'));
    factors.push(...metabolic.map((c) => `condition:${c}`));
  }
  return { firings, factors, alcohol };
}
