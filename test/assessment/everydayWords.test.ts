import { describe, expect, it } from 'vitest';
import { EVERYDAY_FILE, everydayWordsNearNames } from '../../bench/everydayWords';
import everyday from '../../src/assessment/data/everyday-words.json';
import { matchMedicines } from '../../src/assessment/medicineMatcher';

/**
 * The spec tolerates misspellings of medicine names; an everyday word is not a misspelling. Before this list,
 * "just panadol for headaches now and then" gave an anabolic steroid twice (Sust, Tren) and "cava" gave kava.
 */
const ids = (text: string): string[] => [...new Set(matchMedicines(text).matches.map((m) => m.entry.id))].sort();

describe('everyday words are never read as a misspelt medicine', () => {
  it(`${EVERYDAY_FILE.split('/').slice(-1)[0]} holds every common English word within the tolerance of a name (npm run lexicon:everyday)`, () => {
    expect(everyday.fromDictionary).toEqual(everydayWordsNearNames());
  }, 30_000);

  it.each([
    ['just panadol for headaches now and then', ['acetaminophen']],
    ['terbinafin for toe fungus since sept', ['terbinafine']],
    ['a glass of cava at the wedding', []],
    ['I must have scratched my arms raw, just the itch', []],
    ['I want to be alive, no harm intended', []],
    ['stools are clay colored', []],
    ['go on then', []],
    ['just the pill (microgynon)', ['birth_control_pill']],
  ])('%s → %j', (text, expected) => {
    expect(ids(text)).toEqual(expected);
  });

  it.each([
    ['paracetmol 2 a day', 'acetaminophen'],
    ['ibuprofin n naproxin', 'ibuprofen'],
    ['lipiter', 'atorvastatin'],
    ['turmerics', 'turmeric'],
    ['ashwaganda gummies', 'ashwagandha'],
    ['minocyclin for acne', 'minocycline'],
  ])('a real misspelling still matches: %s', (text, id) => {
    expect(ids(text)).toContain(id);
  });
});
