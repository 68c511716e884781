import { matchMedicines } from '../assessment/medicineMatcher';
import { foldForMatch } from './normalise';
import { parseSingleNumber } from './numbers';
import { VOCAB } from './vocabulary';

export type SexAnswer = 'male' | 'female' | 'unknown';

export function parseSex(text: string): SexAnswer | null {
  const folded = foldForMatch(text);
  for (const key of ['female', 'male', 'unknown'] as const) {
    if (VOCAB.sex[key]?.some((w) => folded === w || (w.length > 2 && folded.includes(w)))) return key;
  }
  return null;
}

export const MIN_AGE = 1;
export const MAX_AGE = 120;

/** An age in years, in digits or words ("34", "thirty-four", "三十四岁"); null if none or not plausible. */
export function parseAge(text: string): number | null {
  const n = parseSingleNumber(text.replace(/岁|周岁|years?\s*old|yrs?|y\/o/gi, ' '));
  if (n === null || !Number.isInteger(n) || n < MIN_AGE || n > MAX_AGE) return null;
  return n;
}

const LIST_SPLIT = /\s*(?:,|;|\n|、|，|；|\band\b|\bplus\b|\balso\b|和|以及|还有|及)\s*/i;

/**
 * A list of medicines and supplements as typed. Each item is kept as written (the assessment matches it),
 * so nothing typed is dropped. "none" / "没有" gives an empty list.
 */
export function parseMedicineList(text: string): { none: true } | { none: false; items: string[]; recognised: number } {
  const folded = foldForMatch(text);
  if (VOCAB.answers.none?.includes(folded) || VOCAB.answers.no?.includes(folded)) return { none: true };
  const items = text
    .split(LIST_SPLIT)
    .map((s) => s.trim())
    .filter((s) => s.length > 0)
    .slice(0, 20);
  const recognised = items.filter((i) => matchMedicines(i).matches.length > 0).length;
  return { none: false, items, recognised };
}
