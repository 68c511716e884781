import { DamerauLevenshteinDistance } from 'natural/lib/natural/distance';
import stopwords = require('natural/lib/natural/util/stopwords');
import { CJK_RE } from './normalise';
import { stem, type Sentence } from './sentences';
import { VOCAB } from './vocabulary';

/**
 * Phrase patterns over a sentence. A pattern is one phrase ("chest pain") or several parts that must all stand
 * near each other in one sentence, in any order ("@vomit+@blood" meets "there was blood when I threw up").
 * "@name" stands for every phrase of a concept in locales/nlu/. Latin words match by Porter stem, and a
 * misspelling ("jaundise", "vomitting") within a Damerau-Levenshtein distance of 1 (2 for words of 8 letters or
 * more) of a word of 6 letters or more, with the same first letter, when the typed word is not a common word itself; Chinese phrases match as text.
 */
export interface Alt {
  cjk: boolean;
  text: string;
  words: string[];
  stems: string[];
  /** The index key of the first word's stem, made once. */
  stemKey: string;
}

export interface Pattern {
  key: string;
  parts: Alt[][];
}

export interface Span {
  start: number;
  end: number;
}

/** How close the parts of a pattern must stand, in characters: Latin words, and anything with Chinese. */
const LATIN_WINDOW = 40;
const CJK_WINDOW = 14;

const LATIN_WORDS = /[a-z0-9]+(?:&[a-z0-9]+)?/g;

function alt(phrase: string): Alt {
  const words = CJK_RE.test(phrase) ? [] : (phrase.match(LATIN_WORDS) ?? []);
  const stems = words.map(stem);
  return { cjk: CJK_RE.test(phrase), text: phrase, words, stems, stemKey: `\u0000${stems[0] ?? ''}` };
}

function expand(part: string, concepts: Record<string, string[]>): Alt[] {
  if (part.startsWith('@')) {
    const list = concepts[part.slice(1)];
    if (!list) throw new Error(`unknown concept ${part}`);
    return list.map(alt);
  }
  return [alt(part)];
}

export function compile(record: Record<string, string[]>, concepts: Record<string, string[]> = VOCAB.concepts): Pattern[] {
  const out: Pattern[] = [];
  for (const [key, phrases] of Object.entries(record)) {
    for (const phrase of phrases) {
      const parts = phrase.split('+').map((p) => p.trim()).filter(Boolean).map((p) => expand(p, concepts));
      if (parts.length > 0) out.push({ key, parts });
    }
  }
  return out;
}

/** Words that are words in their own right: never read as a misspelling of another ("never" is not "fever"). */
const KNOWN = new Set<string>(
  [
    ...stopwords.words,
    ...VOCAB.commonWords,
    ...Object.values(VOCAB.concepts).flat(),
    ...Object.values(VOCAB.negation).flat(),
    ...Object.values(VOCAB.signs).flat(),
    ...Object.values(VOCAB.conditions).flat(),
    ...Object.values(VOCAB.drinks.types).flat(),
    ...Object.values(VOCAB.drinks.containers).flat(),
  ].flatMap((p) => p.split(/[\s+@]+/)),
);

const fuzzyCache = new Map<string, boolean>();
function fuzzyEqual(token: string, word: string): boolean {
  if (word.length < 6 || token.length < 5 || token[0] !== word[0] || KNOWN.has(token) || /\d/.test(token) || Math.abs(token.length - word.length) > 2) return false;
  const key = `${token}\u0000${word}`;
  let hit = fuzzyCache.get(key);
  if (hit === undefined) {
    hit = DamerauLevenshteinDistance(token, word) <= (word.length >= 8 ? 2 : 1);
    if (fuzzyCache.size < 100_000) fuzzyCache.set(key, hit);
  }
  return hit;
}

function wordMatches(token: { w: string; stem: string }, word: string, wordStem: string): boolean {
  return token.w === word || token.stem === wordStem || fuzzyEqual(token.w, word);
}

/** Where each word and stem of a sentence stands, and which of its words could be a misspelling: built once a sentence. */
interface SentenceIndex {
  at: Map<string, number[]>;
  /** Words that could be misspellings, by their first letter (a misspelling keeps its first letter). */
  misspellable: Map<string, number[]>;
}
const indexes = new WeakMap<Sentence, SentenceIndex>();

