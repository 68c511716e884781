import { findNumbers, parseChineseNumeral } from './numbers';
import { normaliseText } from './normalise';

/**
 * Numbers given in words, and ages given as a year of birth (issue #29 item 4). The number grammar is
 * Recognizers-Text's (findNumbers); this module only puts its readings where the digit readers look for them, and
 * reads the financial (capital) Chinese numerals as the ordinary ones first.
 */

/** Capital numerals (大写数字, 陆拾贰) as the ordinary ones; 廿 and 卅 are twenty and thirty. */
const CAPITAL: Record<string, string> = { 壹: '一', 贰: '二', 貳: '二', 叁: '三', 參: '三', 肆: '四', 伍: '五', 陆: '六', 陸: '六', 柒: '七', 捌: '八', 玖: '九', 拾: '十', 佰: '百', 仟: '千', 廿: '二十', 卅: '三十' };
const CAPITAL_CHAR = /[壹贰貳叁參肆伍陆陸柒捌玖拾佰仟廿卅]/g;

export function ordinaryNumerals(text: string): string {
  return text.replace(CAPITAL_CHAR, (c) => CAPITAL[c] ?? c);
}

/** Words a number may be written in: English number words, or Chinese numerals. */
const NUMBER_WORD = /\b(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fourty|fifty|sixty|seventy|eighty|ninety|hundred)\b|[零〇一二两三四五六七八九十百廿卅壹贰貳叁參肆伍陆陸柒捌玖拾佰]/i;

export function hasNumberWords(text: string): boolean {
  return NUMBER_WORD.test(text);
}

/** Voice typing's "forty to" and typing's "forty 2": tens in words, then one digit. */
const TENS_THEN_DIGIT = /\b(twenty|thirty|forty|fourty|fifty|sixty|seventy|eighty|ninety)[\s-]+([1-9]|to|too)\b(?![\s-]*(?:\d|one|two|three|four|five|six|seven|eight|nine))/gi;
const TENS: Record<string, number> = { twenty: 20, thirty: 30, forty: 40, fourty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 };

/**
 * The text with numbers written in words put as digits ("seventy eight, normal up to forty five" → "78, normal up
 * to 45"; "谷丙 陆拾柒" → "谷丙 67"), for the readers that look for digits (lab values, ranges). Unchanged when the text
 * has no number words. Positions are Recognizers-Text's, in the normalised text.
 */
