import type { NameKind, Token } from './lex';
import { isComplete, rangeAt, readRow, ymdNumber, type Cell, type Range, type RowReading } from './row';

/**
 * Splits a lexed paste into rows: each analyte name starts one, which runs to the next name on its line and then
 * takes the lines below that look like its cells (value, flag, range, unit, sex ranges: the block layouts and the
 * one-cell-per-line OCR; dated results of a portal list), stopping at a "METHOD :" line, a line of words, or the
 * next name. Two table shapes are read by column instead: names on one line with a line of results below each
 * (dated or not), and a table OCR'd column by column (each name on a line of its own, then the values in the same
 * order, then the ranges).
 */
export interface Row {
  analyte: NameKind;
  line: number;
  /** The last line the row took. */
  lastLine: number;
  read: RowReading;
  /** Tokens before the name on its line (a date, or "normal 7-35" written before the name). */
  prefix: Token[];
}

interface Hit {
  analyte: NameKind;
  start: number;
  end: number;
}

/** At most this many lines below a name are its cells, so a long paste is read in linear time. */
const MAX_CELL_LINES = 8;
const MAX_BLANK_LINES = 3;
/** At most this many lines of results are read under a line of names. */
const MAX_RECORD_LINES = 24;
/** How far into a line its label may reach ("Valeurs de référence / Reference values:"). */
const LABEL_REACH = 6;
const JOINERS = new Set(['/', '(', ')', '[', ']', ':', ',', '|', '（', '）']);
const CELL_STARTS = new Set<Token['kind']>(['num', 'upto', 'above', 'sep', 'flag', 'unit', 'sex', 'ref', 'punct', 'unitLabel', 'result']);

const isJoiner = (t: Token | undefined): boolean => t !== undefined && (t.kind === 'sep' || (t.kind === 'punct' && JOINERS.has(t.ch)));
const hasNumber = (tokens: readonly Token[]): boolean => tokens.some((t) => t.kind === 'num');

/** Names on one line; one name written several ways ("ALT(GPT)", "SGPT/ALT") is one; a ratio row ("AST/ALT") is neither. */
function hitsOf(tokens: readonly Token[]): Hit[] {
  const hits: Hit[] = [];
  // "AST ALT 0.74" is a ratio row; "Date  ALT  AST" with no result on the line is a line of column heads.
  const heads = !hasNumber(tokens);
  tokens.forEach((t, i) => {
    if (t.kind !== 'name') return;
    const prev = hits[hits.length - 1];
    const between = prev ? tokens.slice(prev.end, i) : [];
    if (prev && between.length <= 3 && between.every(isJoiner)) {
      const ratio = between.some((x) => x.kind === 'punct' && (x.ch === '/' || x.ch === ':')) || (between.length === 0 && !heads);
      if (prev.analyte === t.analyte || ratio) {
        if (prev.analyte !== t.analyte) prev.analyte = 'other';
        prev.end = i + 1;
        return;
      }
    }
    hits.push({ analyte: t.analyte, start: i, end: i + 1 });
  });
  return hits;
}

/** A line below a name that is one of its cells: a value, range, flag or unit; or a dated result ("15/05/2026 88"). */
function startsCell(tokens: readonly Token[]): boolean {
  const first = tokens[0];
  if (first === undefined) return false;
  if (first.kind === 'date') return hasNumber(tokens);
  // A footnote ("*1 Reference range: < 40") belongs to the row that carries its mark, not to the row above it.
  if (first.kind === 'mark') return false;
  // A labelled line, the label in more than one language: "Résultat / Result: 74 U/L", "Valores de referência 參考值:".
  const label = tokens.slice(0, LABEL_REACH).findIndex((t) => t.kind === 'ref' || t.kind === 'result');
  if (label >= 0 && !tokens.slice(0, label).some((t) => t.kind === 'num' || t.kind === 'date')) return !tokens.some((t) => t.kind === 'date');
  return CELL_STARTS.has(first.kind);
}

/** A line of column heads between a name and its results ("Date  Value  Units  Range"): words, no number. */
const isHeading = (tokens: readonly Token[]): boolean => tokens.length > 0 && !hasNumber(tokens) && !tokens.some((t) => t.kind === 'date');

/** "normal 7-35" before the name. */
function rangeBefore(prefix: readonly Token[]): Range | null {
  const ref = prefix.findIndex((t) => t.kind === 'ref');
  if (ref < 0) return null;
  for (let i = ref + 1; i < prefix.length; i++) {
    const r = rangeAt(prefix, i);
    if (r?.range) return r.range;
  }
  return null;
}

