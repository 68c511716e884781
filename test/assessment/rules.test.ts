import { describe, expect, it } from 'vitest';
import { assess } from '../../src/assessment/assess';
import type { AssessmentInput, Condition, Symptom, Triage } from '../../src/assessment/types';
import { baseInput } from './cases';

function result(over: Partial<AssessmentInput>) {
  const outcome = assess(baseInput(over));
  if (!outcome.ok) throw new Error(outcome.error.message);
  return outcome.result;
}

// ULN 40 for ALT and AST: ALT 60 is r 1.5, 100 is 2.5, 120 is 3, 200 is 5.
describe('patterns (section 4)', () => {
  it('PATTERN-ISOLATED-ALT: ALT raised, AST not', () => {
    const r = result({ alt: 68, ast: 25 });
    expect(r.pattern).toBe('isolated_alt');
    expect(r.rules).toContain('PATTERN-ISOLATED-ALT');
    expect(r.ast.raised).toBe(false);
  });
  it('AST exactly at its ULN is not raised', () => {
    expect(result({ ast: 40 }).pattern).toBe('isolated_alt');
    expect(result({ ast: 40.1 }).pattern).toBe('both_raised');
  });
  it('PATTERN-BOTH: both raised sets at least soon', () => {
    const r = result({ alt: 60, ast: 50 });
    expect(r.pattern).toBe('both_raised');
    expect(r.rules).toContain('PATTERN-BOTH');
    expect(r.triage).toBe('soon');
    expect(r.notes).not.toContain('ast_alt_ratio_high');
  });
  it('PATTERN-BOTH with AST/ALT ≥ 2 notes the alcohol-related pattern', () => {
    expect(result({ alt: 45, ast: 90 }).notes).toContain('ast_alt_ratio_high');
    expect(result({ alt: 45, ast: 89.9 }).notes).not.toContain('ast_alt_ratio_high');
  });
  it('PATTERN-AST-ONLY sets soon', () => {
    const r = result({ alt: 30, ast: 60 });
    expect(r.pattern).toBe('ast_only');
    expect(r.rules).toContain('PATTERN-AST-ONLY');
    expect(r.triage).toBe('soon');
    expect(r.retest).toBeNull();
  });
  it('PATTERN-AST-ONLY after hard exercise within 7 days with AST < 3× ULN is routine, with a retest after rest', () => {
    const r = result({ alt: 30, ast: 119.9, intenseExerciseDaysBefore: 7 });
    expect(r.triage).toBe('routine');
    expect(r.notes).toContain('ast_only_after_exercise');
    expect(r.retest).toEqual({ inWeeks: [1, 2] });
  });
  it.each([
    [{ ast: 120, intenseExerciseDaysBefore: 2 }],
    [{ ast: 60, intenseExerciseDaysBefore: 8 }],
    [{ ast: 60, intenseExerciseDaysBefore: null }],
  ])('PATTERN-AST-ONLY exception does not hold for %j', (over) => {
    expect(result({ alt: 30, ...over }).triage).toBe('soon');
  });
  it('PATTERN-NORMAL: both within range, routine, no retest', () => {
    const r = result({ alt: 30, ast: 30 });
    expect(r.pattern).toBe('normal');
    expect(r.rules).toContain('PATTERN-NORMAL');
    expect(r.triage).toBe('routine');
    expect(r.retest).toBeNull();
  });
});

