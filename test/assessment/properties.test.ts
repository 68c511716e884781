import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assess } from '../../src/assessment/assess';
import { CONDITIONS, SYMPTOMS, TRIAGE_LEVELS, type AssessmentInput, type Symptom } from '../../src/assessment/types';

const RED_FLAG_SYMPTOMS: Symptom[] = ['confusion', 'vomiting_blood', 'black_stools', 'chest_pain', 'self_harm', 'jaundice', 'dark_urine', 'pale_stools', 'bleeding_bruising', 'swollen_abdomen'];

const range = fc.option(
  fc.tuple(fc.double({ min: 0, max: 100, noNaN: true }), fc.double({ min: 0, max: 300, noNaN: true })).map(([a, b]) => [Math.min(a, b), Math.max(a, b)] as const),
  { nil: null },
);

/** Inputs of the contract's shape, valid or not: the engine must answer every one without throwing. */
const SITES = ['US', 'CA', 'GB', 'IE', 'AU', 'NZ', 'CN', 'gb', 'SG', 'IN'];

const input: fc.Arbitrary<AssessmentInput> = fc.record({
  locale: fc.constantFrom('en' as const, 'zh-CN' as const),
  site: fc.option(fc.constantFrom(...SITES), { nil: null }),
  sex: fc.constantFrom('male' as const, 'female' as const, null),
  age: fc.option(fc.integer({ min: 0, max: 110 }), { nil: null }),
  alt: fc.double({ min: -10, max: 60_000, noNaN: false }),
  ast: fc.double({ min: 0.1, max: 5_000, noNaN: true }),
  unit: fc.constantFrom('U/L' as const, 'IU/L' as const, 'ukat/L' as const),
  altRange: range,
  astRange: range,
  sleepLoss: fc.option(fc.boolean(), { nil: null }),
  alcohol: fc.option(fc.record({ drinksPerWeek: fc.option(fc.double({ min: 0, max: 100, noNaN: true }), { nil: null }), bingeLastWeek: fc.option(fc.boolean(), { nil: null }) }), { nil: null }),
  intenseExerciseDaysBefore: fc.option(fc.integer({ min: 0, max: 30 }), { nil: null }),
  medications: fc.array(fc.oneof(fc.string(), fc.constantFrom('lipitor', '泰诺', 'fish oil', 'paracetamol 500mg twice a day', 'took 20 paracetamol', 'Percocet', 'painkillers', '感冒药')), { maxLength: 4 }),
  symptoms: fc.uniqueArray(fc.constantFrom(...SYMPTOMS), { maxLength: 5 }),
  conditions: fc.uniqueArray(fc.constantFrom(...CONDITIONS), { maxLength: 4 }),
});

/** Valid inputs in U/L with a plausible range, for the ordering properties. */
const valid = input.map((i) => ({ ...i, unit: 'U/L' as const, alt: Number.isFinite(i.alt) ? (Math.abs(i.alt) % 40_000) + 1 : 50, altRange: [0, 40] as const, astRange: [0, 35] as const }));

const rank = (level: string): number => TRIAGE_LEVELS.indexOf(level as (typeof TRIAGE_LEVELS)[number]);

function resultOf(i: AssessmentInput) {
  const outcome = assess(i);
  if (!outcome.ok) throw new Error(outcome.error.message);
  return outcome.result;
}

function level(i: AssessmentInput): number {
  return rank(resultOf(i).triage);
}

describe('assessment properties (fast-check)', () => {
  it('never throws on input of the right shape', () => {
    fc.assert(fc.property(input, (i) => {
      const outcome = assess(i);
      expect(typeof outcome.ok).toBe('boolean');
    }), { numRuns: 500 });
  });

  it('raising ALT never lowers the level', () => {
    fc.assert(fc.property(valid, fc.double({ min: 0, max: 20_000, noNaN: true }), (i, extra) => {
      const higher = { ...i, alt: Math.min(i.alt + extra, 50_000) };
      expect(level(higher)).toBeGreaterThanOrEqual(level(i));
    }), { numRuns: 500 });
  });

  it('adding a red flag never lowers the level', () => {
    fc.assert(fc.property(valid, fc.constantFrom(...RED_FLAG_SYMPTOMS), (i, flag) => {
      const flagged = { ...i, symptoms: [...new Set([...i.symptoms, flag])] };
      expect(level(flagged)).toBeGreaterThanOrEqual(level(i));
      expect(level(flagged)).toBeGreaterThanOrEqual(rank('urgent'));
    }), { numRuns: 300 });
  });

  it('the same input always gives the same result', () => {
    fc.assert(fc.property(input, (i) => {
      expect(assess(i)).toEqual(assess(structuredClone(i)));
    }), { numRuns: 200 });
  });

  it('adding alcohol_dependence or heavy_alcohol_history never lowers the level, and ALC-HEAVY gives at least soon with no retest', () => {
    fc.assert(fc.property(valid, fc.constantFrom('alcohol_dependence' as const, 'heavy_alcohol_history' as const), (i, condition) => {
      const heavy = { ...i, conditions: [...new Set([...i.conditions, condition])] };
      expect(level(heavy)).toBeGreaterThanOrEqual(level(i));
      expect(level(heavy)).toBeGreaterThanOrEqual(rank('soon'));
      const r = resultOf(heavy);
      expect(r.rules).toContain('ALC-HEAVY');
      expect(r.retest).toBeNull();
      expect(r.notes).toContain('alcohol_help');
    }), { numRuns: 300 });
  });

  it('drinking more never lowers the level', () => {
    fc.assert(fc.property(valid, fc.double({ min: 0, max: 40, noNaN: true }), fc.double({ min: 0, max: 60, noNaN: true }), (i, drinks, extra) => {
      const less = { ...i, alcohol: { drinksPerWeek: drinks, bingeLastWeek: i.alcohol?.bingeLastWeek ?? null } };
      const more = { ...less, alcohol: { ...less.alcohol, drinksPerWeek: drinks + extra } };
      expect(level(more)).toBeGreaterThanOrEqual(level(less));
    }), { numRuns: 300 });
  });

  it('the site sets the alcohol limit, never the level, and the limit is never above NIAAA\'s for the person', () => {
    fc.assert(fc.property(valid, fc.option(fc.constantFrom(...SITES), { nil: null }), (i, site) => {
      const there = resultOf({ ...i, site });
      expect(there.triage).toBe(resultOf(i).triage);
      const niaaa = i.age !== null && i.age >= 65 ? 7 : i.sex === 'male' ? 14 : 7;
      expect(there.alcoholLimit).toBeLessThanOrEqual(niaaa);
      if (site === null) expect(there.alcoholLimit).toBeLessThanOrEqual(7);
    }), { numRuns: 300 });
  });
});
