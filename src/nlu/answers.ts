import { memoByText } from './memo';
import { foldForMatch, hasCjk, normaliseText } from './normalise';
import { ageFromBirth, digitsForWords, hasNumberWords } from './numberWords';
import { findNumbers, parseChineseNumeral, parseSingleNumber } from './numbers';
import { VOCAB } from './vocabulary';

export type SexAnswer = 'male' | 'female' | 'unknown';

/** parseSex, remembered per reply text: one turn asks the same reply more than once (issue 30 item 1). */
export const parseSex: (text: string) => SexAnswer | null = memoByText((text) => readSex(text));

function readSex(text: string): SexAnswer | null {
  return sexIn(foldForMatch(text)) ?? sexIn(foldForMatch(text.split(/[.,，。;；!！\n]|(?<=[\u3400-\u9fff])\s+/)[0] ?? ''));
}

/** The words for each answer, with the whole-word expression of each Latin one made once (issue 30 item 1). */
const SEX_WORDS = (['female', 'male', 'unknown'] as const).map((key) => ({
  key,
  words: (VOCAB.sex[key] ?? []).map((w) => ({ w, cjk: hasCjk(w), re: new RegExp(`(?<![a-z])${w.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}(?![a-z])`) })),
}));

function sexIn(folded: string): SexAnswer | null {
  if (folded === '') return null;
  const short = [...folded].length <= SHORT_CJK_REPLY;
  for (const { key, words } of SEX_WORDS) {
    if (words.some(({ w, cjk, re }) => folded === w || (cjk ? (w.length >= 2 || short) && folded.includes(w) : w.length > 2 && re.test(folded)))) return key;
  }
  return null;
}

/** A Chinese reply this short ("俺是女的") may hold the one-character word anywhere. */
const SHORT_CJK_REPLY = 6;

export const MIN_AGE = 1;
export const MAX_AGE = 120;

/** An age in years, in digits or words ("34", "thirty-four", "三十四岁"); null if none or not plausible. */
const AGE_MARKED = /(\d{1,3})\s*(?:岁|周岁|years?\s*old|yrs?\b|yo\b|y\/o)/i;
const CN_AGE = /([一二三四五六七八九])十有?([一二三四五六七八九])?/;

/**
 * parseAge: a year of birth or a date is counted to `now` ("born in '52", "属龙的，52年生"); any other reply is read by
 * readAge, remembered per reply text (one turn asks the same reply more than once: issue 30 item 1).
 */
export function parseAge(text: string, now: Date = new Date()): number | null {
  const born = ageFromBirth(text, now);
  if (born !== null) return plausibleAge(born);
  return readAgeOnce(text);
}

const readAgeOnce: (text: string) => number | null = memoByText((text) => readAge(text));

function readAge(text: string): number | null {
  // "turning 60 next month": 59 now.
  const turning = /\bturning\s+(\d{1,3})\b/i.exec(text);
  if (turning) return plausibleAge(Number(turning[1]) - 1);
  const marked = /周岁\s*(\d{1,3})/.exec(text) ?? AGE_MARKED.exec(text);
  if (marked) return plausibleAge(Number(marked[1]));
  const cn = CN_AGE.exec(normaliseText(text));
  if (cn?.[1] && /有/.test(cn[0])) return plausibleAge((parseChineseNumeral(cn[1]) ?? 0) * 10 + (parseChineseNumeral(cn[2] ?? '') ?? 0));
  // "七十三，老头子一个", "forty 2", "廿九歲": a number in words that opens the reply, or is the one marked as years.
  if (hasNumberWords(text)) {
    const worded = digitsForWords(text);
    const first = /^\s*(\d{1,3})(?![\d.])/.exec(worded) ?? AGE_MARKED.exec(worded);
    if (first) return plausibleAge(Number(first[1]));
  }
  // "52 对了我这几天…": a reply that opens with a number gives it first.
  const opening = /^\s*(\d{1,3})(?![\d后年])/.exec(text);
  if (opening) return plausibleAge(Number(opening[1]));
  const clean = text.replace(/岁|周岁|years?\s*old|yrs?|y\/o|yo\b/gi, ' ');
  const n = parseSingleNumber(clean);
  if (n !== null) return Number.isInteger(n) && n >= MIN_AGE && n <= MAX_AGE ? n : null;
  // "i'll be 50 in january so 49 for now", "not 40 yet, 39": the last plausible age is the answer.
  const all = findNumbers(clean).map((x) => x.value).filter((v) => Number.isInteger(v) && v >= MIN_AGE && v <= MAX_AGE);
  return all.length > 0 ? (all[all.length - 1] ?? null) : null;
}

function plausibleAge(n: number): number | null {
  return Number.isInteger(n) && n >= MIN_AGE && n <= MAX_AGE ? n : null;
}
