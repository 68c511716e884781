import { normaliseText } from './normalise';
import { fixDecimalCommas } from './numbers';

/**
 * Reads ALT and AST from a pasted lab report: one line or a whole table, as real reports print them
 * (docs/lab-report-formats.md). Other analytes, flags, dates, codes and previous results are ignored.
 */
export type LabUnit = 'U/L' | 'ukat/L';
export type Analyte = 'alt' | 'ast';

export interface AnalyteReading {
  value: number | null;
  range: [number, number] | null;
  /** Sex-split ranges ("Male : < 45" / "Female : < 34"), to be picked once the sex is known. */
  sexRanges: { male: [number, number]; female: [number, number] } | null;
  unit: LabUnit | null;
}

export interface LabReading {
  alt: AnalyteReading | null;
  ast: AnalyteReading | null;
  /** A unit stated for the whole block ("单位U/L"), or one found with either value. */
  unit: LabUnit | null;
  /** A unit transaminases are never reported in (µmol/L, mg/dL): the dialog questions it. */
  wrongUnit: string | null;
}

const ALT_NAMES =
  'alanine\\s+amino\\s*transferase|alanine\\s+transaminase|serum\\s+alt(?:\\s+level)?|p-alat|alat|sgpt|gpt|alt|谷丙转氨酶|丙氨酸氨基转移酶|丙氨酸转氨酶|谷丙';
const AST_NAMES =
  'aspartate\\s+amino\\s*transferase|aspartate\\s+transaminase|ast\\s+serum\\s+level|p-asat|asat|sgot|got|ast|谷草转氨酶|天门冬氨酸氨基转移酶|天冬氨酸氨基转移酶|门冬氨酸氨基转移酶|谷草';
/** Rows that are not ALT or AST but may sit between them: GGT under many names, ALP, LDH, bilirubin and the rest. */
const OTHER_NAMES =
  'p-gt|γ-gt|y-gt|gamma[-\\s]?gt|ggt|ggtp|gmt|gt|alp|afos|ldh|alkaline\\s+phosphatase|bilirubin|tbil|dbil|ibil|albumin|alb|globulin|glob|total\\s+protein|tp|creatinine|urea|glucose|che|tba|' +
  '转肽酶|谷氨酰[\\u4e00-\\u9fff]*|碱性磷酸酶|乳酸脱氢酶|胆红素|总胆红素|直接胆红素|间接胆红素|白蛋白|球蛋白|总蛋白|肌酐|尿素|葡萄糖|胆碱酯酶|总胆汁酸|白球比';

const WORD_START = '(?<![a-z0-9])';
const WORD_END = '(?![a-z])';
const NAME_RE = new RegExp(`${WORD_START}(${ALT_NAMES})${WORD_END}|${WORD_START}(${AST_NAMES})${WORD_END}|${WORD_START}(${OTHER_NAMES})${WORD_END}`, 'gi');

