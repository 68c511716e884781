import { describe, expect, it } from 'vitest';
import { assess } from '../../src/assessment/assess';
import {
  containsParacetamol,
  decideParacetamolOverdose,
  maxMgIn24h,
  type ApapAnswers,
  type ApapContext,
} from '../../src/assessment/paracetamol';
import type { AssessmentInput } from '../../src/assessment/types';
import { baseInput } from './cases';

function result(over: Partial<AssessmentInput>) {
  const outcome = assess(baseInput(over));
  if (!outcome.ok) throw new Error(outcome.error.message);
  return outcome.result;
}

const answers = (over: Partial<ApapAnswers> = {}): ApapAnswers => ({
  maxMgIn24h: null,
  maxTabletsIn24h: null,
  tabletMg: null,
  twoProductsSameDay: 'no',
  overLabelSeveralDays: 'no',
  unsureMaybeMore: false,
  ...over,
});
const adult = (over: Partial<ApapContext> = {}): ApapContext => ({
  age: 40,
  weightKg: 70,
  drinksPerWeek: 0,
  conditions: [],
  medications: [],
  notEatingForDays: false,
  ...over,
});
const decide = (a: Partial<ApapAnswers>, c: Partial<ApapContext> = {}) => decideParacetamolOverdose(answers(a), adult(c));

describe('ASK-APAP: when the question is asked (containsParacetamol)', () => {
  it.each([
    'paracetamol', 'Tylenol Extra Strength', 'panadol 500mg', '泰诺', '必理通', '白加黑', '999感冒灵', 'NyQuil', 'Excedrin',
    // combination products
    'co-codamol 30/500', 'Percocet', 'vicodin', 'Tylenol with codeine', 'Lemsip', 'Beechams', 'DayQuil', 'Theraflu',
    '氨酚伪麻美芬片', '酚麻美敏', '复方氨酚烷胺', '感康', '泰诺林', '散利痛', 'co-dydramol', 'Night Nurse', '维C银翘片',
  ])('%s names a product with acetaminophen', (text) => {
    expect(containsParacetamol(text)).toBe('named');
  });
  it.each([
    'painkillers', 'some pain killers', 'something for my headache', 'cold medicine', 'flu tablets', 'cold and flu sachets',
    'pain relief tablets', '止痛药', '止疼片', '感冒药', '退烧药',
  ])('%s is an unnamed painkiller or cold remedy', (text) => {
    expect(containsParacetamol(text)).toBe('unnamed');
  });
  it.each(['lipitor', 'ibuprofen', 'fish oil', 'nothing', 'I have a cold', '阿托伐他汀', ''])('%s does not ask', (text) => {
    expect(containsParacetamol(text)).toBeNull();
  });
  it('a named product wins over an unnamed remedy in the same answer', () => {
    expect(containsParacetamol('painkillers, mostly panadol')).toBe('named');
  });
  it('combination products map to medication:acetaminophen (FACTOR-MEDICATION) [LiverTox]', () => {
    for (const text of ['Percocet', 'co-codamol', '氨酚伪麻美芬', 'Beechams']) expect(result({ medications: [text] }).factors).toContain('medication:acetaminophen');
  });
  it('unnamed remedies are not lexicon matches', () => {
    const r = result({ medications: ['painkillers', '感冒药'] });
    expect(r.factors).not.toContain('medication:acetaminophen');
  });
});

