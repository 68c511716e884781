import { checkRange, checkValue, toUnitsPerLitre } from '../../src/assessment/units';
import type { Range } from '../../src/assessment/types';
import { foldForMatch } from '../../src/nlu/normalise';
import { saysDontKnow } from '../../src/nlu/dontKnow';
import {
  parseLabReport,
  parseUnnamedReading,
  type AnalyteReading,
  type LabReading,
  type LabUnit,
  type ReadDoubt,
  type ReportChoice,
} from '../../src/nlu/labReport';
import { parseSingleNumber } from '../../src/nlu/numbers';
import { parseSex } from '../../src/nlu/answers';
import { saysNone } from '../../src/nlu/symptoms';
import { parseYesNo } from '../../src/nlu/yesNo';
import { list, phrase, type ChoiceView, type Phrase } from '../../src/views';
import type { Answers, Session } from '../session';
import { defineQuestion, miss, ok, RIGHT, type Parsed, type Question } from './types';

/** Values above this (in U/L) are possible but rare: the bot asks the person to confirm them. */
export const CONFIRM_ABOVE_UL = 1000;

type Field = 'alt' | 'ast';
const RANGE_KEY = { alt: 'altRange', ast: 'astRange' } as const;
const SPLIT_KEY = { alt: 'altSexRanges', ast: 'astSexRanges' } as const;

function unitOf(a: Answers): LabUnit {
  return a.unit ?? 'U/L';
}

function valueProblem(field: Field, value: number, unit: LabUnit): Phrase | null {
  const err = checkValue(field, toUnitsPerLitre(value, null, unit).value);
  return err ? phrase(`invalid.${err.error}`) : null;
}

function rangeProblem(field: 'altRange' | 'astRange', range: Range | null, unit: LabUnit): Phrase | null {
  if (range === null) return null;
  const converted = toUnitsPerLitre(1, range, unit).range;
  const err = checkRange(field, converted);
  if (!err) return null;
  return phrase(`invalid.${err.error}`, { high: range[1], unit });
}

function readingProblem(field: Field, r: AnalyteReading, unit: LabUnit): Phrase | null {
  if (r.value === null) return null;
  return valueProblem(field, r.value, unit) ?? rangeProblem(RANGE_KEY[field], r.range, unit);
}

/** Stores what a reading holds, leaving unknown parts to be asked. */
function store(a: Answers, field: Field, r: AnalyteReading): void {
  if (r.value === null) return;
  a[field] = r.value;
  if (r.range) a[RANGE_KEY[field]] = r.range;
  if (r.sexRanges) a[SPLIT_KEY[field]] = r.sexRanges;
}

interface Reading {
  field: Field;
  r: AnalyteReading;
}

/** What one paste (or one report of several) gives: its readings, the unit it states, a unit it states wrongly. */
interface Found {
  readings: Reading[];
  unit: LabUnit | null;
  doubtedUnit: string | null;
  /** Values to be said back and confirmed (OCR damage, off scale) before they are used. */
  doubts?: ReadDoubt[];
  previous?: LabReading['previous'];
  /** The date of the report used (yyyymmdd), when it printed one. */
  date?: number | null;
}

const NAMES = { alt: 'ALT', ast: 'AST' } as const;

/**
 * Says back what a paste gave, with the date of the report used, so a misreading is caught before moving on
 * (issue #28, 4). A value that could not be read is named, to be asked.
 */
function readBack(found: Found, date: number | null, unreadable: readonly ReadDoubt[]): Phrase[] {
  const out: Phrase[] = [];
  if (found.readings.length > 0) {
    const values = found.readings.map(({ field, r }) => {
      const unit = r.unit ?? found.unit;
      return unit ? phrase('questions.results.readValue', { name: NAMES[field], value: r.value, unit }) : phrase('questions.results.readValueNoUnit', { name: NAMES[field], value: r.value });
    });
    out.push(date === null ? phrase('questions.results.readBack', { lines: list(values, 'comma') }) : phrase('questions.results.readBackDated', { lines: list(values, 'comma'), value: isoDate(date) }));
  }
  for (const d of unreadable) if (d.kind === 'unreadable') out.push(phrase('questions.results.unreadable', { name: NAMES[d.field], text: d.printed }));
  return out;
}

