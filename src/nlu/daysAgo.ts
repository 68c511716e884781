import type { DateTimeRecognizer } from '@microsoft/recognizers-text-date-time';
import { cultureOfScript } from '../i18n/locales';
import { parseChineseNumeral } from './numbers';
import { cutAt, digitRuns, textWindows, type TextWindow } from './inputLimits';
import { hasCjk, normaliseText } from './normalise';

const DAY_MS = 86_400_000;

function startOfDay(d: Date): number {
  return Date.UTC(d.getFullYear(), d.getMonth(), d.getDate());
}

function daysBetween(isoDate: string, reference: Date): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!m) return null;
  const day = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  return Math.round((startOfDay(reference) - day) / DAY_MS);
}

interface Resolution {
  type?: string;
  value?: string;
  start?: string;
  end?: string;
}

/** Recognizers-Text date-time models, built once per culture. */
const models = new Map<string, ReturnType<DateTimeRecognizer['getDateTimeModel']>>();
export function dateTimeModel(culture: string): ReturnType<DateTimeRecognizer['getDateTimeModel']> {
  let model = models.get(culture);
  if (!model) {
    // Loaded on first use: the date-time recognizer is large (about 30 MB) and most answers never need it.
    const { DateTimeRecognizer: Recognizer } = require('@microsoft/recognizers-text-date-time') as typeof import('@microsoft/recognizers-text-date-time');
    model = new Recognizer(culture).getDateTimeModel();
    models.set(culture, model);
  }
  return model;
}

const WORD_DAYS: Record<string, number> = { zuotian: 1, qiantian: 2, jintian: 0, '几天前': 3, '几天之前': 3, '前几天': 3, today: 0, 'this morning': 0, tonight: 0, yesterday: 1, '今天': 0, '今早': 0, '今晚': 0, '昨天': 1, '昨晚': 1, '前天': 2, '大前天': 3 };
const ENGLISH_NUMBERS: Record<string, number> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 };

/** Cantonese and northern words for days (琴日 yesterday, 前日 the day before, 今儿 today). */
const LOCAL_DAY_WORDS: Record<string, number> = { 琴日: 1, 寻日: 1, 昨儿: 1, 前儿: 2, 前日: 2, 今儿: 0, 今日: 0 };
/** Words for the test itself: a day said against it is counted from it ("抽血前两天", "the day of the blood test"). */
const TEST_EN = '(?:the|my)\\s+(?:blood\\s+)?(?:test|draw|bloods|blood\\s+work|labs?|appointment)';
const TEST_ZH = '(?:抽血|验血|采血|化验|体检|检查|测|查)';
const ON_TEST_DAY_EN = new RegExp(`\\b(?:(?:day|morning)\\s+of\\s+${TEST_EN}|same\\s+day\\s+as\\s+${TEST_EN}|that\\s+same\\s+morning|(?:right|just)\\s+before\\s+${TEST_EN})`);
const DAY_BEFORE_TEST_EN = new RegExp(`\\b(?:the\\s+)?(?:day|night|evening)\\s+before\\s+${TEST_EN}`);
const ON_TEST_DAY_ZH = new RegExp(`${TEST_ZH}(?:的)?(?:当天|那天|当日|那日|前一会|之前一会)`);
const DAY_BEFORE_TEST_ZH = new RegExp(`${TEST_ZH}(?:的)?(?:前一天|头一天|前一晚|前一天晚上)`);
const DAYS_BEFORE_TEST_ZH = new RegExp(`${TEST_ZH}(?:之前|以前|前)(?:的)?([\\d一二两三四五六七八九十]{1,3})(?:天|日)`);

/**
 * Days counted against the test (issue #27 item 5): "two mornings before the blood draw" is 2 before it, "抽血前两天"
 * 2, "the day before the test" 1, "the morning of the test" and "抽血当天" 0. The exercise question asks for days
 * before the test, so a day said against the test is that number, not days before today.
 */
function againstTheTest(lower: string): number | null {
  if (ON_TEST_DAY_EN.test(lower) || ON_TEST_DAY_ZH.test(lower)) return 0;
  if (DAY_BEFORE_TEST_EN.test(lower) || DAY_BEFORE_TEST_ZH.test(lower)) return 1;
  const zh = DAYS_BEFORE_TEST_ZH.exec(lower);
  if (zh?.[1]) return /^\d+$/.test(zh[1]) ? Number(zh[1]) : parseChineseNumeral(zh[1]);
  return null;
}

/**
 * The most common answers, read directly ("3 days ago", "yesterday", "前天", "三天前"): Recognizers-Text takes
 * a few milliseconds per parse, so it is kept for everything else.
 */
