import { roundForDisplay } from './bands';
import { fire, type Firing } from './firing';
import { checkRange, checkValue, toUnitsPerLitre } from './units';
import { upperLimit } from './uln';
import type { AssessmentError, Locale, PreviousInput, Sex, Trend, TrendChange } from './types';

/** TREND-PERSISTENT: the two tests at least this many days apart (2 weeks). */
export const PERSISTENT_MIN_DAYS = 14;
/** TREND-RISING: the new multiple at least this many times the earlier one. */
export const RISING_FACTOR = 1.5;
/** §8a: an earlier value more than this many months before the current test sets nothing. */
export const PREVIOUS_MAX_MONTHS = 12;
/** Floating-point slack for the 1.5× comparison, so that 1.5 × 1.2 equals 1.8 as a person would reckon it. */
const EPSILON = 1e-9;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A calendar date 'YYYY-MM-DD' as days since 1970-01-01, or null when it is not a real date. */
export function dayNumber(iso: string): number | null {
  const m = ISO_DATE.exec(iso);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const ms = Date.UTC(y, mo - 1, d);
  const back = new Date(ms);
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d) return null;
  return Math.round(ms / 86_400_000);
}

/** The same calendar day `months` months earlier (31 March − 1 month is the last day of February). */
export function monthsBefore(iso: string, months: number): string {
  const m = ISO_DATE.exec(iso);
  if (!m) return iso;
  const total = Number(m[1]) * 12 + Number(m[2]) - 1 - months;
  const y = Math.floor(total / 12);
  const mo = total - y * 12;
  const last = new Date(Date.UTC(y, mo + 1, 0)).getUTCDate();
  const d = Math.min(Number(m[3]), last);
  return `${String(y).padStart(4, '0')}-${String(mo + 1).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** Today's calendar date in UTC, the engine's default `testDate` (§8a: "`testDate`, else today"). */
export function todayIso(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}

/** VALUE-CHECK for the earlier result: the same checks as the current one, named by the `previous` fields. */
export function checkPrevious(previous: PreviousInput): AssessmentError | null {
  if (previous.unit !== 'U/L' && previous.unit !== 'IU/L' && previous.unit !== 'ukat/L') {
    return { error: 'unit_unknown', field: 'previous', rule: 'VALUE-CHECK', message: 'previous.unit must be U/L, IU/L or ukat/L' };
  }
  const prev = toUnitsPerLitre(previous.alt, previous.altRange, previous.unit);
  const problem = checkValue('alt', prev.value) ?? checkRange('altRange', prev.range);
  if (problem) return { ...problem, field: 'previous', message: `previous.${problem.message}` };
  if (previous.date !== null && dayNumber(previous.date) === null) {
    return { error: 'not_a_date', field: 'previous', rule: 'VALUE-CHECK', message: 'previous.date is not a calendar date (YYYY-MM-DD)' };
  }
  return null;
}

export interface TrendContext {
  /** The current multiple r = ALT / ULN, unrounded. */
  r: number;
  /** The date of the current test, 'YYYY-MM-DD'. */
  testDate: string;
  /** Today's date, 'YYYY-MM-DD': a previous date after it is in the future even when the current test's date is too. */
  today: string;
  sex: Sex;
  locale: Locale;
  site: string | null;
}

export interface TrendFinding {
  trend: Trend;
  firings: Firing[];
}

/**
 * Spec §8a. r_prev = previous ALT / its ULN (the lab's, else ULN-DEFAULT, chosen as for the current test).
 * - TREND-NORMAL-NOW: r_prev > 1 and r ≤ 1; sets nothing.
 * - TREND-PERSISTENT: r_prev > 1 and r > 1, at least 2 weeks apart → at least `soon`.
 * - TREND-RISING: r > 1 and r ≥ 1.5 × r_prev → at least `soon`; where both fire, the change is "rising".
 * A previous value with no date, dated in the future (after the current test or after today), or more than 12 months
 * before the current test sets nothing: `change` is null and `unused` says why (it is still shown to the doctor).
 */
export function trendFinding(previous: PreviousInput, ctx: TrendContext): TrendFinding {
  const prev = toUnitsPerLitre(previous.alt, previous.altRange, previous.unit);
  const uln = upperLimit('alt', prev.range, ctx.sex, ctx.locale, ctx.site);
  const rPrev = prev.value / uln.uln;
  const base = {
    previousTimesUln: roundForDisplay(rPrev),
    previousAlt: prev.value,
    previousUln: uln.uln,
    previousUlnSource: uln.source,
    previousDate: previous.date,
  };
  const testDay = dayNumber(ctx.testDate);
  const prevDay = previous.date === null ? null : dayNumber(previous.date);
  const todayDay = dayNumber(ctx.today);
  const unused: Trend['unused'] =
    prevDay === null || testDay === null
      ? 'no_date'
      : prevDay > testDay || (todayDay !== null && prevDay > todayDay)
        ? 'future'
        : previous.date !== null && previous.date < monthsBefore(ctx.testDate, PREVIOUS_MAX_MONTHS)
          ? 'over_12_months'
          : null;
  if (unused !== null || prevDay === null || testDay === null) {
    return { trend: { ...base, change: null, daysApart: null, unused }, firings: [] };
  }
  const daysApart = testDay - prevDay;
  const firings: Firing[] = [];
  const raisedNow = ctx.r > 1;
  const raisedBefore = rPrev > 1;
  if (raisedBefore && !raisedNow) firings.push(fire('TREND-NORMAL-NOW'));
  if (raisedBefore && raisedNow && daysApart >= PERSISTENT_MIN_DAYS) firings.push(fire('TREND-PERSISTENT', 'soon'));
  const rising = raisedNow && ctx.r >= RISING_FACTOR * rPrev - EPSILON;
  if (rising) firings.push(fire('TREND-RISING', 'soon'));
  const change: TrendChange = rising
    ? 'rising'
    : firings.some((f) => f.rule === 'TREND-PERSISTENT')
      ? 'persistent'
      : firings.some((f) => f.rule === 'TREND-NORMAL-NOW')
        ? 'normal_now'
        : null;
  return { trend: { ...base, change, daysApart, unused: null }, firings };
}
