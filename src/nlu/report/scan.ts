/**
 * The first pass over one line of a pasted report: characters into raw tokens (numbers, words, Chinese text,
 * symbols, dates). Every step moves forward and looks ahead a bounded distance, so a line of any length is
 * scanned in linear time; no regular expression runs over more than a short window.
 */
export type RawToken =
  /** A number; `ocr` when letters stood for digits ("4l" for 41): the printed text, and whether the reading is a guess. */
  | { kind: 'num'; value: number; text: string; ocr?: { printed: string; unsure: boolean } }
  | { kind: 'word'; text: string; raw: string }
  | { kind: 'cjk'; text: string }
  | { kind: 'sep' }
  | { kind: 'upto' }
  | { kind: 'above' }
  | { kind: 'flag' }
  /**
   * A date; the year is 0 when the date has none ("3月1日"). `monthFirst`: the reading of a numeric date that could
   * be either way round ("03/02/2026"), month first, to be taken when other dates of the paste are month-first.
   */
  | { kind: 'date'; ymd: [number, number, number] | null; order?: 'dayFirst' | 'monthFirst'; monthFirst?: [number, number, number] }
  | { kind: 'time' }
  /** A footnote mark: "*1", a superscript, "†". */
  | { kind: 'mark'; id: string }
  | { kind: 'punct'; ch: string }
  | { kind: 'code' };

const OTHER_LETTERS = 'μöäåéüøγ';
const FLAG_SYMBOLS = '↑↓▲▼*↗↘';
const SKIPPED = ' \t"\'`';
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
/** Letters glued after a number that are a flag ("63h") or the start of a unit ("68u/l"); anything else makes a code. */
const GLUED_FLAGS = new Set(['h', 'hh', 'l', 'll', 'high', 'low']);
const GLUED_UNITS = new Set(['u', 'iu', 'ui', 'ukat', 'μkat', 'mg', 'umol', 'μmol', 'mmol', 'g', 'units', 'unit']);
/** How far a date pattern may reach from its first digit. */
const DATE_WINDOW = 24;

export const isDigit = (c: string | undefined): boolean => c !== undefined && c >= '0' && c <= '9';
export const isLetter = (c: string | undefined): boolean =>
  c !== undefined && ((c >= 'a' && c <= 'z') || OTHER_LETTERS.includes(c));
export const isCjk = (c: string | undefined): boolean => {
  if (c === undefined) return false;
  const k = c.charCodeAt(0);
  return k >= 0x3400 && k <= 0x9fff;
};

const NUM_DATE = /^(\d{1,4})([/.-])(\d{1,2})\2(\d{2,4})(?!\d)/;
const TEXT_DATE = /^(\d{1,2})(?:st|nd|rd|th)?[ ./-]{0,3}(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}\.?[ ./,-]{0,3}(\d{4}|\d{2})(?!\d)/;
const MONTH_FIRST_DATE = /^(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}\.?[ ./-]{0,3}(\d{1,2})(?:st|nd|rd|th)?,?[ ./-]{0,3}(\d{4})(?!\d)/;
const TIME = /^\d{1,2}:\d{2}(?::\d{2})?(?!\d)/;
const CJK_DATE = /^(\d{2,4}) ?年 ?(\d{1,2}) ?月(?: ?(\d{1,2}) ?[日号])?/;
const CJK_MONTH_DAY = /^(\d{1,2}) ?月 ?(\d{1,2}) ?[日号]/;

const fullYear = (y: number): number => (y < 100 ? 2000 + y : y);

/** A numeric date as [year, month, day], day-first unless only month-first makes sense; null if it is no date. */
function numericDate(a: number, b: number, c: number, aDigits: number): [number, number, number] | null {
  if (aDigits === 4) return b >= 1 && b <= 12 && c >= 1 && c <= 31 ? [a, b, c] : null;
  // Taiwan's Minguo years: "115/02/10" is 2026-02-10.
  if (aDigits === 3) return a >= 1 && b >= 1 && b <= 12 && c >= 1 && c <= 31 ? [a + 1911, b, c] : null;
  const y = fullYear(c);
  if (b >= 1 && b <= 12 && a >= 1 && a <= 31) return [y, b, a];
  if (a >= 1 && a <= 12 && b >= 1 && b <= 31) return [y, a, b];
  return null;
}