describe('ASK-APAP: the amount in 24 hours', () => {
  it('mg = tablets × strength, an unknown strength counting as 500 mg; a given mg figure wins', () => {
    expect(maxMgIn24h(answers({ maxTabletsIn24h: 8 }))).toBe(4000);
    expect(maxMgIn24h(answers({ maxTabletsIn24h: 6, tabletMg: 650 }))).toBe(3900);
    expect(maxMgIn24h(answers({ maxMgIn24h: 3000, maxTabletsIn24h: 20 }))).toBe(3000);
    expect(maxMgIn24h(answers())).toBeNull();
  });

  it.each([
    [{ maxMgIn24h: 3999 }, false],
    [{ maxMgIn24h: 4000 }, false],
    [{ maxMgIn24h: 4001 }, true],
    [{ maxTabletsIn24h: 8 }, false],
    [{ maxTabletsIn24h: 9 }, true],
    [{ maxTabletsIn24h: 8, tabletMg: 500 }, false],
    [{ maxTabletsIn24h: 4, tabletMg: 1000 }, false],
    [{ maxTabletsIn24h: 5, tabletMg: 1000 }, true],
  ] as [Partial<ApapAnswers>, boolean][])('adult without a risk factor, %j → overdose %s (more than 4 g)', (a, overdose) => {
    const d = decide(a);
    expect(d.overdose).toBe(overdose);
    expect(d.reasons).toEqual(overdose ? ['over_4g'] : []);
  });

  const risks: [string, Partial<ApapContext>][] = [
    ['weight 49.9 kg', { weightKg: 49.9 }],
    ['35 drinks a week', { drinksPerWeek: 35 }],
    ['heavy_alcohol_history', { conditions: ['heavy_alcohol_history'] }],
    ['alcohol_dependence (cautious reading)', { conditions: ['alcohol_dependence'] }],
    ['known_liver_disease', { conditions: ['known_liver_disease'] }],
    ['not eating for days', { notEatingForDays: true }],
    ['isoniazid typed', { medications: ['isoniazid 300mg'] }],
    ['rifampicin as rifampin', { medications: ['rifampin'] }],
    ['carbamazepine as Tegretol', { medications: ['Tegretol'] }],
    ['phenytoin as a factor id', { medications: ['medication:phenytoin'] }],
    ['phenytoin in Chinese', { medications: ['苯妥英'] }],
  ];
  it.each(risks)('with a risk factor (%s): exactly 3 g is not an overdose, over 3 g is', (_name, ctx) => {
    expect(decide({ maxMgIn24h: 3000 }, ctx).overdose).toBe(false);
    expect(decide({ maxMgIn24h: 3001 }, ctx)).toEqual({ overdose: true, reasons: ['over_3g_risk'] });
    expect(decide({ maxTabletsIn24h: 7 }, ctx).reasons).toEqual(['over_3g_risk']);
    expect(decide({ maxTabletsIn24h: 6 }, ctx).overdose).toBe(false);
  });
  it.each([
    ['weight exactly 50 kg', { weightKg: 50 }],
    ['weight unknown', { weightKg: null }],
    ['34.9 drinks a week', { drinksPerWeek: 34.9 }],
    ['eating unknown', { notEatingForDays: null }],
    ['a medicine that is not an inducer', { medications: ['lipitor', 'medication:ibuprofen'] }],
  ] as [string, Partial<ApapContext>][])('without a risk factor (%s), 3.5 g is not an overdose', (_name, ctx) => {
    expect(decide({ maxMgIn24h: 3500 }, ctx).overdose).toBe(false);
  });
});

describe('ASK-APAP under 18 (cautious reading of "more than the label allows")', () => {
  it.each([
    [17, null, 2000, false],
    [17, null, 2001, true],
    [17, 70, 2001, true],
    [12, 30, 1800, false],
    [12, 30, 1801, true],
    [6, 20, 1200, false],
    [6, 20, 1201, true],
  ] as const)('age %i, weight %s kg, %i mg in 24 h → overdose %s', (age, weightKg, mg, overdose) => {
    const d = decide({ maxMgIn24h: mg }, { age, weightKg });
    expect(d.overdose).toBe(overdose);
    if (overdose) expect(d.reasons).toEqual(['child_over_label']);
  });
  it('at 18 the adult limit applies', () => {
    expect(decide({ maxMgIn24h: 3000 }, { age: 18 }).overdose).toBe(false);
    expect(decide({ maxMgIn24h: 2001 }, { age: 17.9 }).overdose).toBe(true);
  });
  it('an unknown age is read as an adult', () => {
    expect(decide({ maxMgIn24h: 4000 }, { age: null }).overdose).toBe(false);
    expect(decide({ maxMgIn24h: 4001 }, { age: null }).overdose).toBe(true);
  });
});