export function digitsForWords(text: string): string {
  if (!hasNumberWords(text)) return text;
  let clean = ordinaryNumerals(normaliseText(text)).replace(TENS_THEN_DIGIT, (_m, tens: string, unit: string) => {
    const u = /\d/.test(unit) ? Number(unit) : 2;
    return String((TENS[tens.toLowerCase()] ?? 0) + u);
  });
  // "thirty three" is one number, wherever the number reader's windows fall.
  clean = clean.replace(/\bfourty\b/gi, 'forty').replace(/\b(twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)\s+(one|two|three|four|five|six|seven|eight|nine)\b/gi, '$1-$2');
  const found = findNumbers(clean).filter((n) => !/^\d+(?:\.\d+)?$/.test(n.text.trim()) && Number.isFinite(n.value) && n.value >= 0);
  for (const n of [...found].sort((a, b) => b.start - a.start)) {
    // Chinese digits run into their neighbours ("谷丙一百零五"): a space keeps the lab reader's tokens apart.
    clean = `${clean.slice(0, n.start)} ${String(n.value)} ${clean.slice(n.end + 1)}`;
  }
  return clean;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
/** "born", "b.", "DOB", "a '72 baby", 出生, 生, "1979年的", 属马的. */
const BIRTH_CUE = /\b(?:born|birth|dob|d\.o\.b|b\.|baby|birthday|bday)|(?<!医)生|年的|属|屬|后$/i;
const DIGIT_YEAR = /(?<![\d/.-])(?:(19\d\d|20\d\d)|'(\d\d))(?![\d])/;
const CN_YEAR = /([零〇一二三四五六七八九]{2}|[零〇一二三四五六七八九]{4}|\d{2}|\d{4})年/;
const CN_DIGITS: Record<string, string> = { 零: '0', 〇: '0', 一: '1', 二: '2', 三: '3', 四: '4', 五: '5', 六: '6', 七: '7', 八: '8', 九: '9' };

function fullYear(twoOrFour: string, now: Date): number {
  const n = Number(twoOrFour);
  if (twoOrFour.length === 4) return n;
  return n <= now.getFullYear() % 100 ? 2000 + n : 1900 + n;
}

/** A named month with its day before or after it ("9th december", "march 3"), compiled once (issue 30 item 1). */
const NAMED_MONTH = new RegExp(`(?:\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?)?\\b(${MONTHS.join('|')})[a-z]*\\b(?:\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b)?`, 'i');

/** The month and day of birth when the reply gives them ("22/7/1985", "9th december 1970", "三月生"), else null. */
function birthday(text: string): { month: number; day: number | null } | null {
  const numeric = /\b(\d{1,2})[/.-](\d{1,2})[/.-](?:19|20)?\d\d\b/.exec(text);
  if (numeric) {
    const a = Number(numeric[1]);
    const b = Number(numeric[2]);
    // Day first unless that cannot be (the person's own convention is not known; either way gives the same year here).
    return a > 12 ? { month: b, day: a } : b > 12 ? { month: a, day: b } : { month: b, day: a };
  }
  const named = NAMED_MONTH.exec(text);
  if (named?.[2]) return { month: MONTHS.indexOf(named[2].toLowerCase()) + 1, day: Number(named[1] ?? named[3] ?? '') || null };
  const cn = /([一二三四五六七八九十]{1,2}|\d{1,2})月(?:([一二三四五六七八九十]{1,3}|\d{1,2})[日号])?/.exec(text);
  if (cn?.[1]) return { month: /\d/.test(cn[1]) ? Number(cn[1]) : (parseChineseNumeral(cn[1]) ?? 0), day: cn[2] ? (/\d/.test(cn[2]) ? Number(cn[2]) : parseChineseNumeral(cn[2])) : null };
  return null;
}

/**
 * An age given as a year of birth or a date: "born in '52", "DOB 22/07/1975", "1974年的", "属龙的，52年生",
 * "出生于一九六二年", or a bare year ("1992"). Counted to `now`, one less when the birthday is still to come this year.
 */
export function ageFromBirth(text: string, now: Date): number | null {
  const t = normaliseText(text).trim();
  const cue = BIRTH_CUE.test(t);
  let year: number | null = null;
  const cn = CN_YEAR.exec(t);
  if (cn?.[1] && (cue || /^\s*[^年]{2,4}年\s*$/.test(t))) year = fullYear([...cn[1]].map((c) => CN_DIGITS[c] ?? c).join(''), now);
  if (year === null) {
    const d = DIGIT_YEAR.exec(t);
    if (d && (cue || /^\s*(?:19|20)\d\d\s*$/.test(t))) year = d[1] ? Number(d[1]) : fullYear(d[2] ?? '', now);
  }
  if (year === null && cue) {
    // "nineteen fifty eight": Recognizers-Text reads the two halves; a century then a year in it is one year.
    const n = findNumbers(t).map((x) => x.value);
    const i = n.findIndex((v, k) => (v === 19 || v === 20) && (n[k + 1] ?? -1) >= 0 && (n[k + 1] ?? 100) < 100);
    if (i >= 0) year = (n[i] ?? 0) * 100 + (n[i + 1] ?? 0);
    else year = n.find((v) => Number.isInteger(v) && v >= 1900 && v <= now.getFullYear()) ?? null;
  }
  if (year === null || year > now.getFullYear() || year < now.getFullYear() - 120) return null;
  let age = now.getFullYear() - year;
  const b = birthday(t);
  if (b && (b.month > now.getMonth() + 1 || (b.month === now.getMonth() + 1 && b.day !== null && b.day > now.getDate()))) age--;
  return age >= 0 ? age : null;
}