/** Letters that phone OCR reads for digits, and the digit each stands for; other letters glued to digits make a code. */
const OCR_DIGITS: Record<string, string> = { o: '0', l: '1', i: '1', s: '5', b: '8' };
/** Letters OCR makes of more than one digit (g: 9 or 6, z: 2 or 7, q: 9 or 0): a reading with one is a guess. */
const OCR_UNSURE: Record<string, string> = { g: '9', z: '2', q: '9' };
const ocrDigit = (c: string | undefined): string | undefined => (c === undefined ? undefined : (OCR_DIGITS[c] ?? OCR_UNSURE[c]));
/** Which way round a numeric date with a two-digit year or day first is: only one way, or either (then both readings). */
function dateOrder(a: number, b: number, year: number, aDigits: number): { order?: 'dayFirst' | 'monthFirst'; monthFirst?: [number, number, number] } {
  if (aDigits > 2 || a === b) return {};
  const dayFirst = b >= 1 && b <= 12 && a >= 1 && a <= 31;
  const monthFirst = a >= 1 && a <= 12 && b >= 1 && b <= 31;
  if (dayFirst && monthFirst) return { monthFirst: [year, a, b] };
  return { order: dayFirst ? 'dayFirst' : 'monthFirst' };
}

/** How far into a date OCR letters are looked for ("2O26-O2-O3" has its last at 9). */
const OCR_DATE_REACH = 10;
function hasOcrLetter(w: string): boolean {
  for (let k = 0; k < OCR_DATE_REACH && k < w.length; k++) if (OCR_DIGITS[w.charAt(k)] !== undefined) return true;
  return false;
}

/** A window with OCR's letters for digits read as digits, for a date OCR damaged ("2l/O1/2026"); same length. */
function ocrDigits(w: string): string {
  let out = '';
  for (const c of w) out += OCR_DIGITS[c] ?? c;
  return out;
}

/** A date or time starting at i (a digit), as a token and its length, or null. */
function dateAt(s: string, i: number): { token: RawToken; length: number } | null {
  const w = s.slice(i, i + DATE_WINDOW);
  const n = NUM_DATE.exec(w) ?? (hasOcrLetter(w) ? NUM_DATE.exec(ocrDigits(w)) : null);
  if (n) {
    const [a, b] = [Number(n[1]), Number(n[3])];
    const ymd = numericDate(a, b, Number(n[4]), n[1].length);
    if (ymd) return { token: { kind: 'date', ymd, ...dateOrder(a, b, ymd[0], n[1].length) }, length: n[0].length };
  }
  const t = TEXT_DATE.exec(w);
  if (t) return { token: { kind: 'date', ymd: [fullYear(Number(t[3])), MONTHS.indexOf(t[2]) + 1, Number(t[1])] }, length: t[0].length };
  const c = CJK_DATE.exec(w);
  if (c) return { token: { kind: 'date', ymd: [fullYear(Number(c[1])), Number(c[2]), Number(c[3] ?? 1)] }, length: c[0].length };
  const md = CJK_MONTH_DAY.exec(w);
  if (md) return { token: { kind: 'date', ymd: [0, Number(md[1]), Number(md[2])] }, length: md[0].length };
  const time = TIME.exec(w);
  if (time) return { token: { kind: 'time' }, length: time[0].length };
  return null;
}

function runEnd(s: string, from: number, test: (c: string | undefined) => boolean): number {
  let j = from;
  while (j < s.length && test(s[j])) j++;
  return j;
}

/** Is a range separator (and then a digit) next, after spaces? Then "45. 10-40" is 45 and a range, not 45.10. */
function rangeFollows(s: string, from: number): boolean {
  let j = runEnd(s, from, (c) => c === ' ');
  if (s[j] === '-' || s[j] === '~' || s[j] === '一' || s[j] === '至') j++;
  else if (s.startsWith('to ', j)) j += 2;
  else return false;
  j = runEnd(s, j, (c) => c === ' ');
  return isDigit(s[j]);
}

