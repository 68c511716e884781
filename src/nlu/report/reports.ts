import type { Analyte, LabUnit, Token } from './lex';
import { ymdNumber, type AnalyteReading, type Cell, type OcrDoubt } from './row';
import type { Row, SplitReport } from './rows';

/**
 * Which result is today's. A paste may hold several reports: two pasted one after the other (each the run of rows
 * up to the next ALT or AST seen again), or one cumulative table whose rows hold a result per date (dates or
 * "previous"/"current" as column heads, in either order; dates printed beside each result; a portal list with a
 * date on each line). Each becomes a part; the newest is taken by date, or by words, or else asked.
 */
export interface ReportPart {
  alt: AnalyteReading | null;
  ast: AnalyteReading | null;
  /** The report's date as yyyymmdd (year 0 when printed without one), from its heading, column or row; null when undated. */
  date: number | null;
  /** Said to be the newer ("latest", "这次", a "Result" column beside a "Previous" one) or the older one. */
  age: 'newer' | 'older' | null;
  /** Units stated in the report's rows and remarks. */
  units: LabUnit[];
  doubtedUnits: string[];
  /** Values read from OCR damage ("4l" read as 41), or from a number split in two ("1 12" read as 112). */
  ocr: { alt: OcrDoubt | null; ast: OcrDoubt | null };
  /** Which table of the paste it comes from: columns of one table share it. */
  table: number;
}

interface Group {
  rows: Row[];
  firstLine: number;
  lastLine: number;
  extra: { line: number; tokens: Token[] }[];
}

/** A column head of a cumulative table: a date, "previous"/"current", or "Result". */
type Head = { kind: 'date' | 'newer' | 'older' | 'result'; date: number | null };

function groupRows(rows: readonly Row[]): Group[] {
  const groups: Group[] = [];
  let current: Group | null = null;
  for (const row of rows) {
    if (row.analyte === 'other' || row.read.reading.value === null) continue;
    // The same result printed twice (a summary of abnormal results, then the table): one report, the fuller row kept.
    const same = current?.rows.findIndex((r) => r.analyte === row.analyte && r.read.reading.value === row.read.reading.value) ?? -1;
    if (current && same >= 0) {
      if (!current.rows[same]?.read.reading.range) current.rows[same] = row;
      current.lastLine = row.lastLine;
      continue;
    }
    if (!current || current.rows.some((r) => r.analyte === row.analyte)) {
      current = { rows: [], firstLine: row.line, lastLine: row.lastLine, extra: [] };
      groups.push(current);
    }
    current.rows.push(row);
    current.lastLine = row.lastLine;
  }
  return groups;
}

/**
 * The group each line outside the rows belongs to: the one around it, else the next one, else the last.
 * `entries` must be in ascending order; one pass over both lists.
 */
function attach(groups: readonly Group[], entries: readonly { line: number; tokens: Token[] }[]): void {
  let g = 0;
  for (const entry of entries) {
    while (g < groups.length - 1 && (groups[g]).lastLine < entry.line) g++;
    (groups[g]).extra.push(entry);
  }
}

/** The heads of one heading line; "Current Result" and "本次结果" are one head. */
function headsOf(tokens: readonly Token[]): Head[] {
  const heads: Head[] = [];
  for (const t of tokens) {
    const last = heads[heads.length - 1];
    if (t.kind === 'date' && t.ymd) {
      // "Previous 上次 (08-Oct-2025)": the date of the column just headed.
      if (last && last.kind !== 'date' && last.date === null) last.date = ymdNumber(t.ymd);
      else heads.push({ kind: 'date', date: ymdNumber(t.ymd) });
    } else if (t.kind === 'newer' || t.kind === 'older') {
      // One head in two languages ("Previous 上次") is one.
      if (last?.kind !== t.kind) heads.push({ kind: t.kind, date: null });
    } else if (t.kind === 'result' && last?.kind !== 'result' && last?.kind !== 'newer' && last?.kind !== 'older') {
      // "Current Result", "本次结果", "Result 結果": one head.
      heads.push({ kind: 'result', date: null });
    }
  }
  // "Results  01/03/2026  15/05/2026": with dates for heads, "Results" heads none of the columns.
  return heads.some((h) => h.kind === 'date') && heads.every((h) => h.kind === 'date' || h.date === null) ? heads.filter((h) => h.kind === 'date') : heads;
}

/** The column heads of a group: the last heading line above its first row with two heads or more. */
function columnHeads(group: Group): Head[] {
  let found: Head[] = [];
  for (const { line, tokens } of group.extra) {
    if (line > group.firstLine) break;
    const heads = headsOf(tokens);
    if (heads.length >= 2) found = heads;
  }
  return found;
}

const emptyPart = (table: number): ReportPart => ({ alt: null, ast: null, date: null, age: null, units: [], doubtedUnits: [], ocr: { alt: null, ast: null }, table });

