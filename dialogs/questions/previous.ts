import { checkRange, checkValue, toUnitsPerLitre } from '../../src/assessment/units';
import { saysDontKnow } from '../../src/nlu/dontKnow';
import { parseLabReport, parseUnnamedReading, type LabUnit } from '../../src/nlu/labReport';
import { parseTestDate, saysEarlier } from '../../src/nlu/testDate';
import { parseYesNo } from '../../src/nlu/yesNo';
import { phrase, type Phrase } from '../../src/views';
import { dateSay } from '../../src/explain/trend';
import type { Answers, PreviousAnswer, Session } from '../session';
import { defineQuestion, miss, ok, type Parsed } from './types';

/**
 * The earlier result (clinical spec §8a). The summary offers it once, after the results ("Have an earlier ALT result?
 * Type it with its date"); confirming the summary skips it. It is read every way the first result is: a pasted line or
 * report ("ALT 92 U/L 7-40 2026-10-02"), a value with its range ("92 (7-40)"), and a date in everyday words ("early
 * October", "上个月初"); a two-column paste gives it with the results. A date not given is asked next (not known: kept as
 * none, and the result shows the earlier value to the doctor and sets nothing).
 */

/** yyyymmdd from 'YYYY-MM-DD'. */
function yyyymmdd(iso: string): number {
  return Number(iso.replace(/-/g, ''));
}

function iso(d: Date): string {
  return new Date(Date.UTC(d.getFullYear(), d.getMonth(), d.getDate())).toISOString().slice(0, 10);
}

interface Read {
  value: number | null;
  range: [number, number] | null;
  unit: LabUnit | null;
  date: { date: string; approximate: boolean } | null;
}

/** A value and a date from a reply: a named ALT (line or report) first, else a bare reading of one line. */
/**
 * A typed earlier result ("ALT 92 on 2 October") is short: longer replies (a pasted report) give their date through
 * the report reader, and the date recogniser, whose time grows fast with length, is not run on them (issue 23).
 */
const TYPED_DATE_MAX_CHARS = 200;

/** The last reply read, for the same day: the summary's interruption and its own parse read the same reply. */
let lastRead: { key: string; read: Read } | null = null;

function readPrevious(text: string, now: Date): Read {
  const key = `${iso(now)}\u0000${text}`;
  if (lastRead?.key === key) return lastRead.read;
  const read = readPreviousOnce(text, now);
  lastRead = { key, read };
  return read;
}

function readPreviousOnce(text: string, now: Date): Read {
  const date = text.length <= TYPED_DATE_MAX_CHARS ? parseTestDate(text, now) : null;
  const rest = date ? date.rest : text;
  const report = parseLabReport(rest);
  const reading = report.alt?.value != null ? report.alt : rest.split('\n').filter((l) => l.trim() !== '').length <= 1 ? parseUnnamedReading(rest).reading : null;
  const unit = reading?.unit ?? report.unit ?? null;
  const fromReport = date === null && report.date !== null && report.date > 10_000 ? isoOf(report.date) : null;
  return {
    value: reading?.value ?? null,
    range: reading?.range ? [reading.range[0], reading.range[1]] : null,
    unit,
    date: date ? { date: date.date, approximate: date.approximate } : fromReport ? { date: fromReport, approximate: false } : null,
  };
}

function isoOf(n: number): string {
  const y = Math.floor(n / 10000);
  const m = Math.floor(n / 100) % 100;
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(n % 100).padStart(2, '0')}`;
}

/** VALUE-CHECK for the earlier value, in its own unit (else the current one). */
function problem(read: Read, a: Answers): Phrase | null {
  if (read.value === null) return null;
  const unit = read.unit ?? a.unit ?? 'U/L';
  const converted = toUnitsPerLitre(read.value, read.range, unit);
  const err = checkValue('alt', converted.value) ?? checkRange('altRange', converted.range);
  return err ? phrase(`invalid.${err.error}`, { high: read.range?.[1] ?? '', unit }) : null;
}

/** The summary's line: the earlier result as understood, or the offer to give one. */
export function previousLine(a: Answers): Phrase {
  const p = a.previous;
  if (!p || p.alt === null) return phrase('summary.previousNone');
  const unit = p.unit ?? a.unit ?? 'U/L';
  if (p.date === null) return phrase('summary.previousUndated', { value: p.alt, unit });
  const day = isoOf(p.date);
  return phrase('summary.previous', { value: p.alt, unit, date: dateSay(day, p.approximate === true, day.slice(0, 4)) });
}

/** Stores what a reply gave, keeping what was known before (a date said first, the value next). */
function apply(read: Read, before: PreviousAnswer | null | undefined): Parsed {
  const next: PreviousAnswer = {
    alt: read.value ?? before?.alt ?? null,
    altRange: read.value !== null ? read.range : (before?.altRange ?? null),
    unit: read.value !== null ? read.unit : (before?.unit ?? null),
    date: read.date ? yyyymmdd(read.date.date) : (before?.date ?? null),
    ...(read.date ? (read.date.approximate ? { approximate: true } : {}) : before?.approximate ? { approximate: true } : {}),
  };
  if (next.date === null) next.askDate = true;
  return ok((s) => (s.answers.previous = next));
}

/**
 * The summary's offer (issue #26: asked once, after the results): a reply there that names an earlier result is read
 * as one ("ALT 92 on 2 October", "上次 92，上个月初", "previous 92 (7-40)"); the summary is then shown again with it,
 * after its date is asked if it had none. Null when the reply is not about an earlier result (a bare "ALT 92" is
 * still a correction of this one). Confirming the summary skips it: nothing more to say for most people.
 */
export function earlierAtSummary(text: string, session: Session, now: Date): Parsed | null {
  const read = readPrevious(text, now);
  const today = iso(now);
  const pastDate = read.date !== null && read.date.date < today;
  if (read.value === null || !(pastDate || saysEarlier(text))) return null;
  const bad = problem(read, session.answers);
  return bad ? miss(bad) : apply(read, undefined);
}

export const previousDateQuestion = defineQuestion({
  id: 'previousDate',
  // It records the date of the earlier result (the results question's `previous`), and clears only that.
  fields: [],
  readsEarlierResult: true,
  needed: (s) => {
    const p = s.answers.previous;
    return !!p && p.alt !== null && p.date === null && p.askDate === true;
  },
  ask: () => ({ kind: 'question', say: [phrase('questions.previousDate.ask')], choices: [{ labelKey: 'choices.unsure', value: 'not sure' }] }),
  fallbackChoices: () => [],
  parse: (text, { session, now }) => {
    const date = parseTestDate(text, now);
    if (date) return apply({ value: null, range: null, unit: null, date }, session.answers.previous);
    if (saysDontKnow(text) || parseYesNo(text) === 'no') {
      return ok((s) => {
        if (s.answers.previous) delete s.answers.previous.askDate;
      }, [phrase('questions.previousDate.unknown')]);
    }
    return miss();
  },
  clear: (a) => {
    if (a.previous) a.previous.date = null;
  },
  skip: (a) => {
    if (a.previous) delete a.previous.askDate;
  },
});
