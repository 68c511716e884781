import { Culture, recognizeDateTime } from '@microsoft/recognizers-text-suite';
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

/**
 * How many days ago something happened: "3 days ago", "last weekend", "on Saturday", "前天", "上周六", "2 days before
 * the test". Uses Recognizers-Text (zh-cn for Chinese). Null when the text names no time.
 */
export function parseDaysAgo(text: string, reference: Date = new Date()): number | null {
  const clean = normaliseText(text);
  const culture = hasCjk(clean) ? Culture.Chinese : Culture.English;
  const found = recognizeDateTime(clean, culture, undefined, reference);
  for (const r of found) {
    const values = ((r.resolution as { values?: Resolution[] } | undefined)?.values ?? []) as Resolution[];
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
  if (/\b(today|this morning|tonight|this evening)\b|今天|今早|今晚/.test(clean.toLowerCase())) return 0;
  return null;
}
