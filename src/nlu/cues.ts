import { foldForMatch, hasCjk } from './normalise';

/**
 * A list of cue words matched in a folded text: English words whole (an entry ending in "*" is a stem: "diabet*"
 * matches diabetes and diabetic), Chinese words anywhere. Built once per list; one regular expression per list.
 */
export interface CueMatcher {
  test(text: string): boolean;
  /** The same on a text already folded (foldForMatch): folding once serves every list. */
  testFolded(folded: string): boolean;
}

function escape(word: string): string {
  return word.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

export function cueMatcher(words: readonly string[]): CueMatcher {
  const latin = words.filter((w) => !hasCjk(w)).map((w) => (w.endsWith('*') ? `${escape(foldForMatch(w.slice(0, -1)))}[a-z]*` : escape(foldForMatch(w))));
  const re = latin.length > 0 ? new RegExp(`(?<![a-z])(?:${latin.join('|')})(?![a-z])`) : null;
  const cjk = words.filter(hasCjk).map(foldForMatch);
  const testFolded = (folded: string): boolean => (re?.test(folded) ?? false) || cjk.some((w) => folded.includes(w));
  return { test: (text: string) => testFolded(foldForMatch(text)), testFolded };
}
