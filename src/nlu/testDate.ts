import { cultureOfScript } from '../i18n/locales';
import { DATE_TEXT_MAX_CHARS, dateTimeModel, dateWindows } from './daysAgo';
import { cutAt } from './inputLimits';
import { hasCjk, normaliseText } from './normalise';

/** When an earlier blood test was taken, as read from everyday words. */
export interface TestDateReading {
  /** 'YYYY-MM-DD'; for a span ("early October", "上个月") its first day. */
  date: string;
  /** The words named a span, not a day: the date is said back as a month. */
  approximate: boolean;
  /** The (normalised) text without the date's words, to be read for a value. */
  rest: string;
}

interface Resolution {
  type?: string;
  value?: string;
  start?: string;
  end?: string;
}

const ISO = /^\d{4}-\d{2}-\d{2}$/;

function iso(d: Date): string {
  return d.toISOString().slice(0, 10);
}

/** The reference's own calendar day (the server's clock, as parseDaysAgo reads it). */
function referenceDay(reference: Date): string {
  return iso(new Date(Date.UTC(reference.getFullYear(), reference.getMonth(), reference.getDate())));
}

/**
 * Chinese part-of-month words that Recognizers-Text passes over ("上个月初" resolves to the whole month): 初/上旬 the
 * first ten days, 中/中旬 the middle ten, 底/末/下旬 the rest. The span's first day is kept.
 */
function chinesePart(text: string, after: number): 'early' | 'mid' | 'late' | null {
  const next = text.slice(after, after + 3);
  if (/^(初|上旬)/.test(next)) return 'early';
  if (/^(中旬|中)/.test(next)) return 'mid';
  if (/^(底|末|下旬)/.test(next)) return 'late';
  return null;
}

function shiftDay(isoDay: string, part: 'early' | 'mid' | 'late' | null): string {
  if (part === null || part === 'early') return isoDay;
  return `${isoDay.slice(0, 8)}${part === 'mid' ? '11' : '21'}`;
}

/**
 * The date of an earlier test from everyday words: "2 October", "early October", "last month", "6 weeks ago",
 * "2026-10-02", "10月2日", "上个月初". Of the readings Recognizers-Text offers (a month without a year is both last
 * October and next), the latest one not after today is taken: an earlier test is in the past. Null when no date is
 * named, or only a future one.
 */
export function parseTestDate(text: string, reference: Date = new Date()): TestDateReading | null {
  const clean = normaliseText(cutAt(text, DATE_TEXT_MAX_CHARS));
  const today = referenceDay(reference);
  for (const window of dateWindows(clean)) {
    const found = dateTimeModel(cultureOfScript(hasCjk(window.text) ? 'Hans' : 'Latn')).parse(window.text, reference);
    for (const r of found) {
      const values = (r.resolution as { values?: Resolution[] } | undefined)?.values ?? [];
      const part = chinesePart(window.text, r.end + 1);
      const candidates: { date: string; approximate: boolean }[] = [];
      for (const v of values) {
        if ((v.type === 'date' || v.type === 'datetime') && v.value && ISO.test(v.value.slice(0, 10))) candidates.push({ date: v.value.slice(0, 10), approximate: false });
        else if (v.type === 'daterange' && v.start && ISO.test(v.start)) candidates.push({ date: shiftDay(v.start, part), approximate: true });
      }
      const past = candidates.filter((c) => c.date <= today).sort((a, b) => (a.date < b.date ? 1 : -1));
      const best = past[0];
      if (best) {
        const start = window.start + r.start;
        const end = window.start + r.end + 1 + (part ? 1 : 0);
        return { ...best, rest: `${clean.slice(0, start)} ${clean.slice(end)}` };
      }
    }
  }
  return null;
}

/** Words that say a value is an earlier result, not a correction of this one ("previous", "last time", "上次"). */
const EARLIER = /\b(earlier|previous|prior|last (time|test|result|check)|before that|first test|old result)\b|上次|上一次|前一次|之前|以前|第一次/i;

export function saysEarlier(text: string): boolean {
  return EARLIER.test(normaliseText(cutAt(text, DATE_TEXT_MAX_CHARS)));
}
