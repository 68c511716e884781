import type { AssessmentResult, Trend } from '../assessment/types';
import { phrase, type DoctorFactView, type ResultSection, type Phrase } from '../views';
import type { ExplainExtras } from './extras';
import { timesText } from './format';
import type { Reason } from './reasons';

/**
 * The earlier result read against this one (clinical spec §8a): what changed ("ALT was 2.3 times the limit on
 * 2 October. Now it is 1.6 times."), why it sets the level (TREND-PERSISTENT, TREND-RISING), or why it sets nothing.
 */

/** A calendar date in the reader's words: "2 October" / "10月2日", a month for a span, the year when it is not this one. */
export function dateSay(isoDate: string, approximate: boolean, currentYear: string): Phrase {
  const [year = '', month = '', day = ''] = isoDate.split('-');
  const monthName = phrase(`dates.months.${Number(month)}`);
  const withYear = year !== currentYear;
  if (approximate) return withYear ? phrase('dates.monthYear', { month: monthName, year }) : phrase('dates.month', { month: monthName });
  return withYear ? phrase('dates.dayYear', { day: Number(day), month: monthName, year }) : phrase('dates.day', { day: Number(day), month: monthName });
}

/** The current test's year: a date in another year is said with its year. */
function yearOf(extras: ExplainExtras): string {
  return (extras.testDate ?? new Date().toISOString()).slice(0, 4);
}

/** "ALT was 2.3 times the limit on 2 October. Now it is 1.6 times." */
export function changeLine(result: AssessmentResult, trend: Trend, extras: ExplainExtras): Phrase {
  const before = timesText(trend.previousAlt / trend.previousUln);
  const now = timesText(result.multiple);
  if (trend.previousDate === null) return phrase('explain.trend.wasUndated', { before, now });
  const approximate = extras.previousDateApproximate === true;
  const date = dateSay(trend.previousDate, approximate, yearOf(extras));
  return phrase(approximate ? 'explain.trend.wasMonth' : 'explain.trend.was', { before, now, date });
}

/**
 * TREND-PERSISTENT and TREND-RISING set `soon`: their reason, at that level, before how high ALT is. None in an
 * emergency (SAY-EMERGENCY: no slower time is named).
 */
export function trendReason(result: AssessmentResult): Reason | null {
  const trend = result.trend;
  if (!trend || result.triage === 'emergency') return null;
  if (trend.change === 'rising') {
    const factor = timesText(result.multiple / (trend.previousAlt / trend.previousUln));
    return { level: 'soon', rank: 1, line: phrase('explain.reason.TREND-RISING', { factor }) };
  }
  if (trend.change === 'persistent') return { level: 'soon', rank: 1, line: phrase('explain.reason.TREND-PERSISTENT') };
  return null;
}

/** The trend's reason among the others: after warning signs, before how high ALT is at the same level. */
export function withTrendReason(reasons: readonly Reason[], result: AssessmentResult): Reason[] {
  const reason = trendReason(result);
  if (!reason) return [...reasons];
  const order = ['emergency', 'urgent', 'soon', 'routine'];
  const at = reasons.findIndex((r) => order.indexOf(r.level) > order.indexOf(reason.level) || (r.level === reason.level && (r.rank ?? 2) >= 1));
  const out = [...reasons];
  out.splice(at < 0 ? out.length : at, 0, reason);
  return out;
}

/** What changed, and what the earlier result means for this one. Shown after the numbers. */
export function trendSection(result: AssessmentResult, extras: ExplainExtras): ResultSection | null {
  const trend = result.trend;
  if (!trend) return null;
  const lines: Phrase[] = [changeLine(result, trend, extras)];
  if (trend.unused === 'no_date') lines.push(phrase('explain.trend.noDate'));
  else if (trend.unused === 'future') lines.push(phrase('explain.trend.future'));
  else if (trend.unused === 'over_12_months') lines.push(phrase('explain.trend.overYear'));
  else if (trend.change === 'normal_now') lines.push(phrase('explain.trend.normalNow'));
  return { lines, detail: true };
}

/** SAY-DOCTOR-SUMMARY: the earlier value with its limit and date, and what changed, for the doctor. */
export function doctorTrend(result: AssessmentResult, extras: ExplainExtras): { line: Phrase; fact: DoctorFactView } | null {
  const trend = result.trend;
  if (!trend) return null;
  const source = phrase(`explain.source.${trend.previousUlnSource}`);
  const date = trend.previousDate === null ? phrase('dates.unknown') : dateSay(trend.previousDate, extras.previousDateApproximate === true, yearOf(extras));
  const change = phrase(`explain.trend.changeNames.${trend.unused ?? trend.change ?? 'none'}`);
  const vars = { value: trend.previousAlt, uln: trend.previousUln, source, date, times: timesText(trend.previousAlt / trend.previousUln), change };
  return {
    line: phrase('explain.doctor.previous', vars),
    fact: { titleKey: 'explain.facts.previous', value: phrase('explain.facts.previousValue', vars) },
  };
}
