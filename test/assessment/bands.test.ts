import { describe, expect, it } from 'vitest';
import { assess } from '../../src/assessment/assess';
import type { Band, Triage } from '../../src/assessment/types';
import { baseInput } from './cases';

function run(alt: number) {
  const outcome = assess(baseInput({ alt }));
  if (!outcome.ok) throw new Error(outcome.error.message);
  return outcome.result;
}

// ULN 40 U/L throughout: r = ALT / 40. Each boundary exactly, just under and just over it (spec section 3).
const table: [number, Band, string, Triage][] = [
  [39.9, 'normal', 'BAND-NORMAL', 'routine'],
  [40, 'normal', 'BAND-NORMAL', 'routine'],
  [40.1, 'borderline', 'BAND-BORDERLINE', 'routine'],
  [79.9, 'borderline', 'BAND-BORDERLINE', 'routine'],
  [80, 'mild', 'BAND-MILD', 'soon'],
  [80.1, 'mild', 'BAND-MILD', 'soon'],
  [199.9, 'mild', 'BAND-MILD', 'soon'],
  [200, 'moderate', 'BAND-MODERATE', 'urgent'],
  [200.1, 'moderate', 'BAND-MODERATE', 'urgent'],
  [599.9, 'moderate', 'BAND-MODERATE', 'urgent'],
  [600, 'moderate', 'BAND-MODERATE', 'urgent'],
  [600.1, 'severe', 'BAND-SEVERE', 'urgent'],
  [9999.9, 'severe', 'BAND-SEVERE', 'urgent'],
  [10_000, 'severe', 'BAND-SEVERE', 'urgent'],
  [10_000.1, 'massive', 'BAND-MASSIVE', 'emergency'],
  [49_999, 'massive', 'BAND-MASSIVE', 'emergency'],
];

describe('ALT bands by multiples of ULN (BAND-*)', () => {
  it.each(table)('ALT %s U/L with ULN 40 is %s (%s), level %s', (alt, band, rule, level) => {
    const result = run(alt);
    expect(result.alt.band).toBe(band);
    expect(result.rules).toContain(rule);
    expect(result.triage).toBe(level);
    for (const other of ['BAND-NORMAL', 'BAND-BORDERLINE', 'BAND-MILD', 'BAND-MODERATE', 'BAND-SEVERE', 'BAND-MASSIVE']) {
      if (other !== rule) expect(result.rules).not.toContain(other);
    }
  });

  it('compares r unrounded but shows it to 2 decimals', () => {
    // 79.99 / 40 = 1.99975: displayed as 2, still borderline.
    const result = run(79.99);
    expect(result.alt.timesUln).toBe(2);
    expect(result.alt.band).toBe('borderline');
  });
});