type FlagCase = [string, Partial<AssessmentInput>, string, Triage];
const flags: FlagCase[] = [
  ['confusion', { symptoms: ['confusion'] }, 'RF-CONFUSION', 'emergency'],
  ['vomiting blood', { symptoms: ['vomiting_blood'] }, 'RF-GI-BLEED', 'emergency'],
  ['black stools', { symptoms: ['black_stools'] }, 'RF-GI-BLEED', 'emergency'],
  ['paracetamol overdose condition', { conditions: ['paracetamol_overdose'] }, 'RF-APAP-OVERDOSE', 'emergency'],
  ['overdose said in a medicine answer', { medications: ['I took 20 paracetamol last night'] }, 'RF-APAP-OVERDOSE', 'emergency'],
  ['overdose by mg a day', { medications: ['Tylenol 1000mg 6 times a day'] }, 'RF-APAP-OVERDOSE', 'emergency'],
  ['overdose in Chinese', { medications: ['吃了二十片泰诺'] }, 'RF-APAP-OVERDOSE', 'emergency'],
  ['chest pain at normal ALT', { alt: 30, symptoms: ['chest_pain'] }, 'RF-CHEST-PAIN', 'emergency'],
  ['self harm at normal ALT', { alt: 30, symptoms: ['self_harm'] }, 'RF-SELF-HARM', 'emergency'],
  ['fever with jaundice', { symptoms: ['fever', 'jaundice'] }, 'RF-CHOLANGITIS', 'emergency'],
  ['jaundice at r = 3', { alt: 120, symptoms: ['jaundice'] }, 'RF-JAUNDICE-HIGH', 'emergency'],
  ['bleeding with band moderate', { alt: 200, symptoms: ['bleeding_bruising'] }, 'RF-JAUNDICE-HIGH', 'emergency'],
  ['jaundice at r 1.5', { symptoms: ['jaundice'] }, 'RF-JAUNDICE', 'urgent'],
  ['dark urine', { symptoms: ['dark_urine'] }, 'RF-JAUNDICE', 'urgent'],
  ['pale stools', { symptoms: ['pale_stools'] }, 'RF-JAUNDICE', 'urgent'],
  ['bleeding at band mild', { alt: 100, symptoms: ['bleeding_bruising'] }, 'RF-BLEEDING', 'urgent'],
  ['swollen abdomen', { symptoms: ['swollen_abdomen'] }, 'RF-SWELLING', 'urgent'],
  ['fever with abdominal pain', { symptoms: ['fever', 'abdominal_pain'] }, 'RF-FEVER-PAIN', 'urgent'],
  ['pregnancy with ALT raised', { conditions: ['pregnancy'] }, 'RF-PREGNANCY', 'urgent'],
  ['nausea at r = 3', { alt: 120, symptoms: ['nausea_vomiting'] }, 'SYM-HIGH', 'urgent'],
  ['fatigue at r = 3', { alt: 120, symptoms: ['fatigue'] }, 'SYM-HIGH', 'urgent'],
  ['itching at r 1.5', { symptoms: ['itching'] }, 'SYM-ANY', 'soon'],
  ['abdominal pain at r 1.5', { symptoms: ['abdominal_pain'] }, 'SYM-ANY', 'soon'],
];

describe('red flags and symptoms (section 5)', () => {
  it.each(flags)('%s fires %s at level %s', (_name, over, rule, level) => {
    const r = result(over);
    expect(r.rules).toContain(rule);
    expect(r.triage).toBe(level);
    if (rule.startsWith('RF-')) expect(r.redFlags).toContain(rule);
  });

  it('jaundice just under r 3 is urgent, not emergency (RF-JAUNDICE-HIGH needs r ≥ 3)', () => {
    const r = result({ alt: 119.9, symptoms: ['jaundice'] });
    expect(r.rules).not.toContain('RF-JAUNDICE-HIGH');
    expect(r.triage).toBe('urgent');
  });
  it('fatigue alone with r < 3 sets nothing', () => {
    expect(result({ alt: 119.9, symptoms: ['fatigue'] }).rules).not.toContain('SYM-HIGH');
    const r = result({ alt: 60, symptoms: ['fatigue'] });
    expect(r.rules).not.toContain('SYM-HIGH');
    expect(r.rules).not.toContain('SYM-ANY');
    expect(r.triage).toBe('routine');
  });
  it('SYM-ANY needs ALT above ULN', () => {
    expect(result({ alt: 30, symptoms: ['itching'] }).rules).not.toContain('SYM-ANY');
  });
  it('pregnancy with normal ALT fires nothing', () => {
    expect(result({ alt: 30, conditions: ['pregnancy'] }).rules).not.toContain('RF-PREGNANCY');
  });
  it('a label dose of paracetamol is not an overdose', () => {
    const r = result({ medications: ['paracetamol 500mg twice a day', 'took 2 tylenol'] });
    expect(r.rules).not.toContain('RF-APAP-OVERDOSE');
  });
  it('every red flag together is an emergency and names each rule', () => {
    const symptoms: Symptom[] = ['confusion', 'vomiting_blood', 'chest_pain', 'self_harm', 'fever', 'jaundice', 'dark_urine', 'bleeding_bruising', 'swollen_abdomen', 'abdominal_pain'];
    const r = result({ alt: 400, symptoms, conditions: ['paracetamol_overdose', 'pregnancy'] });
    expect(r.triage).toBe('emergency');
    for (const rule of ['RF-CONFUSION', 'RF-GI-BLEED', 'RF-CHEST-PAIN', 'RF-SELF-HARM', 'RF-CHOLANGITIS', 'RF-JAUNDICE-HIGH', 'RF-JAUNDICE', 'RF-BLEEDING', 'RF-SWELLING', 'RF-FEVER-PAIN', 'RF-PREGNANCY', 'RF-APAP-OVERDOSE', 'SYM-HIGH', 'SYM-ANY']) {
      expect(r.rules).toContain(rule);
    }
  });
});

