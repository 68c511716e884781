import type { NameKind, Token } from './lex';
import { isComplete, rangeAt, readRow, type RowReading } from './row';

/**
 * Splits a lexed paste into rows: each analyte name starts one, which runs to the next name on its line and then
 * takes the lines below that look like its cells (value, flag, range, unit, sex ranges: the block layouts and the
 * one-cell-per-line OCR), stopping at a "METHOD :" line, a line of words, a date, or the next name.
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
const JOINERS = new Set(['/', '(', ')', '[', ']', ':', ',', '|', '（', '）']);
const CELL_STARTS = new Set<Token['kind']>(['num', 'upto', 'above', 'sep', 'flag', 'unit', 'sex', 'ref', 'punct', 'unitLabel']);

const isJoiner = (t: Token | undefined): boolean => t !== undefined && (t.kind === 'sep' || (t.kind === 'punct' && JOINERS.has(t.ch)));

/** Names on one line; one name written several ways ("ALT(GPT)", "SGPT/ALT") is one; a ratio row ("AST/ALT") is neither. */
function hitsOf(tokens: readonly Token[]): Hit[] {
  const hits: Hit[] = [];
  tokens.forEach((t, i) => {
    if (t.kind !== 'name') return;
    const prev = hits[hits.length - 1];
    const between = prev ? tokens.slice(prev.end, i) : [];
    if (prev && between.length <= 3 && between.every(isJoiner)) {
      const ratio = between.some((x) => x.kind === 'punct' && (x.ch === '/' || x.ch === ':')) || between.length === 0;
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

function startsCell(tokens: readonly Token[]): boolean {
  const first = tokens[0];
  return first !== undefined && CELL_STARTS.has(first.kind);
}

/** "normal 7-35" before the name. */
function rangeBefore(prefix: readonly Token[]): [number, number] | null {
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

export function splitRows(lines: readonly Token[][]): SplitReport {
  const rows: Row[] = [];
  const used = new Set<number>();
  const lineHits = lines.map(hitsOf);
  lines.forEach((tokens, l) => {
    const hits = lineHits[l] ?? [];
    hits.forEach((hit, k) => {
      const next = hits[k + 1];
      const segment = tokens.slice(hit.end, next ? next.start : tokens.length);
      const prefix = tokens.slice(k > 0 ? (hits[k - 1]?.end ?? 0) : 0, hit.start);
      let lastLine = l;
      let read = readRow(segment);
      if (!next) {
        let blanks = 0;
        for (let m = l + 1; m < lines.length && m <= l + MAX_CELL_LINES; m++) {
          const below = lines[m] ?? [];
          if (below.length === 0) {
            if (++blanks > MAX_BLANK_LINES) break;
            continue;
          }
          if ((lineHits[m]?.length ?? 0) > 0 || !startsCell(below)) break;
          const first = below[0];
          if (isComplete(read.reading) && first?.kind !== 'unit' && first?.kind !== 'flag') break;
          segment.push(...below);
          read = readRow(segment);
          lastLine = m;
          used.add(m);
        }
      }
      read.reading.range ??= rangeBefore(prefix);
      rows.push({ analyte: hit.analyte, line: l, lastLine, read, prefix });
    });
    if (hits.length > 0) used.add(l);
  });
  const prose = lines.map((_, l) => l).filter((l) => !used.has(l));
  return { rows, prose };
}
