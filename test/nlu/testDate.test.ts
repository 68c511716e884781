import { describe, expect, it } from 'vitest';
import { parseDaysAgo } from '../../src/nlu/daysAgo';
import { parseTestDate } from '../../src/nlu/testDate';

// The date of an earlier blood test in everyday words (issue #26): "early October", "上个月初", a pasted date.
const NOW = new Date(2026, 10, 20, 12); // 20 November 2026, the server's local day

describe('parseTestDate', () => {
  it.each([
    ['2 October', '2026-10-02', false],
    ['ALT 92 on Oct 2', '2026-10-02', false],
    ['2026-10-02', '2026-10-02', false],
    ['6 weeks ago', '2026-10-09', false],
    ['early October', '2026-10-01', true],
    ['mid October', '2026-10-16', true],
    ['last month', '2026-10-01', true],
    ['in December', '2025-12-01', true],
    ['10月2日', '2026-10-02', false],
    ['上个月初', '2026-10-01', true],
    ['上个月中旬', '2026-10-11', true],
    ['上个月底', '2026-10-21', true],
  ])('%s is %s', (text, date, approximate) => {
    expect(parseTestDate(text, NOW)).toMatchObject({ date, approximate });
  });
  it('a month with no year is the last one, never a future one', () => {
    expect(parseTestDate('December', NOW)?.date).toBe('2025-12-01');
    expect(parseTestDate('30 November', NOW)?.date).toBe('2025-11-30');
  });
  it('gives the text without the date, for the value to be read from', () => {
    expect(parseTestDate('ALT 92 (7-40) early October', NOW)?.rest.trim()).toBe('ALT 92 (7-40)');
    expect(parseTestDate('10月2日 谷丙转氨酶 92', NOW)?.rest.trim()).toBe('谷丙转氨酶 92');
  });
  it.each(['no', "I don't know", 'next week', ''])('%j names no past date', (text) => {
    expect(parseTestDate(text, NOW)).toBeNull();
  });
  it('parseDaysAgo still reads through the shared windows', () => {
    expect(parseDaysAgo('last Saturday', NOW)).toBeGreaterThan(0);
    expect(parseDaysAgo('3 days ago', NOW)).toBe(3);
  });
});