function foundIn(choice: Pick<ReportChoice, 'alt' | 'ast' | 'unit' | 'doubtedUnit'>): Found {
  const readings: Reading[] = [];
  if (choice.alt?.value != null) readings.push({ field: 'alt', r: choice.alt });
  if (choice.ast?.value != null) readings.push({ field: 'ast', r: choice.ast });
  const unit = choice.unit ?? readings.find((x) => x.r.unit)?.r.unit ?? null;
  return { readings, unit, doubtedUnit: choice.doubtedUnit };
}

/**
 * Checks and stores what was found. With a doubted unit ("mg/dL") the values are kept as read and the unit
 * question asks once whether they are U/L; they are checked when the unit is known.
 */
function use(found: Found, s: Session, reply: Phrase[] = []): Parsed {
  const doubted = found.doubtedUnit;
  if (!doubted) {
    const unit = found.unit ?? unitOf(s.answers);
    for (const { field, r } of found.readings) {
      const problem = readingProblem(field, r, unit);
      if (problem) return miss(problem);
    }
  }
  return ok((sess) => {
    const a = sess.answers;
    delete a.pendingReports;
    const doubts = (found.doubts ?? []).filter((d) => d.kind !== 'unreadable');
    if (doubts.length > 0) a.readDoubts = doubts;
    else delete a.readDoubts;
    // An earlier column without an ALT value is no earlier result.
    if (found.previous && found.previous.alt !== null) a.previous = found.previous;
    if (found.date != null) a.testDate = found.date;
    if (doubted) {
      a.doubtedUnit = doubted;
      delete a.unit;
    } else if (found.unit) {
      a.unit = found.unit;
      delete a.doubtedUnit;
    }
    for (const { field, r } of found.readings) store(a, field, r);
  }, reply);
}