describe('conditions (section 6)', () => {
  it.each([
    [['hepatitis_b'], 'COND-VIRAL'],
    [['hepatitis_c'], 'COND-VIRAL'],
    [['known_liver_disease'], 'COND-LIVER'],
    [['immunosuppressed'], 'COND-IMMUNO'],
    [['heavy_alcohol_history'], 'COND-ALCOHOL'],
  ] as [Condition[], string][])('%j with ALT raised fires %s and sets soon', (conditions, rule) => {
    const r = result({ conditions });
    expect(r.rules).toContain(rule);
    expect(r.triage).toBe('soon');
  });
  it('COND-ALCOHOL adds the alcohol factor', () => {
    expect(result({ conditions: ['heavy_alcohol_history'] }).factors).toContain('alcohol');
  });
  it('COND-METABOLIC adds factors and no level', () => {
    const r = result({ conditions: ['overweight', 'diabetes'] });
    expect(r.rules).toContain('COND-METABOLIC');
    expect(r.factors).toEqual(expect.arrayContaining(['condition:overweight', 'condition:diabetes']));
    expect(r.triage).toBe('routine');
  });
  it('conditions fire nothing with ALT within range', () => {
    const r = result({ alt: 30, conditions: ['hepatitis_b', 'known_liver_disease', 'immunosuppressed', 'overweight'] });
    expect(r.rules.filter((x) => x.startsWith('COND-'))).toEqual([]);
    expect(r.triage).toBe('routine');
  });
  it('heavy_alcohol_history with ALT within range fires no COND-ALCOHOL, but ALC-HEAVY sets soon (version 3)', () => {
    const r = result({ alt: 30, conditions: ['heavy_alcohol_history'] });
    expect(r.rules).not.toContain('COND-ALCOHOL');
    expect(r.rules).toContain('ALC-HEAVY');
    expect(r.triage).toBe('soon');
  });
});

