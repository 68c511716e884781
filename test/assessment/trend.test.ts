import { describe, expect, it } from 'vitest';
import { assess } from '../../src/assessment/assess';
import { parseAssessmentInput } from '../../src/assessment/inputSchema';
import { monthsBefore } from '../../src/assessment/trend';
import type { AssessmentInput, AssessmentResult, PreviousInput } from '../../src/assessment/types';
import { baseInput } from './cases';

// Clinical spec §8a (version 4): TREND-NORMAL-NOW, TREND-PERSISTENT, TREND-RISING. The base case has ALT's lab limit 40
// (ALT 60 is r 1.5), a male adult, nothing else of note; the current test is dated TEST_DATE unless a row says otherwise.
const TEST_DATE = '2026-11-20';

function result(over: Partial<AssessmentInput>, today = TEST_DATE): AssessmentResult {
  const out = assess(baseInput({ testDate: TEST_DATE, ...over }), today);
  if (!out.ok) throw new Error(out.error.message);
  return out.result;
}

const prev = (alt: number, date: string | null, over: Partial<PreviousInput> = {}): PreviousInput => ({
  alt,
  altRange: [0, 40],
  unit: 'U/L',
  date,
  ...over,
});

const TREND_RULES = ['TREND-NORMAL-NOW', 'TREND-PERSISTENT', 'TREND-RISING'];

interface Row {
  name: string;
  alt: number;
  previous: PreviousInput;
  change: 'rising' | 'persistent' | 'normal_now' | null;
  rules: string[];
  triage: string;
}