function isoDate(yyyymmdd: number): string {
  const y = Math.floor(yyyymmdd / 10000);
  const m = Math.floor(yyyymmdd / 100) % 100;
  const d = yyyymmdd % 100;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

const ORDINALS: [RegExp, (count: number) => number][] = [
  [/\b(first|1st|top|upper)\b|第一|上面|前面/, () => 0],
  [/\b(second|2nd)\b|第二/, () => 1],
  [/\b(third|3rd)\b|第三/, () => 2],
  [/\b(last|bottom|lower)\b|最后|后面|下面/, (count) => count - 1],
];

/** Which of several pasted reports the reply picks: its number, an ordinal ("the second", "最后"), or its ALT value. */
function pickedReport(text: string, reports: readonly ReportChoice[]): number | null {
  const folded = foldForMatch(text);
  for (const [words, index] of ORDINALS) if (words.test(folded)) return Math.min(index(reports.length), reports.length - 1);
  const n = parseSingleNumber(text);
  if (n === null) return null;
  if (Number.isInteger(n) && n >= 1 && n <= reports.length) return n - 1;
  const byValue = reports.findIndex((r) => r.alt?.value === n);
  return byValue >= 0 ? byValue : null;
}

/** A bare reply to "what is your ALT?" (or AST): "68", "68 U/L (7-40)", "16. 10", "sixty-eight". */
function bareReading(text: string): { r: AnalyteReading; doubtedUnit: string | null } | null {
  // A paste of several lines with no ALT or AST name in it is not one reading: its first number and range are
  // another test's (bilirubin's 0.2 - 1.0), never to be taken for ALT's.
  if (text.split('\n').filter((l) => l.trim() !== '').length > 1) return null;
  const unnamed = parseUnnamedReading(text);
  if (unnamed.reading.value !== null) return { r: unnamed.reading, doubtedUnit: unnamed.doubtedUnit };
  if (saysDontKnow(text)) return null;
  const n = parseSingleNumber(text);
  return n === null ? null : { r: { value: n, range: null, sexRanges: null, unit: null }, doubtedUnit: null };
}

/** ALT or AST named in a reply ("ALT 68", a pasted report, or several to choose from); null when none is named. */
function namedResults(text: string, s: Session): Parsed | null {
  const report = parseLabReport(text);
  if (report.newestBy === 'ask') {
    const reports = report.reports;
    return ok((sess) => (sess.answers.pendingReports = reports));
  }
  const found: Found = { ...foundIn(report), doubts: report.doubts, previous: report.previous, date: report.date };
  if (found.readings.length === 0) return null;
  const reply =
    report.newestBy === 'date' && report.date !== null ? [phrase('questions.results.usedNewest', { value: isoDate(report.date) })]
    : report.newestBy === 'words' ? [phrase('questions.results.usedLatest')]
    : [];
  return use(found, s, [...reply, ...readBack(found, report.date, report.doubts)]);
}

/** A reply to an ALT or AST question: a pasted report (one or both named, one report or several), or a bare reading for `asked`. */
function parseResults(text: string, asked: Field, s: Session): Parsed {
  const pending = s.answers.pendingReports;
  if (pending) {
    const index = pickedReport(text, pending);
    const choice = index === null ? undefined : pending[index];
    if (choice) {
      const found = foundIn(choice);
      return use({ ...found, date: choice.date }, s, [phrase('questions.results.usedPicked', { number: (index ?? 0) + 1 }), ...readBack(found, choice.date, [])]);
    }
  }
  const named = namedResults(text, s);
  if (named) return named;
  if (pending) return miss(phrase('questions.results.pickRetry'));
  const bare = bareReading(text);
  if (bare === null) return saysDontKnow(text) ? miss(phrase(`questions.${asked === 'alt' ? 'results' : 'ast'}.dontKnow`)) : miss();
  return use({ readings: [{ field: asked, r: bare.r }], unit: bare.r.unit, doubtedUnit: bare.doubtedUnit }, s);
}

function askResults(s: Session): ReturnType<Question['ask']> {
  const pending = s.answers.pendingReports;
  if (!pending) return { kind: 'question', say: [phrase('questions.results.ask')], choices: [] };
  const lines = pending.map((p, i) => phrase('questions.results.reportLine', { number: i + 1, alt: p.alt?.value ?? '-', ast: p.ast?.value ?? '-' }));
  return {
    kind: 'question',
    say: [phrase('questions.results.whichReport', { lines: list(lines, 'line') })],
    choices: [
      { labelKey: 'questions.results.pickFirst', value: '1' },
      { labelKey: 'questions.results.pickLast', value: String(pending.length) },
    ],
  };
}

/**
 * Lab values the person named in a reply to any other question, or as a correction ("yes, my ALT is 900", "ALT was
 * 900 actually" at the summary): what they type wins (issue 23: a typed ALT 900 once gave way to a pre-filled 41). The
 * values replace those held, and all of a parent bot's pre-filled lab results (another report, maybe another unit):
 * the rest of the person's report is asked. Null when the reply names none.
 */
export function typedLabValues(text: string, s: Session): Parsed | null {
  const prefilled = s.answers.prefilledLabs === true;
  const basis: Session = prefilled ? { ...s, answers: { ...s.answers } } : s;
  if (prefilled) resultsQuestion.clear(basis.answers);
  const parsed = namedResults(text, basis);
  if (parsed === null) return null;
  // A miss always says why: the question it interrupts is not the results question.
  if (!parsed.ok) return miss(parsed.reason ?? phrase('questions.results.retry'));
  return ok((sess) => {
    const a = sess.answers;
    if (a.prefilledLabs) resultsQuestion.clear(a);
    delete a.prefilledLabs;
    delete a.valuesConfirmed;
    delete a.changing;
    parsed.apply(sess);
    // Several reports: the results question asks which is newest.
    const reports = a.pendingReports;
    if (reports) {
      resultsQuestion.clear(a);
      a.pendingReports = reports;
    }
  }, parsed.reply);
}

export const resultsQuestion = defineQuestion({
  id: 'results',
  fields: ['alt', 'ast', 'unit', 'doubtedUnit', 'pendingReports', 'altRange', 'astRange', 'altSexRanges', 'astSexRanges', 'valuesConfirmed', 'readDoubts', 'previous', 'prefilledLabs', 'testDate'],
  topic: 'results',
  prefill: {
    alt: (alt) => (alt === null ? {} : { alt }),
    ast: (ast) => (ast === null ? {} : { ast }),
    unit: (unit) => ({ unit: unit === 'ukat/L' ? 'ukat/L' : 'U/L' }),
    altRange: (altRange) => ({ altRange }),
    astRange: (astRange) => ({ astRange }),
    previous: (p) => ({
      previous: p && { alt: p.alt, altRange: p.altRange, unit: p.unit === 'ukat/L' ? 'ukat/L' : 'U/L', date: p.date === null ? null : Number(p.date.replace(/-/g, '')) },
    }),
  },
  readsLabValues: true,
  needed: (s) => s.answers.alt === undefined,
  ask: askResults,
  fallbackChoices: () => [{ labelKey: 'choices.stop', value: 'stop' }],
  parse: (text, { session }) => parseResults(text, 'alt', session),
  clear: (a) => {
    for (const k of ['alt', 'ast', 'unit', 'doubtedUnit', 'pendingReports', 'altRange', 'astRange', 'altSexRanges', 'astSexRanges', 'valuesConfirmed', 'readDoubts', 'previous', 'prefilledLabs', 'testDate'] as const) {
      delete a[k];
    }
  },
  skip: null,
});

/**
 * A value read from a paste that must be confirmed before it is used: letters OCR'd for digits ("4l" read as 41),
 * or a value far from its neighbours' scale (AST 4 beside ALT 61). Yes keeps it; no (or a number) replaces it.
 */
export const checkReadQuestion = defineQuestion({
  id: 'checkRead',
  fields: ['readDoubts'],
  readsLabValues: true,
  needed: (s) => (s.answers.readDoubts?.length ?? 0) > 0,
  ask: (s) => {
    const d = s.answers.readDoubts?.[0];
    const name = d ? NAMES[d.field] : '';
    const line =
      d?.kind === 'ocr' ? phrase('questions.checkRead.ocr', { name, text: d.printed, value: d.value })
      : phrase('questions.checkRead.scale', { name, value: d?.kind === 'scale' ? d.value : '' });
    return { kind: 'question', say: [line], choices: RIGHT };
  },
  fallbackChoices: () => RIGHT,
  parse: (text, { session }) => {
    const yn = parseYesNo(text);
    const n = yn === null ? parseSingleNumber(text) : null;
    if (yn === null && n === null) return miss();
    const field = session.answers.readDoubts?.[0]?.field;
    const problem = n !== null && field ? valueProblem(field, n, unitOf(session.answers)) : null;
    if (problem) return miss(problem);
    return ok((s) => {
      const a = s.answers;
      const [d, ...rest] = a.readDoubts ?? [];
      if (!d) return;
      if (yn === 'no') {
        // Asked again by the ALT or AST question, with its range.
        delete a[d.field];
        delete a[RANGE_KEY[d.field]];
        delete a[SPLIT_KEY[d.field]];
      } else if (n !== null) a[d.field] = n;
      const left = rest.filter((x) => yn !== 'no' || x.field !== d.field);
      if (left.length > 0) a.readDoubts = left;
      else delete a.readDoubts;
    });
  },
  clear: (a) => delete a.readDoubts,
  skip: null,
});

export const astQuestion = defineQuestion({
  id: 'ast',
  fields: ['ast'],
  readsLabValues: true,
  // A doubted unit is settled first, while the values just read are on screen.
  needed: (s) => s.answers.alt !== undefined && s.answers.ast === undefined && s.answers.doubtedUnit === undefined,
  ask: () => ({ kind: 'question', say: [phrase('questions.ast.ask')], choices: [] }),
  fallbackChoices: () => [{ labelKey: 'choices.stop', value: 'stop' }],
  parse: (text, { session }) => parseResults(text, 'ast', session),
  clear: (a) => {
    delete a.ast;
    delete a.astRange;
    delete a.astSexRanges;
  },
  skip: null,
});

/**
 * The unit is asked when the paste stated one that transaminases never have ("mg/dL": asked once, "Are these in
 * U/L?"), or when values under 10 with decimals look like µkat/L. Otherwise U/L is assumed and shown.
 */
export function unitUnclear(a: Answers): boolean {
  if (a.unit !== undefined || a.alt === undefined) return false;
  if (a.doubtedUnit !== undefined) return true;
  return a.ast !== undefined && [a.alt, a.ast].some((v) => v < 10 && !Number.isInteger(v));
}

/** Whole numbers that are plausible in U/L, with plausible ranges: then "I don't know" to the unit means U/L. */
function plausibleUnitsPerLitre(a: Answers): boolean {
  const values = [a.alt, a.ast].filter((v): v is number => v !== undefined);
  if (!values.every((v) => Number.isInteger(v) && checkValue('alt', v) === null)) return false;
  return (['altRange', 'astRange'] as const).every((k) => checkRange(k, a[k] ?? null) === null);
}

const UNIT_CHOICES: ChoiceView[] = [
  { labelKey: 'choices.unitUL', value: 'U/L' },
  { labelKey: 'choices.unitUkat', value: 'ukat/L' },
];

function unitIn(text: string): LabUnit | null {
  const f = foldForMatch(text).replace(/\s/g, '');
  if (/kat/.test(f)) return 'ukat/L';
  if (/^(i?u\/l|units?|iu|u)$/.test(f) || /u\/l/.test(f)) return 'U/L';
  return null;
}

/** Applies the unit to the values already read; a range that is implausible in that unit is dropped, to be asked. */
function applyUnit(a: Answers, unit: LabUnit, reply: Phrase[] = []): Parsed {
  for (const field of ['alt', 'ast'] as const) {
    const value = a[field];
    const problem = value === undefined ? null : valueProblem(field, value, unit);
    if (problem) return miss(problem);
  }
  return ok((s) => {
    const x = s.answers;
    x.unit = unit;
    delete x.doubtedUnit;
    for (const key of ['altRange', 'astRange'] as const) if (rangeProblem(key, x[key] ?? null, unit)) delete x[key];
  }, reply);
}

export const unitQuestion = defineQuestion({
  id: 'unit',
  fields: ['unit'],
  readsLabValues: true,
  needed: (s) => unitUnclear(s.answers),
  ask: (s) => {
    const a = s.answers;
    const read = a.ast === undefined ? phrase('questions.unit.doubtedAlt', { alt: a.alt }) : phrase('questions.unit.doubted', { alt: a.alt, ast: a.ast });
    const lead = a.doubtedUnit ? [phrase('invalid.wrongUnit', { unit: a.doubtedUnit }), read] : [phrase('questions.unit.ask')];
    return { kind: 'question', say: lead, choices: UNIT_CHOICES };
  },
  fallbackChoices: () => UNIT_CHOICES,
  parse: (text, { session }) => {
    const a = session.answers;
    const unit = unitIn(text);
    if (unit) return applyUnit(a, unit);
    if (a.doubtedUnit) {
      const yn = parseYesNo(text);
      if (yn === 'yes') return applyUnit(a, 'U/L');
      if (yn === 'no') return miss(phrase('questions.unit.retry'));
    }
    if (saysDontKnow(text)) {
      return plausibleUnitsPerLitre(a) ? applyUnit(a, 'U/L', [phrase('questions.unit.assumedUL')]) : miss(phrase('questions.unit.dontKnowDecimals'));
    }
    return miss();
  },
  clear: (a) => delete a.unit,
  skip: (a) => {
    a.unit = 'U/L';
    delete a.doubtedUnit;
  },
});

function inUl(a: Answers, v: number | undefined): number {
  return v === undefined ? 0 : toUnitsPerLitre(v, null, unitOf(a)).value;
}

export const confirmValuesQuestion = defineQuestion({
  id: 'confirmValues',
  fields: ['valuesConfirmed'],
  needed: (s) =>
    !s.answers.valuesConfirmed && !unitUnclear(s.answers) && s.answers.ast !== undefined &&
    (inUl(s.answers, s.answers.alt) > CONFIRM_ABOVE_UL || inUl(s.answers, s.answers.ast) > CONFIRM_ABOVE_UL),
  ask: (s) => ({
    kind: 'question',
    say: [phrase('questions.confirmValues.ask', { alt: s.answers.alt, ast: s.answers.ast, unit: unitOf(s.answers) })],
    choices: RIGHT,
  }),
  fallbackChoices: () => RIGHT,
  parse: (text) => {
    const yn = parseYesNo(text);
    if (yn === 'yes') return ok((s) => (s.answers.valuesConfirmed = true));
    if (yn === 'no') return ok((s) => resultsQuestion.clear(s.answers));
    return miss();
  },
  clear: (a) => delete a.valuesConfirmed,
  skip: null,
});

/**
 * The range for one analyte, asked when the paste had none. "None", "I don't know", "it doesn't say" set it to
 * null: the assessment then uses the spec's default limit (ULN-DEFAULT), and the reply says so.
 */
function rangeQuestion(field: Field): Question {
  const key = RANGE_KEY[field];
  const split = SPLIT_KEY[field];
  return defineQuestion({
    id: key,
    fields: [key, split],
    readsLabValues: true,
    needed: (s) => s.answers[field] !== undefined && s.answers[key] === undefined && !s.answers[split] && !unitUnclear(s.answers),
    ask: () => ({ kind: 'question', say: [phrase(`questions.${key}.ask`)], choices: [{ labelKey: 'choices.none', value: 'none' }] }),
    fallbackChoices: () => [{ labelKey: 'choices.none', value: 'none' }],
    parse: (text, { session }) => {
      const { reading } = parseUnnamedReading(text);
      if (reading.sexRanges) {
        const ranges = reading.sexRanges;
        return ok((s) => (s.answers[split] = ranges));
      }
      const range = reading.range;
      if (range) {
        const problem = rangeProblem(key, range, unitOf(session.answers));
        return problem ? miss(problem) : ok((s) => (s.answers[key] = range));
      }
      if (saysNone(text) || saysDontKnow(text)) return ok((s) => (s.answers[key] = null), [phrase(`questions.${key}.default`)]);
      return miss();
    },
    skip: (a) => (a[key] = null),
  });
}

export const altRangeQuestion = rangeQuestion('alt');
export const astRangeQuestion = rangeQuestion('ast');

/** Sex is asked only when a default limit is needed: no range, or a range split by sex. */
export function sexNeeded(a: Answers): boolean {
  if (a.sex !== undefined || a.alt === undefined || a.ast === undefined) return false;
  const altNeeds = a.altRange === null || (!a.altRange && !!a.altSexRanges);
  const astNeeds = a.astRange === null || (!a.astRange && !!a.astSexRanges);
  return altNeeds || astNeeds;
}

const SEX_CHOICES: ChoiceView[] = [
  { labelKey: 'choices.male', value: 'male' },
  { labelKey: 'choices.female', value: 'female' },
  { labelKey: 'choices.preferNot', value: 'prefer not to say' },
];

export const sexQuestion = defineQuestion({
  id: 'sex',
  fields: ['sex'],
  topic: 'results',
  prefill: { sex: (sex) => ({ sex: sex ?? 'unknown' }) },
  needed: (s) =>
    sexNeeded(s.answers) &&
    (s.answers.altRange !== undefined || !!s.answers.altSexRanges) &&
    (s.answers.astRange !== undefined || !!s.answers.astSexRanges),
  ask: () => ({
    kind: 'question',
    say: [phrase('questions.sex.ask')],
    choices: SEX_CHOICES,
  }),
  fallbackChoices: () => SEX_CHOICES,
  parse: (text) => {
    // ULN-SEX-UNKNOWN: with sex unknown the lower (female) limit is used; the reply says so.
    const sex = parseSex(text) ?? (saysDontKnow(text) ? 'unknown' : null);
    if (!sex) return miss();
    return ok((s) => (s.answers.sex = sex), sex === 'unknown' ? [phrase('questions.sex.unknown')] : []);
  },
  clear: (a) => delete a.sex,
  skip: (a) => (a.sex = 'unknown'),
});
