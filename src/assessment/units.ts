import type { AssessmentError, InvalidReason, Range, Unit } from './types';

/** UNIT-UKAT: 1 µkat/L is 60 U/L. */
export const UKAT_TO_UL = 60;
/** VALUE-CHECK limits, in U/L. */
export const MAX_PLAUSIBLE_UL = 50_000;
export const SUSPICIOUS_UPPER_BELOW_UL = 10;
export const SUSPICIOUS_UPPER_ABOVE_UL = 200;

export interface Converted {
  value: number;
  range: Range | null;
}

/** UNIT-UL and UNIT-UKAT: a value and its range in U/L. Both are converted together. */
export function toUnitsPerLitre(value: number, range: Range | null, unit: Unit): Converted {
  const factor = unit === 'ukat/L' ? UKAT_TO_UL : 1;
  return { value: value * factor, range: range === null ? null : [range[0] * factor, range[1] * factor] };
}

function invalid(field: AssessmentError['field'], error: InvalidReason, message: string): AssessmentError {
  return { error, field, rule: 'VALUE-CHECK', message };
}

/** VALUE-CHECK for one enzyme value, already in U/L. */
export function checkValue(field: 'alt' | 'ast', valueUl: number): AssessmentError | null {
  if (!Number.isFinite(valueUl)) return invalid(field, 'not_a_number', `${field} is not a number`);
  if (valueUl <= 0) return invalid(field, 'not_positive', `${field} must be above 0`);
  if (valueUl > MAX_PLAUSIBLE_UL) return invalid(field, 'too_high', `${field} is above ${MAX_PLAUSIBLE_UL} U/L`);
  return null;
}

/** VALUE-CHECK for one reference range, already in U/L. */
export function checkRange(field: 'altRange' | 'astRange', range: Range | null): AssessmentError | null {
  if (range === null) return null;
  const [low, high] = range;
  if (!Number.isFinite(low) || !Number.isFinite(high)) return invalid(field, 'not_a_number', `${field} is not a pair of numbers`);
  if (low < 0 || high <= 0) return invalid(field, 'range_negative', `${field} must not be negative`);
  if (low > high) return invalid(field, 'range_backwards', `${field} has its low above its high`);
  if (high < SUSPICIOUS_UPPER_BELOW_UL || high > SUSPICIOUS_UPPER_ABOVE_UL) {
    return invalid(field, 'range_suspicious', `${field} upper limit ${high} U/L looks like another unit`);
  }
  return null;
}
