import { normaliseText } from '../normalise';
import { cjkLexicon, scanLine, type RawToken } from './scan';
import VOCAB from './vocabulary.json';

/**
 * The second pass: raw tokens into what a report row is made of: analyte names, values, ranges, units, flags,
 * sex labels, reference labels. Each word is looked at once with a bounded look-ahead, so this is linear too.
 */
export type LabUnit = 'U/L' | 'ukat/L';
export type Analyte = 'alt' | 'ast';
export type NameKind = Analyte | 'other';

export type Token =
  | Exclude<RawToken, { kind: 'word' } | { kind: 'cjk' }>
  | { kind: 'word'; text: string }
  | { kind: 'name'; analyte: NameKind }
  /** A unit: `unit` null for one that transaminases are never given in (µmol/L, mg/dL); `text` as printed. */
  | { kind: 'unit'; unit: LabUnit | null; text: string }
  | { kind: 'sex'; sex: 'male' | 'female' }
  | { kind: 'ref' }
  | { kind: 'unitLabel' }
  | { kind: 'stop' }
  | { kind: 'newer' }
  | { kind: 'older' }
  /** "Result", "Value", 结果: heads a results column, or labels a value on its own line. */
  | { kind: 'result' }
  /** A word that makes a number beside it part of a note ("6 weeks", "ages 16"). */
  | { kind: 'note' }
  /** A word after a number that makes it an upper limit ("40以下"). */
  | { kind: 'uptoAfter' };

type Pattern = { words: string[]; token: Token };

const CJK_WORDS: Record<string, Token> = {};
/** Words are kept as the text is read: traditional characters as simplified (normaliseText). */
function addCjk(list: readonly string[], token: Token): void {
  for (const w of list) CJK_WORDS[normaliseText(w)] ??= token;
}
addCjk(VOCAB.names.alt.cjk, { kind: 'name', analyte: 'alt' });
addCjk(VOCAB.names.ast.cjk, { kind: 'name', analyte: 'ast' });
addCjk(VOCAB.names.other.cjk, { kind: 'name', analyte: 'other' });
addCjk(VOCAB.flags.cjk, { kind: 'flag' });
addCjk(VOCAB.upTo.cjk, { kind: 'upto' });
addCjk(VOCAB.refLabels.cjk, { kind: 'ref' });
addCjk(VOCAB.unitLabels.cjk, { kind: 'unitLabel' });
addCjk(VOCAB.sex.male.cjk, { kind: 'sex', sex: 'male' });
addCjk(VOCAB.sex.female.cjk, { kind: 'sex', sex: 'female' });
addCjk(VOCAB.newer.cjk, { kind: 'newer' });
addCjk(VOCAB.older.cjk, { kind: 'older' });
addCjk(VOCAB.resultHeads.cjk, { kind: 'result' });
addCjk(VOCAB.noteWords.cjk, { kind: 'note' });
addCjk(VOCAB.upToAfter.cjk, { kind: 'uptoAfter' });
const CJK_RANGE_WORDS = new Set(VOCAB.rangeWords.cjk);
/** Chinese words kept whole by the scanner, longest first (so 谷氨酰氨基转移酶 wins over 氨基转移酶). */
const CJK_LEXICON = cjkLexicon([...Object.keys(CJK_WORDS), ...VOCAB.rangeWords.cjk.map(normaliseText)]);

/** A latin phrase as the words the scanner makes of it ("a/g" is three tokens). */
function patternWords(phrase: string): string[] {
  return scanLine(phrase, phrase, new Map()).map((t) => (t.kind === 'word' ? t.text : t.kind === 'punct' ? t.ch : t.kind === 'sep' ? '-' : '?'));
}

