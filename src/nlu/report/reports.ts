import type { Analyte, LabUnit, Token } from './lex';
import type { AnalyteReading } from './row';
import type { Row, SplitReport } from './rows';

/**
 * Two reports pasted one after the other (an old and a new result): each is the run of rows up to the next ALT
 * (or AST) seen again. Headings, dates and remarks between them belong to the report that follows.
 */
export interface ReportPart {
  alt: AnalyteReading | null;
  ast: AnalyteReading | null;
  /** The report's date as yyyymmdd, from its heading or the start of its rows; null when undated. */
  date: number | null;
  /** Said to be the newer ("latest", "这次") or the older ("previous", "上次") one. */
  age: 'newer' | 'older' | null;
  /** Units stated in the report's rows and remarks. */
  units: LabUnit[];
  doubtedUnits: string[];
}

interface Group {
  rows: Row[];
  firstLine: number;
  lastLine: number;
  extra: Token[][];
}

const ymdNumber = (ymd: [number, number, number]): number => ymd[0] * 10000 + ymd[1] * 100 + ymd[2];

function groupRows(rows: readonly Row[]): Group[] {
  const groups: Group[] = [];
  let current: Group | null = null;
  for (const row of rows) {
    if (row.analyte === 'other' || row.read.reading.value === null) continue;
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
 * `lines` must be in ascending order; one pass over both lists.
 */
function attach(groups: readonly Group[], entries: readonly { line: number; tokens: Token[] }[]): void {
  let g = 0;
  for (const { line, tokens } of entries) {
    while (g < groups.length - 1 && (groups[g]).lastLine < line) g++;
    (groups[g]).extra.push(tokens);
  }
}

function describe(group: Group): ReportPart {
  const part: ReportPart = { alt: null, ast: null, date: null, age: null, units: [], doubtedUnits: [] };
  for (const row of group.rows) {
    part[row.analyte as Analyte] = row.read.reading;
    if (row.read.reading.unit) part.units.push(row.read.reading.unit);
    if (row.read.doubtedUnit) part.doubtedUnits.push(row.read.doubtedUnit);
  }
  const context = [...group.extra, ...group.rows.map((r) => r.prefix)];
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
  return part;
}

/** The reports in a paste, in the order pasted. */
export function reportParts(split: SplitReport, lines: readonly Token[][]): ReportPart[] {
  const groups = groupRows(split.rows);
  if (groups.length === 0) return [];
  const entries = split.prose.map((line) => ({ line, tokens: lines[line] ?? [] }));
  for (const row of split.rows) {
    // A name in a remark ("my ALT results from 05/03/2026:") dates the report; another test's row gives only its prefix.
    if (row.analyte === 'other') entries.push({ line: row.line, tokens: row.prefix });
    else if (row.read.reading.value === null) entries.push({ line: row.line, tokens: lines[row.line] ?? [] });
  }
  entries.sort((a, b) => a.line - b.line);
  attach(groups, entries);
  return groups.map(describe);
}

/** The newest report: by date when every report is dated, else by words such as "latest"; null when it can't be told. */
export function newest(parts: readonly ReportPart[]): { part: ReportPart; by: 'only' | 'date' | 'words' } | null {
  const [first] = parts;
  if (!first) return null;
  if (parts.length === 1) return { part: first, by: 'only' };
  const dates = parts.map((p) => p.date);
  if (dates.every((d): d is number => d !== null)) {
    const max = Math.max(...dates);
    const latest = parts.filter((p) => p.date === max);
    if (latest.length === 1 && latest[0]) return { part: latest[0], by: 'date' };
  }
  const newer = parts.filter((p) => p.age === 'newer');
  if (newer.length === 1 && newer[0]) return { part: newer[0], by: 'words' };
  const notOlder = parts.filter((p) => p.age !== 'older');
  if (notOlder.length === 1 && notOlder[0] && parts.some((p) => p.age === 'older')) return { part: notOlder[0], by: 'words' };
  return null;
}
