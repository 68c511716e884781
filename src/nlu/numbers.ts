import { memoByText } from './memo';
import { NumberRecognizer } from '@microsoft/recognizers-text-number';
import { cultureOfScript } from '../i18n/locales';
import { cutAt, digitRuns, textWindows } from './inputLimits';
import { hasCjk, normaliseText } from './normalise';

const CN_DIGIT: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const CN_UNIT: Record<string, number> = { 十: 10, 百: 100, 千: 1000, 万: 10000 };

/** Small Chinese numerals such as 二, 两, 十二, 二十五, 一百二十 (for counts like 二两白酒 that Recognizers-Text leaves alone). */
export function parseChineseNumeral(s: string): number | null {
  if (!/^[零〇一二两三四五六七八九十百千万]+$/.test(s)) return null;
  let total = 0;
  let section = 0;
  let digit: number | null = null;
  for (const ch of s) {
    const d = CN_DIGIT[ch];
    if (d !== undefined) {
      digit = d;
      continue;
    }
    const unit = CN_UNIT[ch] ?? 1;
    if (unit === 10000) {
      total += (section + (digit ?? 0)) * unit;
      section = 0;
    } else {
      section += (digit ?? 1) * unit;
    }
    digit = null;
  }
  return total + section + (digit ?? 0);
}

/** Digits with a decimal comma ("1,27") read as a decimal point; thousands ("1,250") kept as thousands. */
export function fixDecimalCommas(text: string): string {
  return text.replace(/(\d),(\d{1,2})(?!\d)/g, '$1.$2').replace(/(\d),(\d{3})(?!\d)/g, '$1$2');
}

/** Recognizers-Text number models, built once per culture (building one takes tens of milliseconds). */
const models = new Map<string, ReturnType<NumberRecognizer['getNumberModel']>>();
function numberModel(culture: string): ReturnType<NumberRecognizer['getNumberModel']> {
  let model = models.get(culture);
  if (!model) {
    model = new NumberRecognizer(culture).getNumberModel();
    models.set(culture, model);
  }
  return model;
}

/** The most of a text findNumbers reads: a short answer or a report line is shorter. */
export const NUMBER_TEXT_MAX_CHARS = 512;
/** Recognizers-Text is run on windows of at most this many characters... */
export const NUMBER_WINDOW_CHARS = 48;
/** ...or of this many in Chinese, where a character says as much as a word (the longest numerals are about 15). */
export const NUMBER_WINDOW_CHARS_CJK = 16;
/** ...and on at most this many of them, so that its time is bounded whatever the text holds. */
export const NUMBER_MAX_WINDOWS = 12;
/** A window with more runs of digits than this is no one's answer (a lab line has six): its digits are read directly. */
export const NUMBER_MAX_DIGIT_RUNS = 8;

/**
 * Every number in a text, as the user wrote it: digits, words ("sixty-eight"), or Chinese numerals ("六十八").
 * Positions are in the normalised text. Only the first NUMBER_TEXT_MAX_CHARS are read, in short windows cut at
 * spaces and punctuation: the number model's time grows faster than the text's length.
 */
export function findNumbers(text: string): { value: number; start: number; end: number; text: string }[] {
  const clean = fixDecimalCommas(normaliseText(cutAt(text, NUMBER_TEXT_MAX_CHARS)));
  const plain = /^\s*(\d+(?:\.\d+)?)\s*$/.exec(clean);
  if (plain?.[1]) return [{ value: Number(plain[1]), start: clean.indexOf(plain[1]), end: clean.indexOf(plain[1]) + plain[1].length - 1, text: plain[1] }];
  const out: { value: number; start: number; end: number; text: string }[] = [];
  const windowChars = hasCjk(clean) ? NUMBER_WINDOW_CHARS_CJK : NUMBER_WINDOW_CHARS;
  for (const window of textWindows(clean, windowChars, NUMBER_MAX_WINDOWS)) {
    if (digitRuns(window.text) > NUMBER_MAX_DIGIT_RUNS) {
      for (const m of window.text.matchAll(/\d+(?:\.\d+)?/g)) {
        out.push({ value: Number(m[0]), start: m.index + window.start, end: m.index + window.start + m[0].length - 1, text: m[0] });
      }
      continue;
    }
    const culture = cultureOfScript(hasCjk(window.text) ? 'Hans' : 'Latn');
    for (const r of numberModel(culture).parse(window.text)) {
      const raw = (r.resolution as { value?: string } | undefined)?.value;
      const value = raw === undefined ? Number.NaN : Number(raw);
      if (Number.isFinite(value)) out.push({ value, start: r.start + window.start, end: r.end + window.start, text: r.text });
    }
  }
  return out;
}

/** The single number an answer gives, or null when there is none or more than one. */
/** parseSingleNumber, remembered per reply text: one turn asks the same reply more than once (issue 30 item 1). */
export const parseSingleNumber: (text: string) => number | null = memoByText((text) => readSingleNumber(text));

function readSingleNumber(text: string): number | null {
  const numbers = findNumbers(text);
  if (numbers.length === 1) return numbers[0]?.value ?? null;
  const cn = parseChineseNumeral(cutAt(text, NUMBER_TEXT_MAX_CHARS).trim());
  return numbers.length === 0 ? cn : null;
}