describe('factors (section 7)', () => {
  it('FACTOR-SLEEP', () => {
    expect(result({ sleepLoss: true }).factors).toContain('sleep');
    expect(result({ sleepLoss: true }).rules).toContain('FACTOR-SLEEP');
    expect(result({ sleepLoss: null }).factors).not.toContain('sleep');
  });
  it.each([
    ['male', 15, true],
    ['male', 14, false],
    ['female', 8, true],
    ['female', 7, false],
    [null, 8, true],
    [null, 7, false],
  ] as const)('FACTOR-ALCOHOL at a US site (NIAAA alone): sex %s, %i drinks a week → %s', (sex, drinksPerWeek, factor) => {
    const r = result({ site: 'US', sex, alcohol: { drinksPerWeek, bingeLastWeek: false } });
    expect(r.factors.includes('alcohol')).toBe(factor);
    expect(r.rules.includes('FACTOR-ALCOHOL')).toBe(factor);
  });
  it('FACTOR-ALCOHOL: a binge last week counts on its own', () => {
    expect(result({ alcohol: { drinksPerWeek: null, bingeLastWeek: true } }).factors).toContain('alcohol');
  });
  it.each([
    [0, true],
    [7, true],
    [8, false],
    [null, false],
  ] as const)('FACTOR-EXERCISE: %s days before → %s', (days, factor) => {
    expect(result({ intenseExerciseDaysBefore: days }).factors.includes('exercise')).toBe(factor);
  });
  it('FACTOR-MEDICATION: matched medicines become factors; benign and unknown ones do not', () => {
    const r = result({ medications: ['lipiter', 'fish oil', 'zyrtec'] });
    expect(r.factors).toContain('medication:atorvastatin');
    expect(r.recognisedBenign).toEqual(['fish_oil']);
    expect(r.unrecognisedMedications).toEqual(['zyrtec']);
    expect(r.rules).toContain('FACTOR-MEDICATION');
  });
  it('every factor combined', () => {
    const r = result({
      sleepLoss: true,
      alcohol: { drinksPerWeek: 20, bingeLastWeek: true },
      intenseExerciseDaysBefore: 1,
      medications: ['acetominophen 500mg', 'lipiter', '泰诺'],
      conditions: ['overweight', 'diabetes'],
    });
    expect(r.factors).toEqual(['sleep', 'alcohol', 'exercise', 'medication:acetaminophen', 'medication:atorvastatin', 'condition:overweight', 'condition:diabetes']);
    expect(r.triage).toBe('routine');
  });
});

describe('MED-DILI', () => {
  it.each([
    [120, 'urgent'],
    [100, 'soon'],
    [60, 'routine'],
  ] as const)('a liver-relevant medicine at ALT %i sets %s', (alt, level) => {
    const r = result({ alt, medications: ['atorvastatin 20mg'] });
    expect(r.rules).toContain('MED-DILI');
    expect(r.triage).toBe(level);
  });
  it('does not fire with ALT within range', () => {
    expect(result({ alt: 30, medications: ['atorvastatin'] }).rules).not.toContain('MED-DILI');
  });
  it('does not fire for a benign medicine', () => {
    const r = result({ alt: 130, medications: ['metformin'] });
    expect(r.rules).not.toContain('MED-DILI');
    expect(r.triage).toBe('soon');
  });
});

describe('RETEST-ROUTINE (section 8)', () => {
  it('routine isolated ALT: retest in 2 to 4 weeks', () => {
    const r = result({});
    expect(r.retest).toEqual({ inWeeks: [2, 4] });
    expect(r.rules).toContain('RETEST-ROUTINE');
  });
  it('any other level leaves the retest to the doctor', () => {
    const r = result({ alt: 100 });
    expect(r.retest).toBeNull();
    expect(r.rules).not.toContain('RETEST-ROUTINE');
  });
});

describe('the contract example', () => {
  it('gives the result in assessment-contract.md', () => {
    const outcome = assess({
      locale: 'en', sex: 'male', age: 34, alt: 68, ast: 25, unit: 'U/L', altRange: [7, 40], astRange: [13, 35], sleepLoss: true,
      alcohol: { drinksPerWeek: 10, bingeLastWeek: true }, intenseExerciseDaysBefore: 2,
      medications: ['acetominophen 500mg', 'lipiter', '泰诺'], symptoms: ['fatigue'], conditions: ['overweight'],
    });
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    const r = outcome.result;
    expect(r).toMatchObject({
      triage: 'routine', pattern: 'isolated_alt',
      alt: { value: 68, uln: 40, timesUln: 1.7, band: 'borderline' },
      ast: { value: 25, uln: 35, timesUln: 0.71, raised: false },
      factors: ['sleep', 'alcohol', 'exercise', 'medication:acetaminophen', 'medication:atorvastatin', 'condition:overweight'],
      unrecognisedMedications: [], recognisedBenign: [], redFlags: [], retest: { inWeeks: [2, 4] }, specVersion: '4',
    });
    expect(r.rules).toEqual(expect.arrayContaining(['ULN-LAB', 'BAND-BORDERLINE', 'FACTOR-SLEEP']));
  });
});