function describe(group: Group, table: number): ReportPart {
  const part = emptyPart(table);
  for (const row of group.rows) {
    const analyte = row.analyte as Analyte;
    part[analyte] = row.read.reading;
    part.ocr[analyte] = row.read.cells[0]?.ocr ?? null;
    if (row.read.reading.unit) part.units.push(row.read.reading.unit);
    if (row.read.doubtedUnit) part.doubtedUnits.push(row.read.doubtedUnit);
  }
  const context = [...group.extra.map((e) => e.tokens), ...group.rows.map((r) => r.prefix)];
  for (const tokens of context) {
    const hasNumber = tokens.some((t) => t.kind === 'num');
    for (const t of tokens) {
      if (t.kind === 'date' && t.ymd) part.date = Math.max(part.date ?? 0, ymdNumber(t.ymd));
      else if (t.kind === 'newer' || t.kind === 'older') part.age ??= t.kind;
      else if (t.kind === 'unit' && t.unit) part.units.push(t.unit);
      // A unit in a remark ("these are in µmol/l"), not in a row of another test ("Cholesterol 180 mg/dL").
      else if (t.kind === 'unit' && !hasNumber) part.doubtedUnits.push(t.text);
    }
  }
  // A date printed with the results themselves (a portal list's line) is the report's when its heading has none.
  const cellDates = group.rows.map((r) => r.read.cells[0]?.date).filter((d): d is number => d !== null && d !== undefined);
  if (cellDates.length > 0 && part.date === null) part.date = Math.max(...cellDates);
  return part;
}

/** The same report's k-th column: each analyte's k-th result, with its row's range and unit. */
function column(base: ReportPart, rows: readonly Row[], pick: (row: Row) => Cell | undefined, date: number | null, age: ReportPart['age']): ReportPart {
  const part: ReportPart = { ...base, date, age, ocr: { alt: null, ast: null } };
  for (const row of rows) {
    const analyte = row.analyte as Analyte;
    const cell = pick(row);
    part[analyte] = { ...row.read.reading, value: cell?.value ?? null };
    part.ocr[analyte] = cell?.ocr ?? null;
  }
  if (part.alt?.value === null) part.alt = null;
  if (part.ast?.value === null) part.ast = null;
  return part;
}

/**
 * A group whose rows hold several results each: one part per column. The columns are told by their heads when
 * there is one per result; else by the dates printed with the results; a lone undated result beside dated ones is
 * the report's own (the dated are previous results). Undated, unheaded columns are left for the person to choose.
 */
function columns(group: Group, base: ReportPart): ReportPart[] {
  const counts = group.rows.map((r) => r.read.cells.length);
  const width = Math.max(...counts);
  if (width < 2) return [base];
  const heads = columnHeads(group);
  if (heads.length === width && counts.every((c) => c === width)) {
    const older = heads.some((h) => h.kind === 'older');
    const newer = heads.some((h) => h.kind === 'newer');
    const latestHead = Math.max(0, ...heads.map((h) => h.date ?? 0));
    return heads.map((h, k) => {
      const age = h.kind === 'newer' || h.kind === 'older' ? h.kind : h.kind === 'result' && older && !newer ? 'newer' : null;
      // The current column with no date of its own takes the report's, when that is later than every column's.
      const own = age === 'newer' && h.date === null && base.date !== null && base.date > latestHead ? base.date : null;
      return column(base, group.rows, (row) => row.read.cells[k], h.date ?? own, age);
    });
  }
  const joined = splitValues(group, base);
  if (joined) return [joined];
  const cells = group.rows.flatMap((r) => r.read.cells);
  // One row with the same date twice: which is which can't be told, so each is offered as printed.
  const twice = group.rows.some((r) => new Set(r.read.cells.map((c) => c.date)).size < r.read.cells.length);
  if (twice) return Array.from({ length: width }, (_, k) => column(base, group.rows, (row) => row.read.cells[k], null, null));
  // Each row's results by date (no row has a date twice here): one lookup per column and row, so linear.
  const byDate = new Map(group.rows.map((r) => [r, new Map(r.read.cells.map((c) => [c.date, c]))]));
  const dated = (d: number | null) => (row: Row): Cell | undefined => byDate.get(row)?.get(d);
  if (cells.every((c) => c.date !== null)) {
    const dates = [...new Set(cells.map((c) => c.date))];
    return dates.map((d) => column(base, group.rows, dated(d), d, null));
  }
  const undated = group.rows.map((r) => r.read.cells.filter((c) => c.date === null).length);
  // The report's own result is the one printed with no date, never one whose date could not be read.
  if (undated.every((n) => n === 1) && !cells.some((c) => c.dateUnknown)) {
    const dates = [...new Set(cells.map((c) => c.date).filter((d): d is number => d !== null))];
    const own = column(base, group.rows, dated(null), base.date, 'newer');
    return [own, ...dates.map((d) => column(base, group.rows, dated(d), d, 'older'))];
  }
  return Array.from({ length: width }, (_, k) => column(base, group.rows, (row) => row.read.cells[k], null, null));
}

