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

export interface RowReading {
  reading: AnalyteReading;
  /** A unit printed with this row that transaminases are never given in. */
  doubtedUnit: string | null;
}

/** A range starting at i: "7 - 40", "<40", "do 0,58"; "> 5" is read and dropped. Returns the tokens it used. */
export function rangeAt(tokens: readonly Token[], i: number): { range: Range | null; length: number } | null {
  const a = tokens[i];
  const b = tokens[i + 1];
  const c = tokens[i + 2];
  if (a?.kind === 'num' && b?.kind === 'sep' && c?.kind === 'num') return { range: [a.value, c.value], length: 3 };
  if (a?.kind === 'upto' && b?.kind === 'num') return { range: [0, b.value], length: 2 };
  if (a?.kind === 'above' && b?.kind === 'num') return { range: null, length: 2 };
  return null;
}

/** The range after a sex label: "Male : < 45", "男 9-50", "(M: 0-45". */
function sexRangeAt(tokens: readonly Token[], i: number): { range: Range; length: number } | null {
  let j = i + 1;
  while (tokens[j]?.kind === 'punct') j++;
  const r = rangeAt(tokens, j);
  return r?.range ? { range: r.range, length: j - i + r.length } : null;
}

/** A two-digit number with a leading zero right after the name is a footnote mark ("Serum ALT level 01 55"). */
const isFootnote = (t: Token): boolean => t.kind === 'num' && t.text.length === 2 && t.text.startsWith('0');

/**
 * Reads one row after its analyte's name: the first number standing alone is the value (later ones are previous
 * results), the first range is the reference range, the first unit is the unit. Dates, codes, flags and words are
 * passed over.
 */
export function readRow(tokens: readonly Token[]): RowReading {
  const reading: AnalyteReading = { value: null, range: null, sexRanges: null, unit: null };
  let doubtedUnit: string | null = null;
  let male: Range | null = null;
  let female: Range | null = null;
  let footnoteAllowed = true;
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
      if (r.range) reading.range ??= r.range;
      i += r.length;
      continue;
    }
    if (t.kind === 'num') {
      const footnote = footnoteAllowed && isFootnote(t) && tokens.slice(i + 1).some((x) => x.kind === 'num');
      if (reading.value === null && !footnote) reading.value = t.value;
      footnoteAllowed = false;
    } else if (t.kind === 'unit') {
      if (t.unit) reading.unit ??= t.unit;
      else doubtedUnit ??= t.text;
    }
    i += 1;
  }
  if (male && female) reading.sexRanges = { male, female };
  return { reading, doubtedUnit };
}

/** Complete enough that a following line is not one of its cells. */
export function isComplete(r: AnalyteReading): boolean {
  return r.value !== null && (r.range !== null || r.sexRanges !== null);
}
