import { alcoholIsFactor, heavyDrinking } from './alcohol';
import { altBand, roundForDisplay } from './bands';
import { conditionFindings } from './conditions';
import { fire, type Firing } from './firing';
import { medDiliFiring, medicationFindings } from './medications';
import { patternFinding, recentHardExercise } from './pattern';
import { redFlagFirings } from './redFlags';
import { isRedFlag, mostUrgent } from './rules';
import { weeklyAlcoholLimit } from './sites';
import { checkRange, checkValue, toUnitsPerLitre } from './units';
import { upperLimit } from './uln';
import { checkPrevious, dayNumber, todayIso, trendFinding } from './trend';
import {
  SPEC_VERSION,
  type AssessmentError,
  type AssessmentInput,
  type AssessmentOutcome,
  type AssessmentResult,
  type Note,
  type Triage,
} from './types';

export const ADULT_AGE = 18;

function validate(input: AssessmentInput): AssessmentError | null {
  if (input.unit !== 'U/L' && input.unit !== 'IU/L' && input.unit !== 'ukat/L') {
    return { error: 'unit_unknown', field: 'unit', rule: 'VALUE-CHECK', message: 'unit must be U/L, IU/L or ukat/L' };
  }
  const alt = toUnitsPerLitre(input.alt, input.altRange, input.unit);
  const ast = toUnitsPerLitre(input.ast, input.astRange, input.unit);
  const testDate =
    input.testDate === undefined || input.testDate === null || dayNumber(input.testDate) !== null
      ? null
      : ({ error: 'not_a_date', field: 'testDate', rule: 'VALUE-CHECK', message: 'testDate is not a calendar date (YYYY-MM-DD)' } as const);
  return (
    checkValue('alt', alt.value) ??
    checkValue('ast', ast.value) ??
    checkRange('altRange', alt.range) ??
    checkRange('astRange', ast.range) ??
    testDate ??
    (input.previous ? checkPrevious(input.previous) : null)
  );
}

function levelOf(firings: readonly Firing[]): Triage {
  return mostUrgent(firings.map((f) => f.level));
}

/**
 * The clinical assessment of docs/clinical-spec.md, version 4. Pure: the same input (and `today`, which only matters for
 * an earlier result when `testDate` is not given, §8a) always gives the same result.
 */
export function assess(input: AssessmentInput, today: string = todayIso()): AssessmentOutcome {
  const error = validate(input);
  if (error) return { ok: false, error };

  const firings: Firing[] = [fire(input.unit === 'ukat/L' ? 'UNIT-UKAT' : 'UNIT-UL')];
  const notes: Note[] = [];
  if (input.unit === 'ukat/L') notes.push('converted_from_ukat');

  const alt = toUnitsPerLitre(input.alt, input.altRange, input.unit);
  const ast = toUnitsPerLitre(input.ast, input.astRange, input.unit);
  const altUln = upperLimit('alt', alt.range, input.sex, input.locale, input.site ?? null);
  const astUln = upperLimit('ast', ast.range, input.sex, input.locale, input.site ?? null);
  firings.push(...[...new Set([...altUln.rules, ...astUln.rules])].map((rule) => fire(rule)));
  if (altUln.source === 'default') notes.push('alt_range_missing');
  if (astUln.source === 'default') notes.push('ast_range_missing');

  if (input.age !== null && input.age < ADULT_AGE) {
    firings.push(fire('AGE-ADULT'));
    notes.push('child');
  }

  const r = alt.value / altUln.uln;
  const astTimes = ast.value / astUln.uln;
  const band = altBand(alt.value, r);
  firings.push(fire(band.rule));
  const altRaised = r > 1;
  const astRaised = ast.value > astUln.uln;

  const pattern = patternFinding(altRaised, astRaised, ast.value / alt.value, astTimes, input.intenseExerciseDaysBefore);
  firings.push(pattern.firing);
  notes.push(...pattern.notes);

  const meds = medicationFindings(input.medications);
  const symptoms = new Set(input.symptoms);
  const conditions = new Set(input.conditions);
  firings.push(...redFlagFirings({ symptoms, conditions, r, band: band.band, apapOverdoseInMedicines: meds.apapOverdose, apapAmongMedicines: meds.apap }));

  const cond = conditionFindings(conditions, altRaised);
  firings.push(...cond.firings);

  const factors: string[] = [];
  if (input.sleepLoss === true) {
    firings.push(fire('FACTOR-SLEEP'));
    factors.push('sleep');
  }
  const alcoholLimit = weeklyAlcoholLimit({ site: input.site, sex: input.sex, age: input.age, pregnant: conditions.has('pregnancy') });
  const drinking = alcoholIsFactor(input.alcohol, alcoholLimit);
  if (drinking) firings.push(fire('FACTOR-ALCOHOL'));
  const heavy = heavyDrinking(input.alcohol?.drinksPerWeek, conditions);
  if (heavy) {
    firings.push(fire('ALC-HEAVY'));
    notes.push('alcohol_help');
  }
  if (drinking || cond.alcohol || heavy) factors.push('alcohol');
  if (recentHardExercise(input.intenseExerciseDaysBefore)) {
    firings.push(fire('FACTOR-EXERCISE'));
    factors.push('exercise');
  }
  if (meds.hbvAntiviral) {
    // MED-HBV-ANTIVIRAL: no factor and no MED-DILI; the result says to keep taking it and to tell the liver specialist.
    firings.push(fire('MED-HBV-ANTIVIRAL'));
    notes.push('hbv_antiviral');
  }
  if (meds.factors.length > 0) {
    firings.push(fire('FACTOR-MEDICATION'));
    factors.push(...meds.factors);
    const dili = medDiliFiring(r);
    if (dili) {
      firings.push(dili);
      notes.push('medication_possible_cause');
    }
  }
  factors.push(...cond.factors);

  const trend = input.previous
    ? trendFinding(input.previous, { r, testDate: input.testDate ?? today, today, sex: input.sex, locale: input.locale, site: input.site ?? null })
    : null;
  if (trend) firings.push(...trend.firings);

  const triage = levelOf(firings);
  let retest: AssessmentResult['retest'] = null;
  // ALC-HEAVY sets at least `soon`, so it never reaches a retest; `routineRetest` says so where the retest is decided.
  const routineRetest = triage === 'routine' && !heavy;
  if (routineRetest && pattern.pattern === 'isolated_alt') {
    firings.push(fire('RETEST-ROUTINE'));
    retest = { inWeeks: [2, 4] };
  } else if (routineRetest && pattern.retestAfterRest) {
    retest = { inWeeks: [1, 2] };
  }

  const rules = [...new Set(firings.map((f) => f.rule))];
  return {
    ok: true,
    result: {
      triage,
      pattern: pattern.pattern,
      unit: 'U/L',
      alt: { value: alt.value, uln: altUln.uln, timesUln: roundForDisplay(r), band: band.band, ulnSource: altUln.source },
      ast: { value: ast.value, uln: astUln.uln, timesUln: roundForDisplay(astTimes), raised: astRaised, ulnSource: astUln.source },
      multiple: r,
      alcoholLimit,
      factors: [...new Set(factors)],
      medications: meds.medications,
      unrecognisedMedications: meds.unrecognised,
      recognisedBenign: meds.benign,
      redFlags: rules.filter(isRedFlag),
      retest,
      trend: trend ? trend.trend : null,
      notes: [...new Set(notes)],
      rules,
      specVersion: SPEC_VERSION,
    },
  };
}
