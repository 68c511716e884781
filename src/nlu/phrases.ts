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
  register(out);
  return out;
}

/**
 * The matcher starts from the reply (issue 30 item 1): every alternative of every compiled list is indexed once, at
 * start-up, by one of its words (the rarest in the word lists: "yellow" of "i feel yellow"), that word's stem, and
 * (for misspellings) its first letter and length; an alternative matched as text (Chinese) by its rarest character.
 * Every word of an alternative must stand in a sentence for the alternative to, so any one of them will do as the
 * key; the rarest keeps the candidates few. A sentence's words and characters look up the
 * alternatives that may stand in it, in one pass over all lists (negation triggers, ConText triggers and look-alikes
 * included); a pattern is tried only when each of its parts has such an alternative. The rest of the lexicon is never
 * visited. What is found is what the full scan found: an alternative that stands in a sentence always has its key
 * word, stem, misspelling or character there.
 */
interface Entry {
  alt: Alt;
  pattern: Pattern;
  part: number;
}

interface List {
  /** [lo, hi) ordinals of the list's alternatives in `entries`, in the list's order. */
  lo: number;
  hi: number;
  patterns: readonly Pattern[];
}

const entries: Entry[] = [];
const lists = new WeakMap<readonly Pattern[], List>();
const patternIndex = new WeakMap<Pattern, number>();
const byWord = new Map<string, number[]>();
const byStem = new Map<string, number[]>();
/** Alternatives whose key word could be misspelt (6 letters or more), by that word. */
const byFuzzyWord = new Map<string, number[]>();
/** Those key words by first letter and length (a misspelling keeps its first letter, and its length within 2). */
const byLetterLength = new Map<string, string[]>();
/** Alternatives matched as text, by their rarest character (a UTF-16 unit, as the sentence is walked). */
const byChar = new Map<string, number[]>();

function addTo<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

const letterLength = (letter: string, length: number): string => `${letter}${length}`;

/** How often each Latin word and each character occurs in the word lists: an alternative is keyed by its rarest. */
const FREQUENCY = new Map<string, number>();
for (const w of JSON.stringify(VOCAB).toLowerCase().match(/[a-z0-9]+|[^\x00-\x7f]/g) ?? []) FREQUENCY.set(w, (FREQUENCY.get(w) ?? 0) + 1);
const rarest = (items: readonly string[]): number => {
  let best = 0;
  items.forEach((x, i) => {
    if ((FREQUENCY.get(x) ?? 0) < (FREQUENCY.get(items[best] ?? '') ?? 0)) best = i;
  });
  return best;
};

function register(patterns: Pattern[]): void {
  const lo = entries.length;
  patterns.forEach((pattern, index) => {
    patternIndex.set(pattern, index);
    pattern.parts.forEach((alts, part) => {
      for (const alt of alts) {
        const ordinal = entries.length;
        entries.push({ alt, pattern, part });
        if (alt.cjk || alt.words.length === 0) {
          const chars = alt.text.split('');
          addTo(byChar, chars[rarest(chars)] ?? '', ordinal);
        } else {
          const k = rarest(alt.words);
          const word = alt.words[k] ?? '';
          addTo(byWord, word, ordinal);
          addTo(byStem, alt.stems[k] ?? '', ordinal);
          if (word.length >= 6) {
            if (!byFuzzyWord.has(word)) addTo(byLetterLength, letterLength(word.charAt(0), word.length), word);
            addTo(byFuzzyWord, word, ordinal);
          }
        }
      }
    });
  });
  lists.set(patterns, { lo, hi: entries.length, patterns });
}

/** What the index finds in one sentence: alternatives that may stand there, and patterns each of whose parts has one. */
interface Hits {
  /** How many alternatives were registered when this was worked out (a list compiled later is looked up again). */
  upTo: number;
  /** Ordinals of the alternatives that may stand in the sentence, ascending. */
  ordinals: number[];
  alts: Set<Alt>;
  patterns: Set<Pattern>;
}
const sentenceHits = new WeakMap<Sentence, Hits>();