describe('ASK-APAP: several days, two products, not sure', () => {
  it('more than the label on several days in a row is an overdose at any daily amount', () => {
    expect(decide({ overLabelSeveralDays: 'yes', maxMgIn24h: 3000 })).toEqual({ overdose: true, reasons: ['several_days'] });
    expect(decide({ overLabelSeveralDays: 'no', maxMgIn24h: 3000 }).overdose).toBe(false);
  });
  it('not sure about several days over the label reads as "it may have been more"', () => {
    expect(decide({ overLabelSeveralDays: 'unsure', maxMgIn24h: 2000 }).reasons).toEqual(['maybe_more']);
  });
  it('two products on the same day with a total the person cannot give', () => {
    expect(decide({ twoProductsSameDay: 'yes' })).toEqual({ overdose: true, reasons: ['two_products_unknown_total'] });
    expect(decide({ twoProductsSameDay: 'unsure' }).reasons).toEqual(['two_products_unknown_total']);
    expect(decide({ twoProductsSameDay: 'no' }).overdose).toBe(false);
  });
  it('two products with a known amount under the limit are judged by the amount', () => {
    expect(decide({ twoProductsSameDay: 'yes', maxMgIn24h: 3999 }).overdose).toBe(false);
    expect(decide({ twoProductsSameDay: 'yes', maxTabletsIn24h: 6 }).overdose).toBe(false);
    expect(decide({ twoProductsSameDay: 'yes', maxMgIn24h: 4001 }).reasons).toEqual(['over_4g']);
  });
  it('two products with an amount already at the limit are over it (cautious reading: the second product adds)', () => {
    expect(decide({ twoProductsSameDay: 'yes', maxMgIn24h: 4000 }).reasons).toEqual(['two_products_at_limit']);
    expect(decide({ twoProductsSameDay: 'no', maxMgIn24h: 4000 }).overdose).toBe(false);
  });
  it('"not sure, it may have been more" is an overdose', () => {
    expect(decide({ unsureMaybeMore: true, maxMgIn24h: 1000 })).toEqual({ overdose: true, reasons: ['maybe_more'] });
  });
  it('no answers at all is not an overdose', () => {
    expect(decideParacetamolOverdose(answers({ twoProductsSameDay: null, overLabelSeveralDays: null }), adult())).toEqual({ overdose: false, reasons: [] });
  });
  it('gives every reason that holds', () => {
    const d = decide({ maxMgIn24h: 6000, overLabelSeveralDays: 'yes', unsureMaybeMore: true });
    expect(d.reasons).toEqual(['over_4g', 'several_days', 'maybe_more']);
  });
  it('the decision feeds RF-APAP-OVERDOSE through the condition, at any ALT', () => {
    const d = decide({ maxMgIn24h: 4001 });
    const r = result({ alt: 30, conditions: d.overdose ? ['paracetamol_overdose'] : [] });
    expect(r.triage).toBe('emergency');
    expect(r.rules).toContain('RF-APAP-OVERDOSE');
  });
});

describe('RF-APAP-SEVERE (version 3)', () => {
  // ULN 40: r 15 is ALT 600.
  it.each([
    [599.9, false, 'urgent'],
    [600, true, 'emergency'],
    [600.1, true, 'emergency'],
    [10_001, true, 'emergency'],
  ] as const)('acetaminophen with ALT %d (ULN 40) → fires %s, level %s', (alt, fires, level) => {
    const r = result({ alt, medications: ['paracetamol 500mg twice a day'] });
    expect(r.rules.includes('RF-APAP-SEVERE')).toBe(fires);
    expect(r.redFlags.includes('RF-APAP-SEVERE')).toBe(fires);
    expect(r.triage).toBe(level);
  });
  it('r exactly 15 is band moderate, yet fires (the cautious reading r ≥ 15)', () => {
    const r = result({ alt: 600, medications: ['Tylenol'] });
    expect(r.alt.band).toBe('moderate');
    expect(r.rules).toContain('RF-APAP-SEVERE');
  });
  it.each(['Percocet', '泰诺', 'co-codamol', 'NyQuil'])('fires for %s, a product with acetaminophen', (text) => {
    expect(result({ alt: 700, medications: [text] }).triage).toBe('emergency');
  });
  it('does not fire for another liver-relevant medicine, nor for an unnamed painkiller', () => {
    for (const text of ['atorvastatin', 'painkillers', 'ibuprofen']) {
      const r = result({ alt: 700, medications: [text] });
      expect(r.rules).not.toContain('RF-APAP-SEVERE');
      expect(r.triage).toBe('urgent');
    }
  });
});
