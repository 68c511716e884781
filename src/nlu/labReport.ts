import { digitsForWords, hasNumberWords } from './numberWords';
import { lexReport, type Analyte, type LabUnit } from './report/lex';
import { readRow, type AnalyteReading, type Range } from './report/row';
import { splitRows } from './report/rows';
import { newest, reportParts, type ReportPart } from './report/reports';

/**
 * Reads ALT and AST from a pasted lab report: one line or a whole table, as real reports print them
 * (docs/lab-report-formats.md). Each value is read with the range, flag and unit of its own row or block, never a
 * neighbour's; other analytes, flags, dates, codes and notes are passed over. With several results per analyte
 * (a cumulative table, two reports) the newest is taken by date or words, or the person is asked. Linear in the
 * paste's length: a scanner and a lexer that look ahead a bounded distance, then rows of at most a few lines.
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

/** The earlier result beside the one used (a cumulative table's previous column), for the trend rules (spec §8a). */
export interface PreviousResult {
  alt: number | null;
  altRange: Range | null;
  unit: LabUnit | null;
  /** yyyymmdd (year 0 when printed without one), or null. */
  date: number | null;
}

/**
 * A value read that must be said back before it is used: letters OCR'd for digits ("4l" read as 41), or a value far
 * below its neighbours' scale (AST 4 beside ALT 61). `unreadable`: the OCR could be read more than one way, so the
 * value was not taken and is to be asked.
 */
export type ReadDoubt =
  | { field: Analyte; kind: 'ocr'; printed: string; value: number }
  | { field: Analyte; kind: 'scale'; value: number }
  | { field: Analyte; kind: 'unreadable'; printed: string };

export interface LabReading {
  alt: AnalyteReading | null;
  ast: AnalyteReading | null;
  /** The unit stated for the values: in their rows, once for the block ("单位U/L"), or in a remark ("all in U/L"). */
  unit: LabUnit | null;
  /** A unit stated that transaminases are never given in (µmol/L, mg/dL), in a row or a remark: ask, don't guess. */
  doubtedUnit: string | null;
  /**
   * More than one report (or results column) was pasted. `newestBy` says how the newest was told ('date', 'words'),
   * or 'ask' when it could not be: then `alt` and `ast` are null and `reports` lists what each says, in the order pasted.
   */
  newestBy: 'only' | 'date' | 'words' | 'ask';
  reports: ReportChoice[];
  /** The date of the report used, when it was chosen by date (yyyymmdd). */
  date: number | null;
  /** The result before the one used, when the paste holds one. */
  previous: PreviousResult | null;
  doubts: ReadDoubt[];
}

/** At most this many reports (or columns) are offered to choose from. */
const MAX_CHOICES = 8;

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

function previousOf(part: ReportPart | null, block: LabUnit | null): PreviousResult | null {
  if (!part) return null;
  return { alt: part.alt?.value ?? null, altRange: part.alt?.range ?? null, unit: block ?? part.units[0] ?? null, date: part.date };
}

/**
 * Far from its neighbours' scale (the other result, the limits): a whole number under 10 beside ten times it (AST 4
 * by ALT 61), or a whole number ten times all of its neighbours when they are decimals under 5 (ALAT 12 by limits of
 * 0,75 µkat/L: a decimal comma OCR lost).
 */
function offScale(value: number, neighbours: readonly number[]): boolean {
  if (!Number.isInteger(value)) return false;
  const known = neighbours.filter((n) => n > 0);
  const top = Math.max(0, ...known);
  if (value < 10) return top >= 20 && top >= value * 10;
  return known.length > 0 && top < 5 && known.some((n) => !Number.isInteger(n)) && value >= top * 10;
}

/** The values of the report used that must be said back or asked: OCR damage, and values off their neighbours' scale. */
function doubtsOf(choice: ReportChoice, part: ReportPart): ReadDoubt[] {
  const doubts: ReadDoubt[] = [];
  for (const field of ['alt', 'ast'] as const) {
    const r = choice[field];
    const ocr = part.ocr[field];
    if (!r || r.value === null) continue;
    if (ocr?.unsure) doubts.push({ field, kind: 'unreadable', printed: ocr.printed });
    else if (ocr) doubts.push({ field, kind: 'ocr', printed: ocr.printed, value: r.value });
    else {
      const other = choice[field === 'alt' ? 'ast' : 'alt'];
      const neighbours = [other?.value ?? 0, r.range?.[1] ?? 0, other?.range?.[1] ?? 0];
      if (offScale(r.value, neighbours)) doubts.push({ field, kind: 'scale', value: r.value });
    }
  }
  return doubts;
}

/**
 * ALT and AST from a paste. An analyte that is not named (with a value) is null. Values said in words ("ALT
 * sixty-one", "谷丙 陆拾柒") are read as digits when the digits alone give none.
 */
export function parseLabReport(text: string): LabReading {
  const read = readLabReport(text);
  if (read.alt?.value != null || read.ast?.value != null || !wordedReply(text)) return read;
  const worded = readLabReport(digitsForWords(text));
  return worded.alt?.value != null || worded.ast?.value != null ? worded : read;
}

/** Numbers in words are typed replies ("sixty-two, normal up to forty"), never pastes: a longer text is read once. */
const WORDED_REPLY_MAX_CHARS = 200;
const wordedReply = (text: string): boolean => text.length <= WORDED_REPLY_MAX_CHARS && hasNumberWords(text);

function readLabReport(text: string): LabReading {
  const lines = lexReport(text);
  const parts = reportParts(splitRows(lines), lines);
  const block = blockUnit(lines);
  const reports = parts.length > 1 && parts.length <= MAX_CHOICES ? parts.map((p) => choiceOf(p, block)) : [];
  const picked = newest(parts);
  if (!picked) {
    // More columns than a person can choose from are not offered: nothing is read, and the value is asked.
    const newestBy = reports.length > 1 ? 'ask' : 'only';
    return { alt: null, ast: null, unit: newestBy === 'ask' ? null : block, doubtedUnit: null, newestBy, reports, date: null, previous: null, doubts: [] };
  }
  const choice = choiceOf(picked.part, block);
  const doubts = doubtsOf(choice, picked.part);
  // A value OCR could read more than one way is not taken: it is asked.
  for (const d of doubts) if (d.kind === 'unreadable') choice[d.field] = null;
  return {
    ...choice,
    newestBy: picked.by,
    reports,
    date: picked.by === 'only' ? picked.part.date : choice.date,
    previous: previousOf(picked.previous, block),
    doubts,
  };
}

/** A reply with no analyte name, given to "what is your ALT?" or "what is the range?": "68", "68 U/L (7-40)", "16. 10". */
export function parseUnnamedReading(text: string): { reading: AnalyteReading; doubtedUnit: string | null } {
  if (!wordedReply(text)) return readUnnamed(text);
  // A reply in words ("ninety nine U/L, ref 0 to forty") is read as digits; a number word that was no number keeps the digits' reading.
  const worded = readUnnamed(digitsForWords(text));
  return worded.reading.value !== null ? worded : readUnnamed(text);
}

function readUnnamed(text: string): { reading: AnalyteReading; doubtedUnit: string | null } {
  const tokens = lexReport(text).flat();
  const { reading, doubtedUnit } = readRow(tokens);
  return { reading, doubtedUnit };
}
