import { PorterStemmer } from 'natural/lib/natural/stemmers';
import { capForPhrases } from './inputLimits';
import { memoByText } from './memo';
import { normaliseText } from './normalise';
import { VOCAB } from './vocabulary';

/**
 * A reply cut the way the matchers read it: sentences (a warning sign and its words must share one), each with
 * its Latin words (with offsets and Porter stems) and its segments (the stretches a negation can reach: split at
 * commas, brackets and terminator words such as "but", 但是).
 */
export interface Token {
  w: string;
  stem: string;
  start: number;
  end: number;
}

export interface Sentence {
  text: string;
  tokens: Token[];
  /** [start, end) character ranges that a negation's scope may not cross. */
  segments: [number, number][];
  /** [start, end) ranges between contrasts ("but", 不过): the parts of one sign stand in one of them. */
  regions: [number, number][];
}

const CONTRAST = /\bbut\b|\bhowever\b|\bthough\b|\bexcept\b|\bwhereas\b|不过|但是|但|可是|而是|只是/g;

const SENTENCE_END = /(?<!\d)\.(?!\d)|[!?;\n。！？；]+/;
/** Segment breaks: commas, brackets, and a space between Chinese words (Chinese users pause with spaces). */
const SEGMENT_BREAK = /[,，:：()（）[\]"“”]|(?<=[\u3400-\u9fff])\s+(?=[\u3400-\u9fff])/g;
/** A word of an alphabet (any letters but Chinese characters, which are read as phrases): "sábado" is one word. */
const LATIN_WORD = /(?:[^\P{L}\p{sc=Han}]|\d)+(?:&(?:[^\P{L}\p{sc=Han}]|\d)+)?/gu;

const stemCache = new Map<string, string>();
export function stem(word: string): string {
  let s = stemCache.get(word);
  if (s === undefined) {
    s = /^\d/.test(word) ? word : PorterStemmer.stem(word);
    if (stemCache.size < 50_000) stemCache.set(word, s);
  }
  return s;
}

/** Lower case, one shape for quotes and dashes, apostrophes dropped ("don't" reads as "don t", as the word lists are folded). */
export function prepare(text: string): string {
  return normaliseText(text).toLowerCase().replace(/['’`]/g, ' ');
}

export function tokens(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(LATIN_WORD)) out.push({ w: m[0], stem: stem(m[0]), start: m.index, end: m.index + m[0].length });
  return out;
}

function segmentsOf(text: string, terminators: readonly RegExp[], breaks: RegExp | null = SEGMENT_BREAK): [number, number][] {
  const cuts = new Set<number>([0, text.length]);
  if (breaks) for (const m of text.matchAll(breaks)) cuts.add(m.index);
  for (const re of terminators) for (const m of text.matchAll(re)) cuts.add(m.index);
  const sorted = [...cuts].sort((a, b) => a - b);
  const out: [number, number][] = [];
  for (let i = 0; i + 1 < sorted.length; i++) out.push([sorted[i] ?? 0, sorted[i + 1] ?? 0]);
  return out;
}

/** Terminator phrases as regular expressions: whole words for Latin ones, plain text for Chinese ones. */
export function terminatorPatterns(words: readonly string[]): RegExp[] {
  return words.map((w) => {
    const escaped = w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');
    return /[\u3400-\u9fff]/.test(w) ? new RegExp(escaped, 'g') : new RegExp(`(?<![a-z0-9])${escaped}(?![a-z0-9])`, 'g');
  });
}

/** A question mark answered "no": "Black stool? No." */
const DENIED_ANSWER = /[?？]\s*(?:no|nope|nah|none|never|没有|没|无|不)(?=$|[\s.,!。，！])/g;
const ENDS_SENTENCE = /[.?!。？！\n]/;

/**
 * "Black stool? No." asks and answers: read it as "no black stool". The question is the text back to the sentence's
 * start (or to the last such answer), found by walking back from each "? no" so the time stays linear (a pattern
 * scanning forward from every character for a "?" took quadratic time on a long text with none).
 */
function readAskedAndDenied(text: string): string {
  let out = '';
  let done = 0;
  for (const m of text.matchAll(DENIED_ANSWER)) {
    let start = m.index;
    while (start > done && !ENDS_SENTENCE.test(text.charAt(start - 1))) start -= 1;
    if (start === m.index) continue;
    const asked = text.slice(start, m.index);
    out += `${text.slice(done, start)}${/[\u3400-\u9fff]/.test(asked) ? '没有' : 'no'} ${asked.trim()}.`;
    done = m.index + m[0].length;
  }
  return out + text.slice(done);
}

/**
 * At most MAX_SENTENCES_READ sentences are read, the first ones and the last few, as capForPhrases keeps a long
 * text's start and end: each sentence costs the phrase readers a fixed time, and "a?a?a?…" makes one sentence of every
 * two characters (issue 23: 250 sentences in a 500-character answer took about 100 ms).
 */
export const MAX_SENTENCES_READ = 48;
const LAST_SENTENCES_READ = 12;

function fewSentences(all: string[]): string[] {
  if (all.length <= MAX_SENTENCES_READ) return all;
  return [...all.slice(0, MAX_SENTENCES_READ - LAST_SENTENCES_READ), ...all.slice(all.length - LAST_SENTENCES_READ)];
}

export function sentences(text: string, terminators: readonly RegExp[]): Sentence[] {
  return fewSentences(
    readAskedAndDenied(prepare(capForPhrases(text)))
      .split(SENTENCE_END)
      .map((s) => s.trim())
      .filter((s) => s.length > 0),
  ).map((s) => ({ text: s, tokens: tokens(s), segments: segmentsOf(s, terminators), regions: segmentsOf(s, [CONTRAST], null) }));
}

export function segmentAt(sentence: Sentence, at: number): [number, number] {
  return sentence.segments.find(([a, b]) => at >= a && at < b) ?? [0, sentence.text.length];
}

/** The terminators every reader uses (locales/nlu: negation.terminators). */
export const TERMINATORS = terminatorPatterns(VOCAB.negation.terminators ?? []);

/**
 * A reply's sentences with the shared terminators, remembered: the matchers' indexes hang on these objects, so a
 * reply read by several parsers in one turn is cut, tokenized and indexed once. Callers must not change them.
 */
export const sentencesOf: (text: string) => readonly Sentence[] = memoByText((text) => sentences(text, TERMINATORS));
