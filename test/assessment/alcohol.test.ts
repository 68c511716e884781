import { describe, expect, it } from 'vitest';
import { assess } from '../../src/assessment/assess';
import { weeklyAlcoholLimit } from '../../src/assessment/sites';
import type { AssessmentInput, Sex } from '../../src/assessment/types';
import { baseInput } from './cases';

function result(over: Partial<AssessmentInput>) {
  const outcome = assess(baseInput(over));
  if (!outcome.ok) throw new Error(outcome.error.message);
  return outcome.result;
}

const drinks = (drinksPerWeek: number | null, bingeLastWeek: boolean | null = false) => ({ alcohol: { drinksPerWeek, bingeLastWeek } });

/** FACTOR-ALCOHOL's limit (version 3): the lower of NIAAA by sex and age and the site's guideline; no site 7. */
type LimitCase = [site: string | null, sex: Sex, age: number | null, limit: number];
const limits: LimitCase[] = [
  // NIAAA alone (US, CA): men 14, women 7, sex unknown 7; 65 or older 7.
  ['US', 'male', 40, 14], ['US', 'female', 40, 7], ['US', null, 40, 7], ['US', 'male', 64, 14], ['US', 'male', 65, 7], ['US', 'male', null, 14],
  ['CA', 'male', 40, 14], ['CA', 'female', 40, 7], ['CA', 'male', 65, 7],
  // GB 8 [UKCMO]: men min(14, 8), women min(7, 8).
  ['GB', 'male', 40, 8], ['GB', 'female', 40, 7], ['GB', null, 40, 7], ['GB', 'male', 70, 7],
  // IE men 12, women 7.8 [HSE]; sex unknown the women's.
  ['IE', 'male', 40, 12], ['IE', 'female', 40, 7], ['IE', null, 40, 7], ['IE', 'male', 65, 7],
  // AU 7.1 [NHMRC].
  ['AU', 'male', 40, 7.1], ['AU', 'female', 40, 7], ['AU', null, 40, 7],
  // NZ men 10.7, women 7.1 [NZ].
  ['NZ', 'male', 40, 10.7], ['NZ', 'female', 40, 7], ['NZ', null, 40, 7], ['NZ', 'male', 65, 7],
  // CN 7.5 [CDG].
  ['CN', 'male', 40, 7.5], ['CN', 'female', 40, 7], ['CN', null, 40, 7],
  // No site: 7 for everyone; a site not in the table is read as no site (the cautious reading).
  [null, 'male', 40, 7], [null, 'female', 40, 7], ['SG', 'male', 40, 7], ['IN', 'male', 40, 7],
  // Case does not matter.
  ['gb', 'male', 40, 8], ['ie', 'male', 40, 12],
  // Under 18: any drinking counts.
  ['US', 'male', 17, 0], ['GB', 'female', 17, 0], [null, null, 12, 0], ['US', 'male', 18, 14],
];

describe('FACTOR-ALCOHOL limits by site, sex and age (version 3)', () => {
  it.each(limits)('site %s, sex %s, age %s: limit %s US drinks a week', (site, sex, age, limit) => {
    expect(weeklyAlcoholLimit({ site, sex, age, pregnant: false })).toBe(limit);
    expect(result({ site, sex, age, ...drinks(0) }).alcoholLimit).toBe(limit);
  });

  it.each(limits.filter(([, , , limit]) => limit > 0))('site %s, sex %s, age %s: exactly at %s is not the factor, 0.1 over is', (site, sex, age, limit) => {
    const at = result({ site, sex, age, ...drinks(limit) });
    expect(at.factors).not.toContain('alcohol');
    expect(at.rules).not.toContain('FACTOR-ALCOHOL');
    expect(result({ site, sex, age, ...drinks(limit - 0.1) }).factors).not.toContain('alcohol');
    const over = result({ site, sex, age, ...drinks(limit + 0.1) });
    expect(over.factors).toContain('alcohol');
    expect(over.rules).toContain('FACTOR-ALCOHOL');
  });

  it.each([['US', 'male', 17], ['GB', 'female', 16], [null, null, 15]] as const)('under 18 (site %s, sex %s, age %i): any drinking is the factor, none is not', (site, sex, age) => {
    expect(result({ site, sex, age, ...drinks(0.1) }).rules).toContain('FACTOR-ALCOHOL');
    expect(result({ site, sex, age, ...drinks(0) }).rules).not.toContain('FACTOR-ALCOHOL');
  });

  it.each(['US', 'GB', 'IE', 'CN', null])('in pregnancy at site %s any drinking is the factor (limit 0)', (site) => {
    const pregnant = result({ site, sex: 'female', conditions: ['pregnancy'], ...drinks(0.5) });
    expect(pregnant.alcoholLimit).toBe(0);
    expect(pregnant.rules).toContain('FACTOR-ALCOHOL');
    expect(result({ site, sex: 'female', conditions: ['pregnancy'], ...drinks(0) }).rules).not.toContain('FACTOR-ALCOHOL');
    expect(result({ site, sex: 'female', ...drinks(0.5) }).rules).not.toContain('FACTOR-ALCOHOL');
  });

  it('a binge last week is the factor at any site, whatever the weekly amount', () => {
    for (const site of ['US', 'GB', 'CN', null]) expect(result({ site, ...drinks(0, true) }).rules).toContain('FACTOR-ALCOHOL');
  });
});

