import { PorterStemmer } from 'natural/lib/natural/stemmers';
import { CJK_RE, foldForMatch, normaliseText } from './normalise';
import { VOCAB } from './vocabulary';
import { words } from './tokens';

/**
 * Finds which entries of a word list a reply speaks of. A phrase is matched on stemmed words ("eyes are yellow"
 * meets "my eye is yellow"); "eyes+yellow" asks for all of its words in one clause, in any order. Chinese phrases
 * are matched as text. A negation before the phrase in its clause ("no yellow eyes", "没有发烧") cancels it.
 */
interface CompiledPhrase {
  key: string;
  cjk: boolean;
  parts: string[][];
  ordered: boolean;
}

function stemWords(text: string): string[] {
  return words(text).map((w) => PorterStemmer.stem(w));
}

export function compile(record: Record<string, string[]>): CompiledPhrase[] {
  const out: CompiledPhrase[] = [];
  for (const [key, phrases] of Object.entries(record)) {
    for (const phrase of phrases) {
      const cjk = CJK_RE.test(phrase);
      const ordered = !phrase.includes('+');
      const pieces = phrase.split('+').map((p) => p.trim()).filter(Boolean);
      out.push({ key, cjk, ordered, parts: pieces.map((p) => (cjk ? [p] : stemWords(p))) });
    }
  }
  return out;
}

const CLAUSE_SPLIT = /[,;.!?，。；！？\n]|\bbut\b|\bexcept\b|但是|但|不过|可是/;
const NEGATION_STEMS = new Set(VOCAB.negations.filter((n) => !CJK_RE.test(n)).map((n) => PorterStemmer.stem(n)));
const CJK_NEGATIONS = VOCAB.negations.filter((n) => CJK_RE.test(n));

function indexOfSequence(haystack: string[], needle: string[], from = 0): number {
  outer: for (let i = from; i + needle.length <= haystack.length; i++) {
    for (let j = 0; j < needle.length; j++) if (haystack[i + j] !== needle[j]) continue outer;
    return i;
  }
  return -1;
}

function latinNegatedBefore(stems: string[], at: number): boolean {
  for (let i = Math.max(0, at - 4); i < at; i++) if (NEGATION_STEMS.has(stems[i] ?? '')) return true;
  return false;
}

function cjkNegatedBefore(clause: string, at: number): boolean {
  const before = clause.slice(Math.max(0, at - 4), at);
  return CJK_NEGATIONS.some((n) => before.includes(n));
}

function matchClause(clause: string, stems: string[], p: CompiledPhrase): boolean {
  const positions: number[] = [];
  for (const part of p.parts) {
    const at = p.cjk ? clause.indexOf(part[0] ?? '\u0000') : indexOfSequence(stems, part);
    if (at < 0) return false;
    positions.push(at);
  }
  if (p.ordered && positions.length > 1 && positions.some((x, i) => i > 0 && x < (positions[i - 1] ?? 0))) return false;
  const first = Math.min(...positions);
  return p.cjk ? !cjkNegatedBefore(clause, first) : !latinNegatedBefore(stems, first);
}

/** The keys of `phrases` that the text affirms. */
export function findKeys(text: string, phrases: readonly CompiledPhrase[]): string[] {
  const found = new Set<string>();
  const clauses = normaliseText(text).toLowerCase().split(CLAUSE_SPLIT);
  for (const raw of clauses) {
    const clause = foldForMatch(raw);
    if (!clause) continue;
    const stems = stemWords(clause);
    for (const p of phrases) if (!found.has(p.key) && matchClause(clause, stems, p)) found.add(p.key);
  }
  return [...found];
}
