import { lexReport, type LabUnit } from './report/lex';
import { readRow, type AnalyteReading } from './report/row';
import { splitRows } from './report/rows';
import { newest, reportParts, type ReportPart } from './report/reports';

/**
 * Reads ALT and AST from a pasted lab report: one line or a whole table, as real reports print them
 * (docs/lab-report-formats.md). Each value is read with the range, flag and unit of its own row or block, never a
 * neighbour's; other analytes, flags, dates, codes and previous results are passed over. Linear in the paste's
 * length: a scanner and a lexer that look ahead a bounded distance, then rows of at most a few lines.
 */
export type { Analyte, LabUnit } from './report/lex';
export type { AnalyteReading } from './report/row';

/** One report of several pasted one after the other, as the person may be asked to choose it. */
export interface ReportChoice {
  alt: AnalyteReading | null;
  ast: AnalyteReading | null;
  unit: LabUnit | null;
  doubtedUnit: string | null;
  /** yyyymmdd, or null when the report has no date. */
  date: number | null;
}

export interface LabReading {
  alt: AnalyteReading | null;
  ast: AnalyteReading | null;
  /** The unit stated for the values: in their rows, once for the block ("单位U/L"), or in a remark ("all in U/L"). */
  unit: LabUnit | null;
  /** A unit stated that transaminases are never given in (µmol/L, mg/dL), in a row or a remark: ask, don't guess. */
  doubtedUnit: string | null;
  /**
   * More than one report was pasted. `newestBy` says how the newest was told ('date', 'words'), or 'ask' when it
   * could not be: then `alt` and `ast` are null and `reports` lists what each report says, in the order pasted.
   */
  newestBy: 'only' | 'date' | 'words' | 'ask';
  reports: ReportChoice[];
  /** The date of the report used, when it was chosen by date (yyyymmdd). */
  date: number | null;
}

/** "单位U/L" (or "单位：U/L") anywhere: the unit of the whole table. */
function blockUnit(lines: ReturnType<typeof lexReport>): LabUnit | null {
  for (const tokens of lines) {
    const at = tokens.findIndex((t) => t.kind === 'unitLabel');
    if (at < 0) continue;
    const unit = tokens.slice(at + 1, at + 4).find((t) => t.kind === 'unit');
    if (unit?.kind === 'unit' && unit.unit) return unit.unit;
  }
  return null;
}

function choiceOf(part: ReportPart, block: LabUnit | null): ReportChoice {
  return { alt: part.alt, ast: part.ast, unit: block ?? part.units[0] ?? null, doubtedUnit: part.doubtedUnits[0] ?? null, date: part.date };
}

/** ALT and AST from a paste. An analyte that is not named (with a value) is null. */
export function parseLabReport(text: string): LabReading {
  const lines = lexReport(text);
  const parts = reportParts(splitRows(lines), lines);
  const block = blockUnit(lines);
  const reports = parts.length > 1 ? parts.map((p) => choiceOf(p, block)) : [];
  const picked = newest(parts);
  if (!picked) {
    const newestBy = parts.length > 1 ? 'ask' : 'only';
    return { alt: null, ast: null, unit: newestBy === 'ask' ? null : block, doubtedUnit: null, newestBy, reports, date: null };
  }
  const choice = choiceOf(picked.part, block);
  return { ...choice, newestBy: picked.by, reports, date: picked.by === 'date' ? choice.date : null };
}

/** A reply with no analyte name, given to "what is your ALT?" or "what is the range?": "68", "68 U/L (7-40)", "16. 10". */
export function parseUnnamedReading(text: string): { reading: AnalyteReading; doubtedUnit: string | null } {
  const tokens = lexReport(text).flat();
  return readRow(tokens);
}