const PATTERNS: Pattern[] = [];
function addLatin(list: readonly string[], token: Token): void {
  for (const phrase of list) PATTERNS.push({ words: patternWords(phrase), token });
}
addLatin(VOCAB.names.alt.latin, { kind: 'name', analyte: 'alt' });
addLatin(VOCAB.names.ast.latin, { kind: 'name', analyte: 'ast' });
addLatin(VOCAB.names.other.latin, { kind: 'name', analyte: 'other' });
addLatin(VOCAB.upTo.latin, { kind: 'upto' });
addLatin(VOCAB.refLabels.latin, { kind: 'ref' });
addLatin(VOCAB.sex.male.latin, { kind: 'sex', sex: 'male' });
addLatin(VOCAB.sex.female.latin, { kind: 'sex', sex: 'female' });
addLatin(VOCAB.rowStops, { kind: 'stop' });
addLatin(VOCAB.newer.latin, { kind: 'newer' });
addLatin(VOCAB.older.latin, { kind: 'older' });
addLatin(VOCAB.flags.latin, { kind: 'flag' });
addLatin(VOCAB.resultHeads.latin, { kind: 'result' });
addLatin(VOCAB.noteWords.latin, { kind: 'note' });
addLatin(VOCAB.upToAfter.latin, { kind: 'uptoAfter' });
PATTERNS.sort((a, b) => b.words.length - a.words.length);
/** The patterns by their first word, longest first. */
const BY_FIRST_WORD = new Map<string, Pattern[]>();
for (const p of PATTERNS) {
  const first = p.words[0] ?? '';
  BY_FIRST_WORD.set(first, [...(BY_FIRST_WORD.get(first) ?? []), p]);
}

const UPPER_ONLY = new Set(VOCAB.upperOnly);
const UL_NUMERATORS = new Set(['u', 'iu', 'ui', 'units', 'unit']);
const UKAT_NUMERATORS = new Set(['ukat', 'μkat']);
const WRONG_NUMERATORS = new Set(['mg', 'umol', 'μmol', 'mmol', 'g', 'mcmol', 'nmol', 'μg', 'ug', 'ng', 'mcg', 'pmol']);
const DENOMINATORS = new Set(['l', 'dl', 'ml', 'liter', 'litre']);
/** Words that stand for something only in one place: a single letter is a flag after a number, a sex before a colon. */
const AFTER_NUMBER_ONLY = new Set(['h', 'hh', 'l', 'll', 'hi', 'lo']);
const BEFORE_COLON_ONLY = new Set(['m', 'f']);

function textOf(t: RawToken | undefined): string | null {
  if (!t) return null;
  if (t.kind === 'word') return t.text;
  if (t.kind === 'punct') return t.ch;
  if (t.kind === 'sep') return '-';
  return null;
}

function unitAt(raw: readonly RawToken[], i: number): { token: Token; length: number } | null {
  const a = raw[i];
  const slash = raw[i + 1];
  const b = raw[i + 2];
  if (a?.kind !== 'word' || slash?.kind !== 'punct' || slash.ch !== '/' || b?.kind !== 'word' || !DENOMINATORS.has(b.text)) return null;
  const text = `${a.text}/${b.text}`;
  if (UL_NUMERATORS.has(a.text)) return { token: { kind: 'unit', unit: b.text === 'l' ? 'U/L' : null, text }, length: 3 };
  if (UKAT_NUMERATORS.has(a.text)) return { token: { kind: 'unit', unit: b.text === 'l' ? 'ukat/L' : null, text }, length: 3 };
  if (WRONG_NUMERATORS.has(a.text)) return { token: { kind: 'unit', unit: null, text }, length: 3 };
  return null;
}

function patternAt(raw: readonly RawToken[], i: number): { token: Token; length: number } | null {
  for (const p of BY_FIRST_WORD.get(textOf(raw[i]) ?? '') ?? []) {
    if (p.words.every((w, k) => textOf(raw[i + k]) === w)) return { token: p.token, length: p.words.length };
  }
  return null;
}

/** Is this match the word it looks like, where it stands? */
function fits(token: Token, raw: readonly RawToken[], i: number, length: number): boolean {
  const first = raw[i];
  const word = first?.kind === 'word' ? first : null;
  const prev = raw[i - 1];
  const next = raw[i + length];
  if (token.kind === 'name' && word && UPPER_ONLY.has(word.text)) return word.raw === word.raw.toUpperCase();
  if (token.kind === 'upto' && word?.text === 'do') return next?.kind === 'num';
  if (word && AFTER_NUMBER_ONLY.has(word.text)) return token.kind === 'flag' && (prev?.kind === 'num' || prev?.kind === 'flag');
  if (word && BEFORE_COLON_ONLY.has(word.text)) {
    // "M: 0-45", "F=0-34", "(M) 0-45"
    const bracketed = prev?.kind === 'punct' && prev.ch === '(' && next?.kind === 'punct' && next.ch === ')';
    return bracketed || (next?.kind === 'punct' && (next.ch === ':' || next.ch === '='));
  }
  return true;
}