const UNIT_RE = /(µ|μ|u)kat\s*\/\s*l|(?:i\.?u|u)\s*\/\s*l(?![a-z])|单位\s*[:：]?\s*u\s*\/\s*l|µmol\s*\/\s*l|μmol\s*\/\s*l|umol\s*\/\s*l|mg\s*\/\s*dl/gi;
const DATE_RE = /\b\d{1,4}([/.-])\d{1,2}\1\d{2,4}\b|\b\d{1,2}[-\s](?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*[-\s]\d{2,4}\b|\d{4}年\d{1,2}月(?:\d{1,2}日)?|\b\d{1,2}:\d{2}(?::\d{2})?\b/gi;
const NUM = '\\d+(?:\\.\\d+)?';
const RANGE_RE = new RegExp(`(${NUM})\\s*(?:-|~|～|to|至|一|—)\\s*(${NUM})`, 'i');
const UPPER_ONLY_RE = new RegExp(`(?:<=|≤|<|≦|up\\s+to|do|under|below|小于|低于|不超过)\\s*(${NUM})`, 'i');
const SEX_RANGE_RE = new RegExp(`(male|female|men|women|男|女)[^\\d<≤]{0,12}((?:<=|≤|<|up\\s+to)?\\s*${NUM}(?:\\s*(?:-|~|to)\\s*${NUM})?)`, 'gi');

/** Cleans OCR damage and notation so one set of patterns reads every shape. */
export function cleanReport(text: string): string {
  let s = normaliseText(text).toLowerCase();
  s = s.replace(/[“”"'`]/g, ' ');
  s = s.replace(/(\d)\.\s+(\d)/g, '$1.$2');
  s = s.replace(/(\d)\s*一\s*(\d)/g, '$1-$2');
  s = s.replace(/(\d)\s*[～~]\s*(\d)/g, '$1-$2');
  s = fixDecimalCommas(s);
  return s;
}

interface NameHit {
  kind: Analyte | 'other';
  start: number;
  end: number;
}

function nameHits(s: string): NameHit[] {
  const hits: NameHit[] = [];
  for (const m of s.matchAll(NAME_RE)) {
    const kind: NameHit['kind'] = m[1] ? 'alt' : m[2] ? 'ast' : 'other';
    const start = m.index ?? 0;
    const end = start + m[0].length;
    const prev = hits[hits.length - 1];
    // "ALT(GPT)", "SGPT/ALT", "ALANINE AMINOTRANSFERASE (ALT/SGPT)": one name written several ways.
    if (prev && prev.kind === kind && /^[\s()（）/:：[\]-]*$/.test(s.slice(prev.end, start))) {
      prev.end = end;
      continue;
    }
    hits.push({ kind, start, end });
  }
  // A ratio row ("AST/ALT 0.74", "SGOT/SGPT Ratio", "谷草/谷丙") is neither analyte.
  return hits.map((h, i) => {
    const next = hits[i + 1];
    const joined = next && next.kind !== h.kind && next.kind !== 'other' && /^\s*\/\s*$/.test(s.slice(h.end, next.start));
    const prev = hits[i - 1];
    const joinedBefore = prev && prev.kind !== h.kind && prev.kind !== 'other' && /^\s*\/\s*$/.test(s.slice(prev.end, h.start));
    return joined || joinedBefore ? { ...h, kind: 'other' } : h;
  });
}

function toUnit(raw: string): LabUnit | 'wrong' {
  const u = raw.toLowerCase().replace(/\s/g, '');
  if (/kat/.test(u)) return 'ukat/L';
  if (/mol|mg/.test(u)) return 'wrong';
  return 'U/L';
}

function parseRangeText(text: string): [number, number] | null {
  const r = RANGE_RE.exec(text);
  if (r?.[1] && r[2]) return [Number(r[1]), Number(r[2])];
  const u = UPPER_ONLY_RE.exec(text);
  if (u?.[1]) return [0, Number(u[1])];
  return null;
}

/** Reads one row: value, range, unit and flags, after the analyte's name. */
export function readSegment(segment: string): { reading: AnalyteReading; wrongUnit: string | null } {
  let s = segment.replace(DATE_RE, ' ');
  let unit: LabUnit | null = null;
  let wrongUnit: string | null = null;
  s = s.replace(UNIT_RE, (m) => {
    const u = toUnit(m);
    if (u === 'wrong') wrongUnit = m.trim();
    else unit ??= u;
    return ' ';
  });

  let sexRanges: AnalyteReading['sexRanges'] = null;
  const sexMatches = [...s.matchAll(SEX_RANGE_RE)];
  if (sexMatches.length >= 2) {
    const pick = (female: boolean): [number, number] | null => {
      const m = sexMatches.find((x) => /^(female|women|女)$/i.test(x[1] ?? '') === female);
      return m?.[2] ? parseRangeText(m[2].includes('-') || /to/.test(m[2]) ? m[2] : `<${m[2].replace(/[^\d.]/g, '')}`) : null;
    };
    const male = pick(false);
    const female = pick(true);
    if (male && female) {
      sexRanges = { male, female };
      for (const m of sexMatches) s = s.replace(m[0], ' ');
    }
  }

  let range: [number, number] | null = null;
  const rangeMatch = RANGE_RE.exec(s) ?? UPPER_ONLY_RE.exec(s);
  if (rangeMatch) {
    range = parseRangeText(rangeMatch[0]);
    s = s.replace(rangeMatch[0], ' ');
  }

  // A value: a number standing alone (or with a flag glued on, "95↑", "63H"), not part of a code like "Z4M",
  // and not a footnote such as "01" right after the name.
  let value: number | null = null;
  const valueRe = /(?<![a-z0-9.])(\d+(?:\.\d+)?)(?:\s*(?:hh|h|l|↑|↓|\*))?(?![a-z0-9])/gi;
  for (const m of s.matchAll(valueRe)) {
    const raw = m[1] ?? '';
    if (/^0\d$/.test(raw)) continue;
    value = Number(raw);
    break;
  }
  return { reading: { value, range, sexRanges, unit }, wrongUnit };
}

/** Is the next line the start of another row (a name), rather than a cell of this one (value, range, unit)? */
function startsNewRow(line: string): boolean {
  const t = line.trim();
  if (t === '') return false;
  if (/^[\d<≤(（[.-]/.test(t)) return false;
  if (/^(h|hh|l|high|low|normal|ref|range|reference|u\/l|iu\/l|参考|单位|male|female|男|女|up to|do|↑|↓|\*|高|低|högt)/i.test(t)) return false;
  return true;
}

/** ALT and AST from a paste. Returns null for an analyte that is not named. */
export function parseLabReport(text: string): LabReading {
  const s = cleanReport(text);
  const hits = nameHits(s);
  const result: LabReading = { alt: null, ast: null, unit: null, wrongUnit: null };
  const blockUnit = /单位\s*[:：]?\s*(u\s*\/\s*l|iu\s*\/\s*l|µkat\s*\/\s*l|ukat\s*\/\s*l)/i.exec(s);
  if (blockUnit?.[1]) {
    const u = toUnit(blockUnit[1]);
    if (u !== 'wrong') result.unit = u;
  }
  hits.forEach((hit, i) => {
    if (hit.kind === 'other') return;
    if (result[hit.kind] !== null) return;
    const nextStart = hits[i + 1]?.start ?? s.length;
    let segment = s.slice(hit.end, nextStart);
    const lines = segment.split('\n');
    const kept: string[] = [lines[0] ?? ''];
    for (const line of lines.slice(1)) {
      if (startsNewRow(line)) break;
      kept.push(line);
    }
    segment = kept.join(' ');
    // "normal 7-35" may stand before the name on the same line.
    const lineStart = s.lastIndexOf('\n', hit.start) + 1;
    const before = s.slice(Math.max(lineStart, hits[i - 1]?.end ?? 0), hit.start);
    const { reading, wrongUnit } = readSegment(segment);
    if (reading.range === null && /normal|ref|参考/.test(before)) reading.range = parseRangeText(before);
    result[hit.kind] = reading;
    result.wrongUnit ??= wrongUnit;
    result.unit ??= reading.unit;
  });
  return result;
}

/** A reply with no analyte name, given to "what is your ALT?": "68", "68 U/L (7-40)", "sixty-eight". */
export function parseUnnamedReading(text: string): { reading: AnalyteReading; wrongUnit: string | null } {
  return readSegment(cleanReport(text));
}
