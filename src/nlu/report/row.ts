import type { LabUnit, Token } from './lex';

export type Range = [number, number];

/** What one analyte's row (or block) says. */
export interface AnalyteReading {
  value: number | null;
  range: Range | null;
  /** Sex-split ranges ("Male : < 45" / "Female : < 34"), to be picked once the sex is known. */
  sexRanges: { male: Range; female: Range } | null;
  unit: LabUnit | null;
}

/** Phone OCR put letters where digits belong: what was printed, and whether the reading made of it is a guess. */
export interface OcrDoubt {
  printed: string;
  unsure: boolean;
}

/** One result in a row: a row of a cumulative table holds several, each maybe with its date. */
export interface Cell {
  value: number;
  /** yyyymmdd (year 0 when the date has none), from a date printed with the value. */
  date: number | null;
  /** A date was printed with it that can't be read (a day and month that could be either way round). */
  dateUnknown?: boolean;
  ocr: OcrDoubt | null;
}

export interface RowReading {
  reading: AnalyteReading;
  /** A unit printed with this row that transaminases are never given in. */
  doubtedUnit: string | null;
  /** Every result the row holds, in the order printed; `reading.value` is the first. */
  cells: Cell[];
  /** The footnote mark the row carries ("*1"), whose line may hold its range. */
  mark: string | null;
  /** The row carries a flag (H, ↑, *): its value is outside the range. */
  flagged: boolean;
}

export const ymdNumber = (ymd: readonly [number, number, number]): number => ymd[0] * 10000 + ymd[1] * 100 + ymd[2];

/** A range starting at i: "7 - 40", "7--45", "<40", "do 0,58"; "> 5" is read and dropped. Returns the tokens it used. */
export function rangeAt(tokens: readonly Token[], i: number): { range: Range | null; length: number } | null {
  const a = tokens[i];
  const b = tokens[i + 1];
  const seps = b?.kind === 'sep' && tokens[i + 2]?.kind === 'sep' ? 2 : 1;
  const c = tokens[i + 1 + seps];
  if (a?.kind === 'num' && b?.kind === 'sep' && c?.kind === 'num') return { range: [a.value, c.value], length: 2 + seps };
  if (a?.kind === 'upto' && b?.kind === 'num') return { range: [0, b.value], length: 2 };
  if (a?.kind === 'num' && b?.kind === 'uptoAfter') return { range: [0, a.value], length: 2 };
  if (a?.kind === 'above' && b?.kind === 'num') return { range: null, length: 2 };
  return null;
}

/** The sex label after a range: "10-55 (M)". */
function sexAfter(tokens: readonly Token[], j: number): { sex: 'male' | 'female'; length: number } | null {
  const open = tokens[j];
  const label = tokens[j + 1];
  if (open?.kind === 'punct' && open.ch === '(' && label?.kind === 'sex') return { sex: label.sex, length: tokens[j + 2]?.kind === 'punct' ? 3 : 2 };
  return null;
}

/** The range after a sex label: "Male : < 45", "男 9-50", "(M: 0-45", "(M) 0-45". */
function sexRangeAt(tokens: readonly Token[], i: number): { range: Range; length: number } | null {
  let j = i + 1;
  while (tokens[j]?.kind === 'punct') j++;
  const r = rangeAt(tokens, j);
  return r?.range ? { range: r.range, length: j - i + r.length } : null;
}

/** A two-digit number with a leading zero right after the name is a footnote mark ("Serum ALT level 01 55"). */
const isFootnote = (t: Token): boolean => t.kind === 'num' && t.text.length === 2 && t.text.startsWith('0');

/** A number of weeks, days or years, or an age, in a note ("recheck in 6 weeks", "ages 16 and over"): no result. */
function isNoteNumber(tokens: readonly Token[], i: number): boolean {
  return tokens[i - 1]?.kind === 'note' || tokens[i + 1]?.kind === 'note' || (tokens[i + 1]?.kind === 'word' && tokens[i + 2]?.kind === 'note');
}

/** A date printed that can't be read, while a row is read. */
const UNKNOWN_DATE = -1;

function setDate(cell: Cell, date: number): void {
  if (date === UNKNOWN_DATE) cell.dateUnknown = true;
  else cell.date = date;
}

/** Does a value (not a range) start at j, after any punctuation? */
function valueAfter(tokens: readonly Token[], j: number): boolean {
  let k = j;
  while (tokens[k]?.kind === 'punct' || tokens[k]?.kind === 'time') k++;
  return tokens[k]?.kind === 'num' && rangeAt(tokens, k) === null;
}

/**
 * Reads one row after its analyte's name: each number standing alone is a result (the first is the row's value;
 * later ones are previous results, or other dates' columns), the first range is the reference range, the first unit
 * is the unit. A date belongs to the result after it ("15/05/2026: 88") or else to the one before it ("47
 * 11/08/2025"). Codes, flags, words and the numbers of notes are passed over.
 */
export function readRow(tokens: readonly Token[]): RowReading {
  const reading: AnalyteReading = { value: null, range: null, sexRanges: null, unit: null };
  const cells: Cell[] = [];
  let doubtedUnit: string | null = null;
  let mark: string | null = null;
  let flagged = false;
  let male: Range | null = null;
  let female: Range | null = null;
  let footnoteAllowed = true;
  let pendingDate: number | null = null;
  for (let i = 0; i < tokens.length; ) {
    const t = tokens[i];
    if (t.kind === 'sex') {
      const sr = sexRangeAt(tokens, i);
      if (sr) {
        if (t.sex === 'male') male ??= sr.range;
        else female ??= sr.range;
        i += sr.length;
        continue;
      }
    }
    const r = rangeAt(tokens, i);
    if (r) {
      const sex = r.range ? sexAfter(tokens, i + r.length) : null;
      if (sex && r.range) {
        if (sex.sex === 'male') male ??= r.range;
        else female ??= r.range;
        i += r.length + sex.length;
        continue;
      }
      if (r.range) reading.range ??= r.range;
      i += r.length;
      continue;
    }
    if (t.kind === 'num') {
      const footnote = footnoteAllowed && isFootnote(t) && tokens.slice(i + 1, i + 4).some((x) => x.kind === 'num');
      if (!footnote && !isNoteNumber(tokens, i)) {
        const cell: Cell = { value: t.value, date: null, ocr: t.ocr ?? null };
        if (pendingDate !== null) setDate(cell, pendingDate);
        cells.push(cell);
        pendingDate = null;
      }
      footnoteAllowed = false;
    } else if (t.kind === 'date') {
      const date = t.ymd ? ymdNumber(t.ymd) : UNKNOWN_DATE;
      const last = cells[cells.length - 1];
      if (valueAfter(tokens, i + 1)) pendingDate = date;
      else if (last && last.date === null && !last.dateUnknown) setDate(last, date);
    } else if (t.kind === 'unit') {
      if (t.unit) reading.unit ??= t.unit;
      else doubtedUnit ??= t.text;
    } else if (t.kind === 'mark') {
      mark ??= t.id;
    } else if (t.kind === 'flag') {
      flagged = true;
    }
    i += 1;
  }
  reading.value = cells[0]?.value ?? null;
  if (male && female) reading.sexRanges = { male, female };
  return { reading, doubtedUnit, cells, mark, flagged };
}

/** Complete enough that a following line is not one of its cells. */
export function isComplete(r: AnalyteReading): boolean {
  return r.value !== null && (r.range !== null || r.sexRanges !== null);
}
