import { isBinge } from '../src/assessment/alcohol';
import type { AssessmentInput, Range, Sex } from '../src/assessment/types';
import type { ExplainExtras } from '../src/explain/extras';
import type { Locale } from '../src/i18n';
import { allConditions, allSymptoms, type Answers } from './session';

export function sexOf(a: Answers): Sex {
  return a.sex === 'male' || a.sex === 'female' ? a.sex : null;
}

/** A sex-split range picks the person's own; with sex unknown, the lower (female) one, the cautious reading. */
function pickRange(range: Range | null | undefined, split: Answers['altSexRanges'], sex: Sex): Range | null {
  if (range) return range;
  if (split) return sex === 'male' ? split.male : split.female;
  return null;
}

function iso(y: number, mmdd: number): string {
  return `${String(y).padStart(4, '0')}-${String(Math.floor(mmdd / 100)).padStart(2, '0')}-${String(mmdd % 100).padStart(2, '0')}`;
}

/**
 * A report's date (yyyymmdd) as 'YYYY-MM-DD'. A date printed without its year (year 0) is taken in the latest year that
 * puts it on or before `reference`: a test result is never from the future.
 */
export function isoDay(yyyymmdd: number, reference: string): string {
  const year = Math.floor(yyyymmdd / 10000);
  const mmdd = yyyymmdd % 10000;
  if (year > 0) return iso(year, mmdd);
  const refYear = Number(reference.slice(0, 4));
  const same = iso(refYear, mmdd);
  return same <= reference ? same : iso(refYear - 1, mmdd);
}

/** The contract's `previous` and `testDate` from the answers (§8a); the earlier value's unit defaults to the current one's. */
function trendInput(a: Answers, today: string): Pick<AssessmentInput, 'previous' | 'testDate'> {
  const testDate = a.testDate === undefined ? null : isoDay(a.testDate, today);
  const p = a.previous;
  if (!p || p.alt === null) return { previous: null, testDate };
  const date = p.date === null ? null : isoDay(p.date, testDate ?? today);
  return { previous: { alt: p.alt, altRange: p.altRange, unit: p.unit ?? a.unit ?? 'U/L', date }, testDate };
}

/** The contract's input, from the answers (ALT and AST must be known); `site` is the bot's SITE_COUNTRY. */
export function toAssessmentInput(a: Answers, locale: Locale, site?: string, today: string = new Date().toISOString().slice(0, 10)): AssessmentInput {
  const sex = sexOf(a);
  const alcohol = a.alcohol
    ? {
        // One occasion said, no usual week: at least that much was drunk in the week before the test (so any drinking
        // counts under 18 and in pregnancy, §7).
        drinksPerWeek: a.alcohol.drinksPerWeek ?? (a.alcohol.largestOccasion !== null && a.alcohol.largestOccasion > 0 ? a.alcohol.largestOccasion : null),
        bingeLastWeek: a.alcohol.largestOccasion === null ? (a.alcohol.binge ?? null) : isBinge(a.alcohol.largestOccasion, sex),
      }
    : null;
  return {
    locale,
    site: site ?? null,
    sex,
    age: a.age ?? null,
    alt: a.alt ?? Number.NaN,
    ast: a.ast ?? Number.NaN,
    unit: a.unit ?? 'U/L',
    altRange: pickRange(a.altRange, a.altSexRanges, sex),
    astRange: pickRange(a.astRange, a.astSexRanges, sex),
    sleepLoss: a.sleepLoss ?? null,
    alcohol,
    intenseExerciseDaysBefore: a.exerciseDaysBefore ?? null,
    medications: a.medications ?? [],
    symptoms: allSymptoms(a),
    conditions: allConditions(a),
    ...trendInput(a, today),
  };
}

/** What the answers tell the explanation beyond the contract's input: heavy drinking now, the largest session, ASK-APAP's amount. */
export function explainExtras(a: Answers): ExplainExtras {
  const dose = a.paracetamol?.dose;
  return {
    heavyDrinkingNow: a.heavyDrinkingNow === true,
    largestOccasion: a.alcohol?.largestOccasion ?? null,
    paracetamolMgIn24h: dose?.maxMgIn24h ?? null,
    paracetamolUnsure: dose ? dose.unsure || dose.maybeMore : false,
    previousDateApproximate: a.previous?.approximate === true,
    ...(a.typingFor ? { typingFor: a.typingFor } : {}),
    ...(a.testDate !== undefined && a.testDate > 10_000 ? { testDate: isoDay(a.testDate, '') } : {}),
  };
}