describe('ALC-HEAVY (version 3)', () => {
  it.each([
    ['34.9 drinks a week', { ...drinks(34.9) }, false],
    ['exactly 35 drinks a week', { ...drinks(35) }, true],
    ['35.1 drinks a week', { ...drinks(35.1) }, true],
    ['heavy_alcohol_history', { conditions: ['heavy_alcohol_history'] }, true],
    ['alcohol_dependence', { conditions: ['alcohol_dependence'] }, true],
    ['no drinking answer', { alcohol: null }, false],
  ] as [string, Partial<AssessmentInput>, boolean][])('%s → fires: %s', (_name, over, fires) => {
    const r = result({ site: 'US', ...over });
    expect(r.rules.includes('ALC-HEAVY')).toBe(fires);
    expect(r.notes.includes('alcohol_help')).toBe(fires);
    if (fires) {
      expect(r.factors).toContain('alcohol');
      expect(r.retest).toBeNull();
      expect(r.rules).not.toContain('RETEST-ROUTINE');
    }
  });

  it.each([
    ['normal ALT', 30, 'soon'],
    ['borderline ALT', 60, 'soon'],
    ['mild ALT', 100, 'soon'],
    ['moderate ALT', 200, 'urgent'],
  ] as const)('sets at least soon with %s (ALT %i → %s)', (_name, alt, level) => {
    for (const over of [drinks(40), { conditions: ['alcohol_dependence' as const] }]) {
      const r = result({ alt, ...over });
      expect(r.triage).toBe(level);
      expect(r.rules).toContain('ALC-HEAVY');
    }
  });

  it('without it, the same case at normal and borderline ALT is routine (the rule is what raises it)', () => {
    expect(result({ alt: 30, ...drinks(34.9) }).triage).toBe('routine');
    const borderline = result({ alt: 60, ...drinks(34.9) });
    expect(borderline.triage).toBe('routine');
    expect(borderline.retest).toEqual({ inWeeks: [2, 4] });
  });

  it('an AST-only rise after exercise, routine on its own, gets no retest with ALC-HEAVY', () => {
    const r = result({ alt: 30, ast: 60, intenseExerciseDaysBefore: 2, conditions: ['alcohol_dependence'] });
    expect(r.triage).toBe('soon');
    expect(r.retest).toBeNull();
  });

  it('the alcohol factor is named once when FACTOR-ALCOHOL, COND-ALCOHOL and ALC-HEAVY all fire', () => {
    const r = result({ ...drinks(50, true), conditions: ['heavy_alcohol_history'] });
    expect(r.rules).toEqual(expect.arrayContaining(['FACTOR-ALCOHOL', 'COND-ALCOHOL', 'ALC-HEAVY']));
    expect(r.factors.filter((f) => f === 'alcohol')).toHaveLength(1);
  });
});

describe('result.multiple and alcoholLimit', () => {
  it('multiple is ALT/ULN unrounded, timesUln rounded for display', () => {
    const r = result({ alt: 100, altRange: [0, 30] });
    expect(r.multiple).toBeCloseTo(100 / 30, 12);
    expect(r.alt.timesUln).toBe(3.33);
  });
});