function indexOf(sentence: Sentence): SentenceIndex {
  let index = indexes.get(sentence);
  if (!index) {
    const at = new Map<string, number[]>();
    const add = (key: string, i: number): void => {
      const list = at.get(key);
      if (list) {
        if (list[list.length - 1] !== i) list.push(i);
      } else at.set(key, [i]);
    };
    const misspellable = new Map<string, number[]>();
    sentence.tokens.forEach((t, i) => {
      add(t.w, i);
      add(`\u0000${t.stem}`, i);
      if (t.w.length >= 5 && !KNOWN.has(t.w) && !/\d/.test(t.w)) {
        const list = misspellable.get(t.w[0] ?? '');
        if (list) list.push(i);
        else misspellable.set(t.w[0] ?? '', [i]);
      }
    });
    index = { at, misspellable };
    indexes.set(sentence, index);
  }
  return index;
}

const NONE: readonly number[] = [];

/** Token positions where an alternative's first word may stand: the word, its stem, or a possible misspelling of it. */
function starts(sentence: Sentence, a: Alt): readonly number[] {
  const index = indexOf(sentence);
  const first = a.words[0] ?? '';
  const exact = index.at.get(first);
  const byStem = index.at.get(a.stemKey);
  const fuzzy = first.length >= 6 ? index.misspellable.get(first[0] ?? '') : undefined;
  // Most alternatives stand nowhere in a reply: answer those without building anything.
  if (!exact && !byStem && !fuzzy) return NONE;
  if (!byStem && !fuzzy) return exact ?? NONE;
  if (!exact && !fuzzy) return byStem ?? NONE;
  const found = new Set<number>([...(exact ?? []), ...(byStem ?? [])]);
  for (const i of fuzzy ?? []) if (Math.abs((sentence.tokens[i]?.w.length ?? 0) - first.length) <= 2) found.add(i);
  return [...found].sort((x, y) => x - y);
}

const cjkSentences = new WeakMap<Sentence, boolean>();

function cjkSentence(sentence: Sentence): boolean {
  let has = cjkSentences.get(sentence);
  if (has === undefined) {
    has = CJK_RE.test(sentence.text);
    cjkSentences.set(sentence, has);
  }
  return has;
}

/** Every place an alternative stands in a sentence. */
export function findAlt(sentence: Sentence, a: Alt): Span[] {
  const out: Span[] = [];
  if (a.cjk || a.words.length === 0) {
    // A Chinese phrase stands nowhere in a sentence without Chinese (most English replies): no search.
    if (a.cjk && !cjkSentence(sentence)) return out;
    for (let at = sentence.text.indexOf(a.text); at >= 0; at = sentence.text.indexOf(a.text, at + 1)) out.push({ start: at, end: at + a.text.length });
    return out;
  }
  const toks = sentence.tokens;
  outer: for (const i of starts(sentence, a)) {
    if (i + a.words.length > toks.length) continue;
    for (let j = 0; j < a.words.length; j++) {
      const t = toks[i + j];
      if (!t || !wordMatches(t, a.words[j] ?? '', a.stems[j] ?? '')) continue outer;
    }
    out.push({ start: toks[i]?.start ?? 0, end: toks[i + a.words.length - 1]?.end ?? 0 });
  }
  return out;
}

/** The stretch between contrasts ("but", 不过) that a place stands in. */
export function regionAt(sentence: Sentence, at: number): [number, number] {
  return sentence.regions.find(([start, end]) => at >= start && at < end) ?? [0, sentence.text.length];
}

function gap(a: Span, b: Span): number {
  return a.end <= b.start ? b.start - a.end : b.end <= a.start ? a.start - b.end : 0;
}

export interface PatternMatch {
  key: string;
  spans: Span[];
}

/** Every way a pattern's parts stand together in a sentence (parts within the window of each other). */
export function matchPattern(sentence: Sentence, p: Pattern, limit = 8): PatternMatch[] {
  // Part by part, stopping at the first part that stands nowhere (most patterns, in most sentences).
  const perPart: (Span & { cjk: boolean })[][] = [];
  for (const alts of p.parts) {
    const spans: (Span & { cjk: boolean })[] = [];
    for (const a of alts) for (const found of findAlt(sentence, a)) spans.push({ start: found.start, end: found.end, cjk: a.cjk });
    if (spans.length === 0) return [];
    perPart.push(spans);
  }
  const out: PatternMatch[] = [];
  const pick = (i: number, chosen: (Span & { cjk: boolean })[]): void => {
    if (out.length >= limit) return;
    if (i === perPart.length) {
      out.push({ key: p.key, spans: chosen.map(({ start, end }) => ({ start, end })) });
      return;
    }
    for (const s of perPart[i] ?? []) {
      const fits = chosen.every((c) => gap(c, s) <= (c.cjk || s.cjk ? CJK_WINDOW : LATIN_WINDOW) && (c.end <= s.start || s.end <= c.start));
      if (fits) pick(i + 1, [...chosen, s]);
    }
  };
  pick(0, []);
  return out;
}