describe('§8a: which TREND rule fires, at the boundaries', () => {
  const rows: Row[] = [
    // The example: 2.3 times the limit on 2 October, 1.6 times now, seven weeks apart.
    { name: 'raised twice, 7 weeks apart: TREND-PERSISTENT', alt: 64, previous: prev(92, '2026-10-02'), change: 'persistent', rules: ['TREND-PERSISTENT'], triage: 'soon' },
    // Two weeks apart: exactly 14 days is enough, 13 is not.
    { name: 'raised twice, exactly 14 days apart', alt: 60, previous: prev(60, '2026-11-06'), change: 'persistent', rules: ['TREND-PERSISTENT'], triage: 'soon' },
    { name: 'raised twice, 13 days apart: nothing', alt: 60, previous: prev(60, '2026-11-07'), change: null, rules: [], triage: 'routine' },
    { name: 'raised twice, same day: nothing', alt: 60, previous: prev(60, TEST_DATE), change: null, rules: [], triage: 'routine' },
    // 1.5×: r_prev 1.2 (ALT 48), so 1.8 (ALT 72) is rising and 1.7975 (ALT 71.9) is not. 13 days apart keeps PERSISTENT out.
    { name: 'exactly 1.5 times the earlier multiple: TREND-RISING', alt: 72, previous: prev(48, '2026-11-07'), change: 'rising', rules: ['TREND-RISING'], triage: 'soon' },
    { name: 'just under 1.5 times: nothing', alt: 71.9, previous: prev(48, '2026-11-07'), change: null, rules: [], triage: 'routine' },
    { name: 'rising and persistent both fire: the change is "rising"', alt: 80, previous: prev(48, '2026-10-01'), change: 'rising', rules: ['TREND-PERSISTENT', 'TREND-RISING'], triage: 'soon' },
    // r > 1 is needed now; the earlier one need not be raised for TREND-RISING (the spec names no such condition).
    { name: 'normal before, raised now at ≥ 1.5×: TREND-RISING', alt: 44, previous: prev(20, '2026-11-10'), change: 'rising', rules: ['TREND-RISING'], triage: 'soon' },
    { name: 'normal before, exactly at the limit now (r = 1): nothing', alt: 40, previous: prev(20, '2026-11-10'), change: null, rules: [], triage: 'routine' },
    // TREND-NORMAL-NOW: r ≤ 1 now, raised before. Sets nothing; r = 1 counts as in range.
    { name: 'raised before, at the limit now: TREND-NORMAL-NOW', alt: 40, previous: prev(92, '2026-10-02'), change: 'normal_now', rules: ['TREND-NORMAL-NOW'], triage: 'routine' },
    { name: 'raised before, well in range now: TREND-NORMAL-NOW', alt: 22, previous: prev(41, '2026-11-19'), change: 'normal_now', rules: ['TREND-NORMAL-NOW'], triage: 'routine' },
    { name: 'exactly at the limit before (r_prev = 1) is not raised', alt: 56, previous: prev(40, '2026-10-02'), change: null, rules: [], triage: 'routine' },
    // A higher level stays: the trend only sets a floor of `soon`.
    { name: 'rising into BAND-MODERATE keeps urgent', alt: 250, previous: prev(92, '2026-10-02'), change: 'rising', rules: ['TREND-PERSISTENT', 'TREND-RISING'], triage: 'urgent' },
    // Units and ranges that differ between the tests: each value is read against its own limit, in U/L.
    { name: 'earlier in µkat/L with its own range (1.5 of 0.6 = 2.5×)', alt: 60, previous: prev(1.5, '2026-10-02', { unit: 'ukat/L', altRange: [0.1, 0.6] }), change: 'persistent', rules: ['TREND-PERSISTENT'], triage: 'soon' },
    { name: 'earlier in µkat/L with no range: converted, then the default limit (33 for men)', alt: 60, previous: prev(1.5, '2026-10-02', { unit: 'ukat/L', altRange: null }), change: 'persistent', rules: ['TREND-PERSISTENT'], triage: 'soon' },
    { name: 'earlier ALT 50 against a wider range (limit 56) was in range', alt: 45, previous: prev(50, '2026-10-02', { altRange: [0, 56] }), change: null, rules: [], triage: 'routine' },
    { name: 'earlier IU/L with no range, sex known: the default limit', alt: 60, previous: prev(34, '2026-10-02', { unit: 'IU/L', altRange: null }), change: 'persistent', rules: ['TREND-PERSISTENT'], triage: 'soon' },
  ];
  for (const row of rows) {
    it(row.name, () => {
      const r = result({ alt: row.alt, previous: row.previous });
      expect(r.trend?.change).toBe(row.change);
      expect(r.rules.filter((id) => TREND_RULES.includes(id)).sort()).toEqual([...row.rules].sort());
      expect(r.triage).toBe(row.triage);
      // TREND-PERSISTENT: no RETEST-ROUTINE; a trend that sets nothing leaves the retest as it was.
      if (row.rules.includes('TREND-PERSISTENT')) expect(r.rules).not.toContain('RETEST-ROUTINE');
      if (row.triage === 'routine' && row.alt > 40) expect(r.rules).toContain('RETEST-ROUTINE');
    });
  }

  it('each value is read against its own unit and limit (previousAlt and previousUln in U/L)', () => {
    const ukat = result({ previous: prev(1.5, '2026-10-02', { unit: 'ukat/L', altRange: [0.1, 0.6] }) }).trend;
    expect(ukat).toMatchObject({ previousAlt: 90, previousUln: 36, previousTimesUln: 2.5, previousUlnSource: 'lab' });
    const noRange = result({ previous: prev(1.5, '2026-10-02', { unit: 'ukat/L', altRange: null }) }).trend;
    expect(noRange).toMatchObject({ previousAlt: 90, previousUln: 33, previousTimesUln: 2.73, previousUlnSource: 'default' });
    // ULN-DEFAULT for the earlier value follows sex and site like the current one: a woman's default limit is 25.
    const woman = result({ sex: 'female', previous: prev(40, '2026-10-02', { altRange: null }) }).trend;
    expect(woman).toMatchObject({ previousUln: 25, previousTimesUln: 1.6, change: 'persistent' });
    const cn = result({ site: 'CN', alt: 45, previous: prev(45, '2026-10-02', { altRange: null }) }).trend;
    expect(cn).toMatchObject({ previousUln: 50, change: null });
  });
});

