import { describe, expect, it } from 'vitest';
import remedyWords from '../../src/assessment/data/remedy-words.json';
import { containsParacetamol } from '../../src/assessment/paracetamol';

/** ASK-APAP's words for an unnamed remedy are data (issue 30 item 8): every phrase they spell triggers the question. */
function spelled(slots: readonly (readonly string[])[]): string[] {
  return slots.reduce<string[]>((heads, slot) => heads.flatMap((h) => slot.map((w) => (w === '' ? h : h ? `${h} ${w}` : w))), ['']);
}

describe('ASK-APAP: unnamed remedies, from data/remedy-words.json', () => {
  it('every phrase and every pattern spelled out asks about paracetamol, inside a sentence too', () => {
    const all = [...remedyWords.phrases, ...remedyWords.patterns.flatMap(spelled)];
    expect(all.length).toBeGreaterThan(200);
    // A few (感冒冲剂) are also lexicon names of a paracetamol product: 'named' then.
    for (const p of all) {
      expect(containsParacetamol(p), p).toMatch(/^(?:un)?named$/);
      expect(containsParacetamol(`I took ${p.toUpperCase()} last week`), p).toBe(containsParacetamol(p));
    }
    expect(all.filter((p) => containsParacetamol(p) === 'unnamed').length).toBeGreaterThan(200);
  });
  it('spaces, hyphens and ampersands read as they are written', () => {
    for (const p of ['painkillers', 'pain - killer', 'pain   relief', 'cold&flu syrup', 'cold  &  flu meds', 'something for the   cough']) expect(containsParacetamol(p), p).toBe('unnamed');
    for (const p of ['pain', 'painful killers', 'cold and', 'something for dinner', 'fever reduction']) expect(containsParacetamol(p), p).toBeNull();
  });
});