export interface SplitReport {
  rows: Row[];
  /** Lines that belong to no row: headings, dates, the person's own remarks. */
  prose: number[];
}

/** Results standing alone in a line of a table (not its ranges), and the line's ranges and date. */
function recordOf(tokens: readonly Token[]): { values: Cell[]; ranges: (Range | null)[]; date: number | null } {
  const values: Cell[] = [];
  const ranges: (Range | null)[] = [];
  let date: number | null = null;
  for (let i = 0; i < tokens.length; ) {
    const t = tokens[i];
    const r = rangeAt(tokens, i);
    if (r) {
      ranges.push(r.range);
      i += r.length;
      continue;
    }
    if (t?.kind === 'num') values.push({ value: t.value, date: null, ocr: t.ocr ?? null });
    else if (t?.kind === 'date' && t.ymd) date ??= ymdNumber(t.ymd);
    i += 1;
  }
  for (const v of values) v.date = date;
  return { values, ranges, date };
}

const emptyRead = (): RowReading => ({ reading: { value: null, range: null, sexRanges: null, unit: null }, doubtedUnit: null, cells: [], mark: null, flagged: false });

function readOf(cell: Cell | undefined, range: Range | null, base: RowReading): RowReading {
  const read = emptyRead();
  read.reading.unit = base.reading.unit;
  read.reading.range = range ?? base.reading.range;
  read.reading.sexRanges = base.reading.sexRanges;
  read.doubtedUnit = base.doubtedUnit;
  if (cell) {
    read.cells = [cell];
    read.reading.value = cell.value;
  }
  return read;
}

/**
 * Names across one line ("Date ALT AST", "ALT AST GGT"), no results on it: each line below with results is one
 * report (a portal list with dates on the rows, or a plain table), its k-th result the k-th name's.
 */
function namesAcross(lines: readonly Token[][], hits: readonly Hit[], l: number, used: Set<number>, rows: Row[]): boolean {
  const tokens = lines[l] ?? [];
  if (hits.length < 2 || hasNumber(tokens)) return false;
  const heads = hits.map((h, k) => readRow(tokens.slice(h.end, hits[k + 1]?.start ?? tokens.length)));
  let found = false;
  for (let m = l + 1; m < lines.length && m <= l + MAX_RECORD_LINES; m++) {
    const below = lines[m] ?? [];
    if (below.length === 0) continue;
    if (hitsOf(below).length > 0 || !hasNumber(below)) break;
    const record = recordOf(below);
    if (record.values.length !== hits.length) break;
    hits.forEach((h, k) => {
      const read = readOf(record.values[k], record.ranges.length === hits.length ? (record.ranges[k] ?? null) : null, heads[k] ?? emptyRead());
      rows.push({ analyte: h.analyte, line: m, lastLine: m, read, prefix: [] });
    });
    used.add(m);
    found = true;
  }
  return found;
}

/** A line that is one name and nothing more (but its unit or punctuation). */
function nameOnly(tokens: readonly Token[], hits: readonly Hit[]): boolean {
  return hits.length === 1 && !hasNumber(tokens) && !tokens.some((t) => t.kind === 'date');
}

/**
 * A table OCR'd column by column: k lines of one name each, then the values (k of them) and the ranges in the same
 * order. When the count of values is not k, none is taken (they will be asked).
 */
function namesDown(lines: readonly Token[][], lineHits: readonly Hit[][], l: number, used: Set<number>, rows: Row[]): number {
  let end = l;
  while (end < lines.length && end - l < MAX_CELL_LINES && nameOnly(lines[end] ?? [], lineHits[end] ?? [])) end++;
  const names = end - l;
  if (names < 2) return l;
  const cellTokens: Token[] = [];
  let m = end;
  // Below the names: the values, the units and the ranges, each column maybe under a heading ("Result", "Units").
  for (; m < lines.length && m < end + 4 * names + 2 * MAX_BLANK_LINES; m++) {
    const below = lines[m] ?? [];
    if ((lineHits[m]?.length ?? 0) > 0 || (below.length > 0 && !startsCell(below) && !isHeading(below))) break;
    cellTokens.push(...below, { kind: 'punct', ch: '|' });
  }
  const record = recordOf(cellTokens);
  const units = cellTokens.filter((t) => t.kind === 'unit');
  const fits = record.values.length === names;
  for (let k = 0; k < names; k++) {
    const hit = lineHits[l + k]?.[0];
    if (!hit) continue;
    const range = fits && record.ranges.length === names ? (record.ranges[k] ?? null) : null;
    const unit = units.length === names ? units[k] : units.length === 1 ? units[0] : undefined;
    const base = readRow(unit ? [unit] : []);
    const read = readOf(fits ? record.values[k] : undefined, range, base);
    rows.push({ analyte: hit.analyte, line: l + k, lastLine: m - 1, read, prefix: [] });
  }
  for (let k = l; k < m; k++) used.add(k);
  return m;
}