const isOcrChar = (c: string | undefined): boolean => isDigit(c) || ocrDigit(c) !== undefined;

/**
 * A whole number with letters in it where digits belong ("4l", "3O", "1O2", "l5"), read as digits. A letter glued
 * after digits that is a flag as printed ("63H", "4L" in capitals), or a unit, is not OCR damage. Null when the run is
 * no such number.
 */
function ocrNumberAt(s: string, raw: string, i: number): { token: RawToken; end: number } | null {
  const end = runEnd(s, i, isOcrChar);
  if (isLetter(s[end]) || isDigit(s[end]) || s[end] === '.' || end - i > 5) return null;
  const text = s.slice(i, end);
  let digits = '';
  let letters = 0;
  let unsure = false;
  for (const c of text) {
    if (isDigit(c)) digits += c;
    else {
      letters++;
      unsure ||= OCR_UNSURE[c] !== undefined;
      digits += ocrDigit(c) ?? '';
    }
  }
  if (letters === 0 || letters === text.length) return null;
  const printed = raw.slice(i, end);
  const tail = printed.slice(runEnd(text, 0, isDigit));
  if (isDigit(text[0]) && GLUED_FLAGS.has(tail.toLowerCase()) && tail === tail.toUpperCase()) return null;
  return { token: { kind: 'num', value: Number(digits), text: digits, ocr: { printed, unsure } }, end };
}

/** A number at i: decimals with a point or a comma ("1,27"), thousands ("1,250"), OCR's "16. 10"; then a glued flag or unit. */
function scanNumber(s: string, raw: string, i: number, out: RawToken[]): number {
  const date = dateAt(s, i);
  if (date) {
    out.push(date.token);
    return i + date.length;
  }
  const ocr = ocrNumberAt(s, raw, i);
  if (ocr) {
    out.push(ocr.token);
    return ocr.end;
  }
  let j = runEnd(s, i, isDigit);
  let text = s.slice(i, j);
  if (s[j] === '.' && isDigit(s[j + 1])) {
    const k = runEnd(s, j + 1, isDigit);
    text += s.slice(j, k);
    j = k;
  } else if (s[j] === ',' && isDigit(s[j + 1])) {
    const k = runEnd(s, j + 1, isDigit);
    const digits = k - j - 1;
    if (digits <= 2) {
      text += `.${s.slice(j + 1, k)}`;
      j = k;
    } else if (digits === 3 && text.length <= 3) {
      text += s.slice(j + 1, k);
      j = k;
    }
  } else if (s[j] === '.' && s[j + 1] === ' ') {
    // Phone OCR: "16. 10" is 16.10, unless the second number starts a range ("45. 10-40").
    const start = s[j + 2] === ' ' ? j + 3 : j + 2;
    const k = runEnd(s, start, isDigit);
    const digits = k - start;
    if (digits >= 1 && digits <= 2 && !isLetter(s[k]) && s[k] !== '.' && s[k] !== ',' && !rangeFollows(s, k)) {
      text += `.${s.slice(start, k)}`;
      j = k;
    }
  }
  if (isLetter(s[j])) {
    const k = runEnd(s, j, isLetter);
    const letters = s.slice(j, k);
    if (isDigit(s[k]) || (!GLUED_FLAGS.has(letters) && !GLUED_UNITS.has(letters))) {
      out.push({ kind: 'code' });
      return runEnd(s, k, (c) => isLetter(c) || isDigit(c));
    }
  }
  out.push({ kind: 'num', value: Number(text), text });
  return j;
}