function hitsOf(sentence: Sentence): Hits {
  const known = sentenceHits.get(sentence);
  if (known && known.upTo === entries.length) return known;
  const found = new Set<number>();
  const take = (list: readonly number[] | undefined): void => {
    if (list) for (const o of list) found.add(o);
  };
  for (const t of sentence.tokens) {
    take(byWord.get(t.w));
    take(byStem.get(t.stem));
    if (t.w.length >= 5 && !KNOWN.has(t.w) && !/\d/.test(t.w)) {
      // The key words it could be a misspelling of, each checked as findAlt checks it (remembered per pair).
      const letter = t.w.charAt(0);
      for (let n = Math.max(6, t.w.length - 2); n <= t.w.length + 2; n++) for (const w of byLetterLength.get(letterLength(letter, n)) ?? []) if (fuzzyEqual(t.w, w)) take(byFuzzyWord.get(w));
    }
  }
  const text = sentence.text;
  for (let i = 0; i < text.length; i++) take(byChar.get(text.charAt(i)));
  const ordinals = [...found].sort((a, b) => a - b);
  const alts = new Set<Alt>();
  const partsHit = new Map<Pattern, Set<number>>();
  for (const o of ordinals) {
    const e = entries[o];
    if (!e) continue;
    alts.add(e.alt);
    let parts = partsHit.get(e.pattern);
    if (!parts) partsHit.set(e.pattern, (parts = new Set()));
    parts.add(e.part);
  }
  const patterns = new Set<Pattern>();
  for (const [p, parts] of partsHit) if (parts.size === p.parts.length) patterns.add(p);
  const hits = { upTo: entries.length, ordinals, alts, patterns };
  sentenceHits.set(sentence, hits);
  return hits;
}

/** The first index in a sorted array not below `value`. */
function lowerBound(sorted: readonly number[], value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sorted[mid] ?? 0) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The patterns of a list that may match a sentence, in the list's order: those each of whose parts has an
 * alternative the sentence's words or characters index. Trying only these finds what trying them all finds.
 */
export function candidates(sentence: Sentence, patterns: readonly Pattern[]): readonly Pattern[] {
  const hits = hitsOf(sentence);
  const list = lists.get(patterns);
  if (!list) return patterns.filter((p) => !patternIndex.has(p) || hits.patterns.has(p));
  const out: Pattern[] = [];
  let last = -1;
  for (let i = lowerBound(hits.ordinals, list.lo); i < hits.ordinals.length && (hits.ordinals[i] ?? list.hi) < list.hi; i++) {
    const e = entries[hits.ordinals[i] ?? 0];
    const at = e ? (patternIndex.get(e.pattern) ?? -1) : -1;
    if (e && at !== last && hits.patterns.has(e.pattern)) {
      out.push(e.pattern);
      last = at;
    }
  }
  return out;
}

/** Every place an alternative of the first part of a list's patterns stands in a sentence, in the list's order (trigger words). */
export function firstPartSpans(sentence: Sentence, patterns: readonly Pattern[]): (Span & { key: string })[] {
  const hits = hitsOf(sentence);
  const list = lists.get(patterns);
  if (!list) return patterns.flatMap((p) => (p.parts[0] ?? []).flatMap((a) => findAlt(sentence, a).map((sp) => ({ ...sp, key: p.key }))));
  const out: (Span & { key: string })[] = [];
  for (let i = lowerBound(hits.ordinals, list.lo); i < hits.ordinals.length && (hits.ordinals[i] ?? list.hi) < list.hi; i++) {
    const e = entries[hits.ordinals[i] ?? 0];
    if (e?.part === 0) for (const sp of findAlt(sentence, e.alt)) out.push({ ...sp, key: e.pattern.key });
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
  // Only where the index says each part may stand, and only its alternatives that may (compiled patterns).
  const hits = patternIndex.has(p) ? hitsOf(sentence) : null;
  if (hits && !hits.patterns.has(p)) return [];
  // Part by part, stopping at the first part that stands nowhere.
  const perPart: (Span & { cjk: boolean })[][] = [];
  for (const alts of p.parts) {
    const spans: (Span & { cjk: boolean })[] = [];
    for (const a of alts) if (!hits || hits.alts.has(a)) for (const found of findAlt(sentence, a)) spans.push({ start: found.start, end: found.end, cjk: a.cjk });
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
