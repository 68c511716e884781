import type { Locale } from '../i18n/locales';
/**
 * The shapes of docs/assessment-contract.md. Field names and level names are fixed by the contract:
 * add fields, never rename them.
 */
export const SPEC_VERSION = '4' as const;

export const TRIAGE_LEVELS = ['routine', 'soon', 'urgent', 'emergency'] as const;
export type Triage = (typeof TRIAGE_LEVELS)[number];

export const SYMPTOMS = [
  'jaundice',
  'dark_urine',
  'pale_stools',
  'abdominal_pain',
  'confusion',
  'vomiting_blood',
  'black_stools',
  'bleeding_bruising',
  'fever',
  'nausea_vomiting',
  'itching',
  'fatigue',
  'swollen_abdomen',
  'chest_pain',
  'self_harm',
  /** After cutting down or stopping drinking: a fit, seeing or hearing things, severe shaking with sweating or confusion (version 4, RF-WITHDRAWAL). */
  'alcohol_withdrawal',
] as const;
export type Symptom = (typeof SYMPTOMS)[number];

export const CONDITIONS = [
  'hepatitis_b',
  'hepatitis_c',
  'known_liver_disease',
  'diabetes',
  'overweight',
  'pregnancy',
  'immunosuppressed',
  'paracetamol_overdose',
  'heavy_alcohol_history',
  /** Drinking in the morning, shakes when not drinking, past withdrawal fits (version 3, ALC-HEAVY). */
  'alcohol_dependence',
] as const;
export type Condition = (typeof CONDITIONS)[number];

export type { Locale } from '../i18n/locales';
export type Sex = 'male' | 'female' | null;
export type Unit = 'U/L' | 'IU/L' | 'ukat/L';
export type Range = readonly [number, number];

export interface AlcoholAnswer {
  drinksPerWeek: number | null;
  bingeLastWeek: boolean | null;
}

export interface AssessmentInput {
  locale: Locale;
  /**
   * The hospital's country, ISO 3166-1 alpha-2, any case (SAY-SITE). It sets the alcohol limit (FACTOR-ALCOHOL); a code
   * not in the site table behaves as "not in the table". Absent or null: no site.
   */
  site?: string | null;
  sex: Sex;
  age: number | null;
  alt: number;
  ast: number;
  unit: Unit;
  altRange: Range | null;
  astRange: Range | null;
  sleepLoss: boolean | null;
  alcohol: AlcoholAnswer | null;
  intenseExerciseDaysBefore: number | null;
  medications: readonly string[];
  symptoms: readonly Symptom[];
  conditions: readonly Condition[];
  /** Version 4 (§8a): an earlier ALT, its lab range and unit, and the date it was taken (null when not known). */
  previous?: PreviousInput | null;
  /** Version 4: the date of the current test, 'YYYY-MM-DD'; absent or null: today. */
  testDate?: string | null;
}

/** The contract's `previous`: `{ "alt": 92, "altRange": [7, 40], "unit": "U/L", "date": "2026-10-02" }`. */
export interface PreviousInput {
  alt: number;
  altRange: Range | null;
  unit: Unit;
  date: string | null;
}

export type TrendChange = 'rising' | 'persistent' | 'normal_now' | null;

/** The result's `trend` (§8a). The contract fixes `previousTimesUln` and `change`; the rest is added for the explanation. */
export interface Trend {
  /** r_prev, rounded for display. */
  previousTimesUln: number;
  /** null when the earlier result sets nothing (see `unused`, or no TREND-* rule fired). */
  change: TrendChange;
  /** The earlier ALT and the limit it was read against, in U/L. */
  previousAlt: number;
  previousUln: number;
  previousUlnSource: UlnSource;
  previousDate: string | null;
  /** Days between the two tests, when both dates are usable. */
  daysApart: number | null;
  /** Why the earlier result sets nothing: no date, a date in the future, or more than 12 months before this test. */
  unused: 'no_date' | 'future' | 'over_12_months' | null;
}

export type Pattern = 'isolated_alt' | 'both_raised' | 'ast_only' | 'normal';
export type Band = 'normal' | 'borderline' | 'mild' | 'moderate' | 'severe' | 'massive';
export type UlnSource = 'lab' | 'default';

export interface AltFinding {
  value: number;
  uln: number;
  timesUln: number;
  band: Band;
  ulnSource: UlnSource;
}

export interface AstFinding {
  value: number;
  uln: number;
  timesUln: number;
  raised: boolean;
  ulnSource: UlnSource;
}

export interface MatchedMedication {
  /** What the person typed, as given. */
  input: string;
  /** The lexicon id, e.g. `atorvastatin`. */
  id: string;
  group: string;
  liverRelevant: boolean;
}

/** Extra facts the explanation speaks to; each names the rule that raised it. */
export type Note =
  | 'ast_alt_ratio_high'
  | 'alt_range_missing'
  | 'ast_range_missing'
  | 'child'
  | 'ast_only_after_exercise'
  | 'medication_possible_cause'
  | 'converted_from_ukat'
  /** ALC-HEAVY fired: cut down or stop with a doctor's help, never suddenly alone; never "avoid alcohol before the retest" (SAY-ALCOHOL-HELP). */
  | 'alcohol_help'
  /** MED-HBV-ANTIVIRAL: keep taking the hepatitis B antiviral, and tell the liver specialist about the raised ALT. */
  | 'hbv_antiviral';

export interface AssessmentResult {
  triage: Triage;
  pattern: Pattern;
  unit: 'U/L';
  alt: AltFinding;
  ast: AstFinding;
  /** ALT / ULN unrounded, for comparisons (`alt.timesUln` is rounded for display). */
  multiple: number;
  /** The weekly low-risk limit used by FACTOR-ALCOHOL, in US standard drinks; 0 when any drinking counts. */
  alcoholLimit: number;
  factors: string[];
  medications: MatchedMedication[];
  unrecognisedMedications: string[];
  recognisedBenign: string[];
  redFlags: string[];
  retest: { inWeeks: [number, number] } | null;
  /** Version 4 (§8a): the earlier result read against this one; null without `previous`. */
  trend: Trend | null;
  notes: Note[];
  rules: string[];
  specVersion: typeof SPEC_VERSION;
}

export type InvalidReason =
  | 'not_a_number'
  | 'not_positive'
  | 'too_high'
  | 'range_backwards'
  | 'range_negative'
  | 'range_suspicious'
  | 'unit_unknown'
  /** `previous.date` or `testDate` is not a calendar date 'YYYY-MM-DD'. */
  | 'not_a_date';

export interface AssessmentError {
  error: InvalidReason;
  field: 'alt' | 'ast' | 'altRange' | 'astRange' | 'unit' | 'previous' | 'testDate';
  rule: 'VALUE-CHECK';
  message: string;
}

export type AssessmentOutcome = { ok: true; result: AssessmentResult } | { ok: false; error: AssessmentError };

export function moreUrgent(a: Triage, b: Triage): Triage {
  return TRIAGE_LEVELS.indexOf(a) >= TRIAGE_LEVELS.indexOf(b) ? a : b;
}