/** A word at i; letters joined by a hyphen or underscore stay one word ("p-alat", "γ-gt"); letters then digits make a code ("z4m"). */
function scanWord(s: string, orig: string, i: number, out: RawToken[]): number {
  // "l5", "o8": OCR of a number whose first digit came out as a letter (only l, i, o: "B12" and "S5" stay codes).
  if ((s[i] === 'l' || s[i] === 'i' || s[i] === 'o') && isDigit(s[i + 1])) {
    const ocr = ocrNumberAt(s, orig, i);
    if (ocr) {
      out.push(ocr.token);
      return ocr.end;
    }
  }
  const monthDate = MONTHS.some((m) => s.startsWith(m, i)) ? MONTH_FIRST_DATE.exec(s.slice(i, i + DATE_WINDOW)) : null;
  if (monthDate) {
    out.push({ kind: 'date', ymd: [Number(monthDate[3]), MONTHS.indexOf(monthDate[1]) + 1, Number(monthDate[2])] });
    return i + monthDate[0].length;
  }
  let j = runEnd(s, i, isLetter);
  if (j === i + 1 && s[j] === '.' && isLetter(s[j + 1]) && !isLetter(s[j + 2])) {
    // Dotted abbreviations, as Indian reports print names: "S.G.P.T." is SGPT.
    let k = j;
    while (s[k] === '.' && isLetter(s[k + 1]) && !isLetter(s[k + 2])) k += 2;
    const word = s.slice(i, k).replace(/\./g, '');
    out.push({ kind: 'word', text: word, raw: orig.slice(i, k).replace(/\./g, '') });
    return s[k] === '.' ? k + 1 : k;
  }
  while ((s[j] === '-' || s[j] === '_') && isLetter(s[j + 1])) j = runEnd(s, j + 1, isLetter);
  if (isDigit(s[j])) {
    out.push({ kind: 'code' });
    return runEnd(s, j, (c) => isLetter(c) || isDigit(c));
  }
  out.push({ kind: 'word', text: s.slice(i, j).replace(/_/g, '-'), raw: orig.slice(i, j) });
  return j;
}

/** Chinese words by their first character, longest first. */
export type CjkLexicon = ReadonlyMap<string, readonly string[]>;

export function cjkLexicon(words: readonly string[]): CjkLexicon {
  const map = new Map<string, string[]>();
  for (const w of [...words].sort((a, b) => b.length - a.length)) map.set(w.charAt(0), [...(map.get(w.charAt(0)) ?? []), w]);
  return map;
}

function scanCjk(s: string, i: number, lexicon: CjkLexicon, out: RawToken[]): number {
  const hit = lexicon.get(s.charAt(i))?.find((w) => s.startsWith(w, i));
  const text = hit ?? (s[i]);
  out.push({ kind: 'cjk', text });
  return i + text.length;
}

function scanSymbol(s: string, i: number, out: RawToken[]): number {
  const c = s[i];
  if ((c === '*' || c === '#') && isDigit(s[i + 1]) && !isDigit(s[i + 2])) {
    out.push({ kind: 'mark', id: s.charAt(i + 1) });
    return i + 2;
  }
  if (c === '†' || c === '‡') {
    out.push({ kind: 'mark', id: c });
    return i + 1;
  }
  if (c === '<' || c === '≤' || c === '≦' || c === '⩽' || c === '≯') {
    out.push({ kind: 'upto' });
    return s[i + 1] === '=' ? i + 2 : i + 1;
  }
  if (c === '>' || c === '≥' || c === '⩾') {
    out.push({ kind: 'above' });
    return s[i + 1] === '=' ? i + 2 : i + 1;
  }
  if (c === '-' || c === '~') out.push({ kind: 'sep' });
  else if (FLAG_SYMBOLS.includes(c)) out.push({ kind: 'flag' });
  else out.push({ kind: 'punct', ch: c });
  return i + 1;
}

/**
 * Raw tokens of one line. `low` is the normalised line in lower case, `orig` the same before lower-casing (for
 * names that count only in capitals). `lexicon` holds the Chinese words to keep whole.
 */
export function scanLine(low: string, orig: string, lexicon: CjkLexicon): RawToken[] {
  const out: RawToken[] = [];
  const raw = orig.length === low.length ? orig : low;
  let i = 0;
  while (i < low.length) {
    const c = low[i];
    if (c !== undefined && SKIPPED.includes(c)) i++;
    else if (isDigit(c)) i = scanNumber(low, raw, i, out);
    else if (isLetter(c)) i = scanWord(low, raw, i, out);
    else if (isCjk(c)) i = scanCjk(low, i, lexicon, out);
    else i = scanSymbol(low, i, out);
  }
  return out;
}