/** Tokens of one line. */
export function lexLine(line: string): Token[] {
  const lower = line.toLowerCase();
  const raw = scanLine(lower, line, CJK_LEXICON);
  const out: Token[] = [];
  for (let i = 0; i < raw.length; ) {
    const t = raw[i];
    const prev = out[out.length - 1];
    const unit = unitAt(raw, i);
    if (unit) {
      out.push(unit.token);
      i += unit.length;
      continue;
    }
    const between = prev?.kind === 'num' && raw[i + 1]?.kind === 'num';
    if (between && ((t.kind === 'word' && t.text === 'to') || (t.kind === 'cjk' && CJK_RANGE_WORDS.has(t.text)))) {
      out.push({ kind: 'sep' });
      i += 1;
      continue;
    }
    // OCR of a zero as the letter O at the start of a range: "O - 4l".
    if (t.kind === 'word' && t.text === 'o' && raw[i + 1]?.kind === 'sep' && raw[i + 2]?.kind === 'num') {
      out.push({ kind: 'num', value: 0, text: '0', ocr: { printed: t.raw, unsure: false } });
      i += 1;
      continue;
    }
    const p = patternAt(raw, i);
    if (p && fits(p.token, raw, i, p.length)) {
      out.push(p.token);
      i += p.length;
      continue;
    }
    if (t.kind === 'cjk') out.push(CJK_WORDS[t.text] ?? { kind: 'word', text: t.text });
    else if (t.kind === 'word') out.push({ kind: 'word', text: t.text });
    else out.push(t);
    i += 1;
  }
  return out;
}

const SUPERSCRIPTS = '⁰¹²³⁴⁵⁶⁷⁸⁹';

/** Superscript digits are footnote marks: normalising would glue them to the value ("61¹" to 611). */
function marksOf(text: string): string {
  let out = '';
  for (const c of text) {
    const d = SUPERSCRIPTS.indexOf(c);
    out += d >= 0 ? ` *${d} ` : c;
  }
  return out;
}

type DateToken = Extract<Token, { kind: 'date' }>;
const ymdOf = (y: readonly [number, number, number]): number => y[0] * 10000 + y[1] * 100 + y[2];

/** The first of the dates that is the latest, by the reading `of` gives each. */
function latestIndex(dates: readonly DateToken[], of: (t: DateToken) => number): number {
  let best = -1;
  let at = -1;
  dates.forEach((t, i) => {
    const v = of(t);
    if (v > best) [best, at] = [v, i];
  });
  return at;
}

/**
 * The dates of one paste are written one way round. Month first when one of them can only be read so ("3/17/2026")
 * and none only day first; day first otherwise. When no date tells, and reading them the other way round would change
 * which is the latest ("03/02/2026" and "02/03/2026"), the dates that could be either are not used: the bot asks.
 */
function settleDateOrder(lines: Token[][]): void {
  const dates = lines.flatMap((line) => line.filter((t): t is DateToken => t.kind === 'date' && t.ymd !== null));
  const either = dates.filter((t) => t.monthFirst);
  if (either.length === 0) return;
  const dayFirst = dates.some((t) => t.order === 'dayFirst');
  const monthFirst = dates.some((t) => t.order === 'monthFirst');
  if (monthFirst && !dayFirst) for (const t of either) t.ymd = t.monthFirst ?? t.ymd;
  if (dayFirst || monthFirst) return;
  const asPrinted = latestIndex(dates, (t) => (t.ymd ? ymdOf(t.ymd) : 0));
  const turned = latestIndex(dates, (t) => ymdOf(t.monthFirst ?? t.ymd ?? [0, 0, 0]));
  if (asPrinted !== turned) for (const t of either) t.ymd = null;
}

/** The lines of a paste, normalised (full-width forms, dashes, spaces) and lexed. */
export function lexReport(text: string): Token[][] {
  const lines = normaliseText(marksOf(text)).split('\n').map(lexLine);
  settleDateOrder(lines);
  return lines;
}
