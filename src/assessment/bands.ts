import type { Band } from './types';
import type { RuleId } from './rules';

/** BAND-MASSIVE is set by the ALT value itself, above this many U/L. */
export const MASSIVE_ALT_UL = 10_000;

export interface BandFinding {
  band: Band;
  /** The band's rule; the level it sets is in the rule table. */
  rule: RuleId;
}

/** Section 3 of the spec: r = ALT / ULN, compared unrounded. */
export function altBand(altUl: number, r: number): BandFinding {
  if (altUl > MASSIVE_ALT_UL) return { band: 'massive', rule: 'BAND-MASSIVE' };
  if (r > 15) return { band: 'severe', rule: 'BAND-SEVERE' };
  if (r >= 5) return { band: 'moderate', rule: 'BAND-MODERATE' };
  if (r >= 2) return { band: 'mild', rule: 'BAND-MILD' };
  if (r > 1) return { band: 'borderline', rule: 'BAND-BORDERLINE' };
  return { band: 'normal', rule: 'BAND-NORMAL' };
}

export const BAND_ORDER: readonly Band[] = ['normal', 'borderline', 'mild', 'moderate', 'severe', 'massive'];

export function bandAtLeast(band: Band, floor: Band): boolean {
  return BAND_ORDER.indexOf(band) >= BAND_ORDER.indexOf(floor);
}

/** Two decimals, for display only. */
export function roundForDisplay(x: number): number {
  return Math.round(x * 100) / 100;
}