/**
 * Phone OCR split a number in two ("1 12  H  <40"): when each row's two numbers are undated and unheaded, and its
 * flag says the value is outside its range, the one reading that agrees with the flag (1, 12 or 112) is taken, to be
 * said back; any other row of several numbers is left to be asked.
 */
function splitValues(group: Group, base: ReportPart): ReportPart | null {
  const part: ReportPart = { ...base, ocr: { alt: null, ast: null } };
  for (const row of group.rows) {
    const { cells, flagged, reading } = row.read;
    const analyte = row.analyte as Analyte;
    if (cells.length === 1) continue;
    const [a, b] = cells;
    const range = reading.range;
    if (cells.length !== 2 || !a || !b || a.date !== null || b.date !== null || !flagged || !range) return null;
    if (!Number.isInteger(a.value) || !Number.isInteger(b.value)) return null;
    const out = (v: number): boolean => v < range[0] || v > range[1];
    const whole = Number(`${a.value}${b.value}`);
    const fits = [a.value, b.value, whole].filter(out);
    if (fits.length !== 1 || fits[0] !== whole) return null;
    part[analyte] = { ...reading, value: whole };
    part.ocr[analyte] = { printed: `${a.value} ${b.value}`, unsure: false };
  }
  return part;
}

/** Ranges printed apart from the values, in a footnote or a list of their own ("Reference ranges: ALT 0-45"). */
function rangesApart(rows: readonly Row[]): Partial<Record<Analyte, AnalyteReading>> {
  const apart: Partial<Record<Analyte, AnalyteReading>> = {};
  for (const row of rows) {
    const r = row.read.reading;
    if (row.analyte !== 'other' && r.value === null && (r.range || r.sexRanges)) apart[row.analyte] ??= r;
  }
  return apart;
}

/** The reports in a paste, in the order pasted (a cumulative table's columns in the order printed). */
export function reportParts(split: SplitReport, lines: readonly Token[][]): ReportPart[] {
  const groups = groupRows(split.rows);
  if (groups.length === 0) return [];
  const apart = rangesApart(split.rows);
  for (const g of groups) {
    for (const row of g.rows) {
      const r = row.read.reading;
      const other = apart[row.analyte as Analyte];
      if (other && !r.range && !r.sexRanges) {
        r.range = other.range;
        r.sexRanges = other.sexRanges;
      }
    }
  }
  const entries = split.prose.map((line) => ({ line, tokens: lines[line] ?? [] }));
  for (const row of split.rows) {
    // A name in a remark ("my ALT results from 05/03/2026:") dates the report; another test's row gives only its prefix.
    if (row.analyte === 'other') entries.push({ line: row.line, tokens: row.prefix });
    else if (row.read.reading.value === null) entries.push({ line: row.line, tokens: lines[row.line] ?? [] });
  }
  entries.sort((a, b) => a.line - b.line);
  attach(groups, entries);
  return groups.flatMap((g, table) => columns(g, describe(g, table)));
}

export type Newest = { part: ReportPart; by: 'only' | 'date' | 'words'; previous: ReportPart | null };

/** Dates without a year can be compared only with each other. */
const comparable = (dates: readonly number[]): boolean => dates.every((d) => d < 10000) || dates.every((d) => d >= 10000);

/** The newest report: by date when every report is dated, else by words such as "latest"; null when it can't be told. */
export function newest(parts: readonly ReportPart[]): Newest | null {
  const [first] = parts;
  if (!first) return null;
  if (parts.length === 1) return { part: first, by: 'only', previous: null };
  const found = newestOf(parts);
  // Columns of one table are one report: the newest column is its result, not one report of several.
  return found && parts.every((p) => p.table === first.table) ? { ...found, by: 'only' } : found;
}

function newestOf(parts: readonly ReportPart[]): Newest | null {
  const dates = parts.map((p) => p.date);
  if (dates.every((d): d is number => d !== null) && comparable(dates)) {
    const max = Math.max(...dates);
    const latest = parts.filter((p) => p.date === max);
    const before = parts.filter((p) => p.date !== max).sort((a, b) => (b.date ?? 0) - (a.date ?? 0));
    if (latest.length === 1 && latest[0]) return { part: latest[0], by: 'date', previous: before[0] ?? null };
  }
  const newer = parts.filter((p) => p.age === 'newer');
  const older = parts.filter((p) => p.age === 'older');
  if (newer.length === 1 && newer[0]) {
    const rest = parts.filter((p) => p !== newer[0]);
    return { part: newer[0], by: 'words', previous: rest.length === 1 ? (rest[0] ?? null) : older.length === 1 ? (older[0] ?? null) : null };
  }
  const notOlder = parts.filter((p) => p.age !== 'older');
  if (notOlder.length === 1 && notOlder[0] && older.length > 0) {
    return { part: notOlder[0], by: 'words', previous: older.length === 1 ? (older[0] ?? null) : null };
  }
  return null;
}
