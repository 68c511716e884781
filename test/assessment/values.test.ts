import { describe, expect, it } from 'vitest';
import { assess } from '../../src/assessment/assess';
import type { AssessmentInput } from '../../src/assessment/types';
import { baseInput } from './cases';

function result(over: Partial<AssessmentInput>) {
  const outcome = assess(baseInput(over));
  if (!outcome.ok) throw new Error(outcome.error.message);
  return outcome.result;
}

function error(over: Partial<AssessmentInput>) {
  const outcome = assess(baseInput(over));
  if (outcome.ok) throw new Error('expected an error');
  return outcome.error;
}

describe('UNIT-UL and UNIT-UKAT', () => {
  it('takes U/L and IU/L as the same (UNIT-UL)', () => {
    expect(result({ unit: 'IU/L' }).alt).toEqual(result({ unit: 'U/L' }).alt);
    expect(result({ unit: 'IU/L' }).rules).toContain('UNIT-UL');
  });
  it('converts µkat/L and its range together, × 60 (UNIT-UKAT)', () => {
    const r = result({ unit: 'ukat/L', alt: 1.27, ast: 0.45, altRange: [0.1, 0.8], astRange: [0.1, 0.6] });
    expect(r.rules).toContain('UNIT-UKAT');
    expect(r.alt.value).toBeCloseTo(76.2);
    expect(r.alt.uln).toBeCloseTo(48);
    expect(r.ast.uln).toBeCloseTo(36);
    expect(r.alt.band).toBe('borderline');
    expect(r.notes).toContain('converted_from_ukat');
  });
  it('reads a µkat/L value never as U/L: 1.27 µkat/L is raised, not normal', () => {
    expect(result({ unit: 'ukat/L', alt: 1.27, ast: 0.3, altRange: null, astRange: null }).pattern).toBe('isolated_alt');
  });
});

describe('VALUE-CHECK', () => {
  it.each([
    [{ alt: 0 }, 'alt', 'not_positive'],
    [{ alt: -5 }, 'alt', 'not_positive'],
    [{ alt: Number.NaN }, 'alt', 'not_a_number'],
    [{ alt: 50_001 }, 'alt', 'too_high'],
    [{ ast: 0 }, 'ast', 'not_positive'],
    [{ ast: 60_000 }, 'ast', 'too_high'],
    [{ altRange: [40, 7] as const }, 'altRange', 'range_backwards'],
    [{ astRange: [35, 13] as const }, 'astRange', 'range_backwards'],
    [{ altRange: [-1, 40] as const }, 'altRange', 'range_negative'],
    [{ altRange: [0, 9.9] as const }, 'altRange', 'range_suspicious'],
    [{ altRange: [0, 201] as const }, 'altRange', 'range_suspicious'],
    [{ unit: 'ukat/L' as const, altRange: [0.1, 0.1] as const, alt: 1 }, 'altRange', 'range_suspicious'],
  ])('%j is invalid: %s %s', (over, field, reason) => {
    const e = error(over);
    expect(e.field).toBe(field);
    expect(e.error).toBe(reason);
    expect(e.rule).toBe('VALUE-CHECK');
  });

  it.each([[{ alt: 50_000 }], [{ altRange: [0, 10] as const }], [{ altRange: [0, 200] as const }]])('%j is at the limit and accepted', (over) => {
    expect(assess(baseInput(over as Partial<AssessmentInput>)).ok).toBe(true);
  });

  it('rejects an unknown unit', () => {
    const outcome = assess({ ...baseInput(), unit: 'mmol/L' as unknown as 'U/L' });
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(outcome.error.error).toBe('unit_unknown');
  });
});

describe('ULN-LAB, ULN-DEFAULT, ULN-SEX-UNKNOWN', () => {
  it("uses the lab's upper limit when given (ULN-LAB)", () => {
    const r = result({ altRange: [7, 56] });
    expect(r.alt.uln).toBe(56);
    expect(r.alt.ulnSource).toBe('lab');
    expect(r.rules).toContain('ULN-LAB');
    expect(r.rules).not.toContain('ULN-DEFAULT');
  });

  it.each([
    ['en', 'male', 33, 40],
    ['en', 'female', 25, 35],
    ['en', null, 25, 35],
    ['zh-CN', 'male', 50, 40],
    ['zh-CN', 'female', 40, 35],
    ['zh-CN', null, 40, 35],
  ] as const)('locale %s, sex %s: ALT ULN %i, AST ULN %i (ULN-DEFAULT)', (locale, sex, altUln, astUln) => {
    const r = result({ locale, sex, altRange: null, astRange: null });
    expect(r.alt.uln).toBe(altUln);
    expect(r.ast.uln).toBe(astUln);
    expect(r.rules).toContain('ULN-DEFAULT');
    expect(r.notes).toEqual(expect.arrayContaining(['alt_range_missing', 'ast_range_missing']));
    if (sex === null) expect(r.rules).toContain('ULN-SEX-UNKNOWN');
    else expect(r.rules).not.toContain('ULN-SEX-UNKNOWN');
  });

  it('ALT 30 is raised for a woman by the en default (25) and normal for a man (33)', () => {
    expect(result({ alt: 30, altRange: null, sex: 'female' }).pattern).toBe('isolated_alt');
    expect(result({ alt: 30, altRange: null, sex: 'male' }).pattern).toBe('normal');
  });
});

describe('AGE-ADULT', () => {
  it('under 18 sets soon and notes a child', () => {
    const r = result({ age: 17 });
    expect(r.rules).toContain('AGE-ADULT');
    expect(r.triage).toBe('soon');
    expect(r.notes).toContain('child');
  });
  it('18 is an adult', () => {
    expect(result({ age: 18 }).rules).not.toContain('AGE-ADULT');
  });
});