function commonForm(text: string): number | null {
  const lower = text.toLowerCase().trim();
  const test = againstTheTest(lower);
  if (test !== null) return test;
  if (/\bday before yesterday\b/.test(lower)) return 2;
  if (/\bfortnight ago\b/.test(lower)) return 14;
  const local = /(琴日|寻日|昨儿|前儿|前日|今儿|今日)/.exec(lower);
  if (local?.[1]) return LOCAL_DAY_WORDS[local[1]] ?? null;
  const cn = /(几天之前|几天前|前几天|大前天|前天|昨天|昨晚|今天|今早|今晚)/.exec(lower);
  if (cn?.[1]) return WORD_DAYS[cn[1]] ?? null;
  const en = /\b(today|this morning|tonight|yesterday)\b|(zuotian|qiantian|jintian)/.exec(lower);
  const enWord = en?.[1] ?? en?.[2];
  if (enWord) return WORD_DAYS[enWord] ?? null;
  // "2 mornings before", "3 nights prior": a morning or a night counts as its day.
  const ago = /\b(\d{1,2}|a|an|one|two|three|four|five|six|seven|eight|nine|ten)\s+(days?|weeks?|mornings?|nights?|evenings?)\s+(ago|before|prior|earlier)\b/.exec(lower);
  if (ago?.[1] && ago[2]) {
    const n = /^\d+$/.test(ago[1]) ? Number(ago[1]) : (ENGLISH_NUMBERS[ago[1]] ?? 0);
    return ago[2].startsWith('week') ? n * 7 : n;
  }
  const cnAgo = /(?<![\d零一二两三四五六七八九十])([\d零一二两三四五六七八九十]+)\s*(天|周|星期)(前|之前|以前)/.exec(lower);
  if (cnAgo?.[1] && cnAgo[2]) {
    const n = /^\d+$/.test(cnAgo[1]) ? Number(cnAgo[1]) : (parseChineseNumeral(cnAgo[1]) ?? 0);
    return cnAgo[2] === '天' ? n : n * 7;
  }
  return null;
}

/** The most of a text parseDaysAgo reads: an answer about when something happened is short. */
export const DATE_TEXT_MAX_CHARS = 512;
/** The date-time model is run on windows of at most this many characters... */
export const DATE_WINDOW_CHARS = 32;
/** ...and only on the first few that hold something a date could be made of. */
export const DATE_MAX_WINDOWS = 2;
/** No time expression has more runs of digits than this ("2020-01-01 to 2020-01-02" has six). */
const DATE_MAX_DIGIT_RUNS = 6;

/** Digits, or a word a time expression needs (English or Chinese). */
const DATE_CUE =
  /\d|ago|before|last|past|yesterday|today|tonight|morning|week|month|day|mon|tue|wed|thu|fri|sat|sun|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|[前昨今上周星期礼拜天日号月晚早]/i;

/** The short windows of a (cut, normalised) text that the date-time model is run on: at most DATE_MAX_WINDOWS. */
export function dateWindows(clean: string): TextWindow[] {
  return textWindows(clean, DATE_WINDOW_CHARS, Math.ceil(DATE_TEXT_MAX_CHARS / (DATE_WINDOW_CHARS / 2)) + 1)
    .filter((w) => DATE_CUE.test(w.text) && digitRuns(w.text) <= DATE_MAX_DIGIT_RUNS)
    .slice(0, DATE_MAX_WINDOWS);
}

/**
 * How many days ago something happened: "3 days ago", "last weekend", "on Saturday", "前天", "上周六", "2 days before
 * the test". Uses Recognizers-Text (its Chinese culture for Chinese) on at most DATE_MAX_WINDOWS short windows of the first
 * DATE_TEXT_MAX_CHARS, since its time grows with the cube of the text's length. Null when the text names no time.
 */
export function parseDaysAgo(text: string, reference: Date = new Date()): number | null {
  const clean = normaliseText(cutAt(text, DATE_TEXT_MAX_CHARS));
  const common = commonForm(clean);
  if (common !== null) return common;
  for (const window of dateWindows(clean)) {
    const days = daysIn(window.text, reference);
    if (days !== null) return days;
  }
  return null;
}

/** The closest day ago that the first time expression in a short text names. */
function daysIn(text: string, reference: Date): number | null {
  const found = dateTimeModel(cultureOfScript(hasCjk(text) ? 'Hans' : 'Latn')).parse(text, reference);
  for (const r of found) {
    const values = ((r.resolution as { values?: Resolution[] } | undefined)?.values ?? []);
    const candidates: number[] = [];
    for (const v of values) {
      if (v.type === 'date' && v.value) {
        const d = daysBetween(v.value, reference);
        if (d !== null && d >= 0) candidates.push(d);
      } else if (v.type === 'daterange' && v.end) {
        // The range's end is exclusive: its last day is the closest one.
        const d = daysBetween(v.end, reference);
        if (d !== null) candidates.push(Math.max(0, d + 1));
      } else if (v.type === 'duration' && v.value) {
        candidates.push(Math.round(Number(v.value) / 86_400));
      } else if (v.type === 'datetime' && v.value) {
        const d = daysBetween(v.value.slice(0, 10), reference);
        if (d !== null && d >= 0) candidates.push(d);
      }
    }
    if (candidates.length > 0) return Math.min(...candidates);
  }
  return null;
}