/** The range printed on a footnote line ("*1 Reference range 0-45 U/L"), by its mark. */
function footnoteRanges(lines: readonly Token[][]): Map<string, Range> {
  const notes = new Map<string, Range>();
  for (const tokens of lines) {
    const first = tokens[0];
    if (first?.kind !== 'mark') continue;
    const range = readRow(tokens.slice(1)).reading.range;
    if (range && !notes.has(first.id)) notes.set(first.id, range);
  }
  return notes;
}

/** One name's row: the rest of its line, the cell lines below it, or (name last) what is before it on the line. */
function rowAt(lines: readonly Token[][], lineHits: readonly Hit[][], l: number, k: number, used: Set<number>): Row {
  const tokens = lines[l] ?? [];
  const hits = lineHits[l] ?? [];
  const hit = hits[k];
  const next = hits[k + 1];
  const segment = tokens.slice(hit.end, next ? next.start : tokens.length);
  const prefix = tokens.slice(k > 0 ? (hits[k - 1]?.end ?? 0) : 0, hit.start);
  // Two report columns run together on one line: a number just before the next name is that row's number.
  if (next && segment[segment.length - 1]?.kind === 'num' && isComplete(readRow(segment.slice(0, -1)).reading)) segment.pop();
  let lastLine = l;
  let read = readRow(segment);
  if (!next) {
    let blanks = 0;
    let listed = false;
    for (let m = l + 1; m < lines.length && m <= l + MAX_CELL_LINES; m++) {
      const below = lines[m] ?? [];
      if (below.length === 0) {
        if (++blanks > MAX_BLANK_LINES) break;
        continue;
      }
      if ((lineHits[m]?.length ?? 0) > 0) break;
      if (!startsCell(below)) {
        // Column heads between the name and its results are passed over; any other line of words ends the row.
        if (read.reading.value === null && isHeading(below)) continue;
        break;
      }
      const first = below[0];
      // A list of dated results goes on while its lines start with a date, read or not ("05/01/2023" either way round).
      const datedList = first?.kind === 'date' && (listed || read.cells.every((c) => c.date !== null));
      if (isComplete(read.reading) && first?.kind !== 'unit' && first?.kind !== 'flag' && !datedList) break;
      listed ||= first?.kind === 'date';
      segment.push(...below);
      read = readRow(segment);
      lastLine = m;
      used.add(m);
    }
  }
  if (k === 0 && read.reading.value === null) {
    // The name last on its line (PDF text of some Indian labs): "61 U/L 0 - 45 ALANINE AMINOTRANSFERASE".
    // Only with its unit or range beside it: a lone number before a name is a row number ("2 ALT").
    const before = readRow(prefix);
    const printedAsRow = before.reading.unit !== null || before.reading.range !== null || before.doubtedUnit !== null;
    if (before.reading.value !== null && printedAsRow) read = { ...before, mark: before.mark ?? read.mark };
  }
  // The range or unit before the name: "U/L 0-45 SGPT 61", "normal 7-35 ALT 61".
  if (k === 0) {
    const before = readRow(prefix);
    read.reading.range ??= before.reading.range;
    read.reading.unit ??= before.reading.unit;
  }
  read.reading.range ??= rangeBefore(prefix);
  return { analyte: hit.analyte, line: l, lastLine, read, prefix };
}

export function splitRows(lines: readonly Token[][]): SplitReport {
  const rows: Row[] = [];
  const used = new Set<number>();
  const lineHits = lines.map(hitsOf);
  for (let l = 0; l < lines.length; l++) {
    const hits = lineHits[l] ?? [];
    if (hits.length === 0 || used.has(l)) continue;
    used.add(l);
    if (namesAcross(lines, hits, l, used, rows)) continue;
    const after = namesDown(lines, lineHits, l, used, rows);
    if (after > l) {
      l = after - 1;
      continue;
    }
    hits.forEach((_, k) => rows.push(rowAt(lines, lineHits, l, k, used)));
  }
  const notes = footnoteRanges(lines);
  for (const row of rows) {
    const mark = row.read.mark;
    if (mark !== null && row.read.reading.range === null) row.read.reading.range = notes.get(mark) ?? null;
  }
  const prose = lines.map((_, l) => l).filter((l) => !used.has(l));
  return { rows, prose };
}