describe('§8a: an earlier value with no date, a future date or more than 12 months old sets nothing', () => {
  const cases: { name: string; date: string | null; testDate?: string | null; today?: string; unused: string | null }[] = [
    { name: 'no date', date: null, unused: 'no_date' },
    { name: 'one day after the current test', date: '2026-11-21', unused: 'future' },
    { name: 'after today, the current test undated (today is the test date)', date: '2026-11-25', testDate: null, today: '2026-11-20', unused: 'future' },
    { name: 'after today though before a current test dated later', date: '2026-11-25', testDate: '2026-12-20', today: '2026-11-20', unused: 'future' },
    { name: 'exactly 12 months before', date: '2025-11-20', unused: null },
    { name: '12 months and a day before', date: '2025-11-19', unused: 'over_12_months' },
    { name: 'two years before', date: '2024-10-01', unused: 'over_12_months' },
  ];
  for (const c of cases) {
    it(`${c.name}: ${c.unused ?? 'used'}`, () => {
      const testDate = c.testDate === undefined ? TEST_DATE : c.testDate;
      const r = result({ alt: 64, testDate, previous: prev(92, c.date) }, c.today ?? TEST_DATE);
      expect(r.trend).not.toBeNull();
      expect(r.trend?.unused).toBe(c.unused);
      // Still shown to the doctor: the earlier multiple is given either way.
      expect(r.trend?.previousTimesUln).toBe(2.3);
      if (c.unused === null) {
        expect(r.trend?.change).toBe('persistent');
        expect(r.rules).toContain('TREND-PERSISTENT');
      } else {
        expect(r.trend?.change).toBeNull();
        expect(r.trend?.daysApart).toBeNull();
        expect(r.rules.filter((id) => id.startsWith('TREND-'))).toEqual([]);
        expect(r.triage).toBe('routine');
        expect(r.rules).toContain('RETEST-ROUTINE');
      }
    });
  }
  it('12 months back from 29 February is 28 February', () => {
    expect(monthsBefore('2028-02-29', 12)).toBe('2027-02-28');
    expect(monthsBefore('2026-03-31', 1)).toBe('2026-02-28');
    expect(result({ testDate: '2028-02-29', alt: 64, previous: prev(92, '2027-02-28') }, '2028-03-01').trend?.unused).toBeNull();
    expect(result({ testDate: '2028-02-29', alt: 64, previous: prev(92, '2027-02-27') }, '2028-03-01').trend?.unused).toBe('over_12_months');
  });
  it('without testDate, today is the test date: 14 days before today persists, 13 does not', () => {
    expect(result({ testDate: null, previous: prev(60, '2026-11-06') }, '2026-11-20').trend?.change).toBe('persistent');
    expect(result({ testDate: null, previous: prev(60, '2026-11-07') }, '2026-11-20').trend?.change).toBeNull();
  });
});

describe('the contract shape of `trend`', () => {
  it('is null without `previous`', () => {
    expect(result({}).trend).toBeNull();
    expect(result({ previous: null }).trend).toBeNull();
  });
  it('carries previousTimesUln and change, with the days between the tests', () => {
    expect(result({ alt: 64, previous: prev(92, '2026-10-02') }).trend).toEqual({
      previousTimesUln: 2.3,
      change: 'persistent',
      previousAlt: 92,
      previousUln: 40,
      previousUlnSource: 'lab',
      previousDate: '2026-10-02',
      daysApart: 49,
      unused: null,
    });
  });
});

describe('VALUE-CHECK and the zod schema for `previous` and `testDate`', () => {
  const invalid: { name: string; over: Partial<AssessmentInput>; error: string; field: string }[] = [
    { name: 'a negative earlier ALT', over: { previous: prev(-5, '2026-10-02') }, error: 'not_positive', field: 'previous' },
    { name: 'an earlier range backwards', over: { previous: prev(60, '2026-10-02', { altRange: [40, 7] }) }, error: 'range_backwards', field: 'previous' },
    { name: 'an earlier range in another unit than said', over: { previous: prev(1.5, '2026-10-02', { altRange: [0.1, 0.6] }) }, error: 'range_suspicious', field: 'previous' },
    { name: 'an earlier date that is no day (30 February)', over: { previous: prev(60, '2026-02-30') }, error: 'not_a_date', field: 'previous' },
    { name: 'a test date that is no day', over: { testDate: '2026-13-01' }, error: 'not_a_date', field: 'testDate' },
  ];
  for (const c of invalid) {
    it(`${c.name} is an error, not a result`, () => {
      const out = assess(baseInput({ testDate: TEST_DATE, ...c.over }), TEST_DATE);
      expect(out.ok).toBe(false);
      if (!out.ok) expect(out.error).toMatchObject({ error: c.error, field: c.field, rule: 'VALUE-CHECK' });
    });
  }
  it('the schema fills defaults (unit U/L, no range, no date) and keeps a date', () => {
    const parsed = parseAssessmentInput({ alt: 64, ast: 20, previous: { alt: 92, date: '2026-10-02' }, testDate: TEST_DATE });
    expect(parsed.ok).toBe(true);
    if (parsed.ok) {
      expect(parsed.input.previous).toEqual({ alt: 92, altRange: null, unit: 'U/L', date: '2026-10-02' });
      expect(parsed.input.testDate).toBe(TEST_DATE);
    }
    const none = parseAssessmentInput({ alt: 64, ast: 20 });
    expect(none.ok && none.input.previous).toBeNull();
  });
  it.each([
    [{ previous: { alt: 92, date: '2 October' } }, 'previous.date'],
    [{ previous: { alt: '92' } }, 'previous.alt'],
    [{ previous: { alt: 92, ast: 30 } }, 'previous'],
    [{ previous: { alt: 92, unit: 'mmol/L' } }, 'previous.unit'],
    [{ testDate: '20/11/2026' }, 'testDate'],
  ])('the schema refuses %j (%s)', (over, where) => {
    const parsed = parseAssessmentInput({ alt: 64, ast: 20, ...over });
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.message.startsWith(where)).toBe(true);
  });
});
