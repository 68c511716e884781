import { checkRange, checkValue, toUnitsPerLitre } from '../../src/assessment/units';
import type { Range } from '../../src/assessment/types';
import { foldForMatch } from '../../src/nlu/normalise';
import { parseLabReport, parseUnnamedReading, type AnalyteReading, type LabUnit } from '../../src/nlu/labReport';
import { parseSingleNumber } from '../../src/nlu/numbers';
import { parseSex } from '../../src/nlu/answers';
import { saysNone } from '../../src/nlu/symptoms';
import { parseYesNo } from '../../src/nlu/yesNo';
import { say, type ChoiceView, type Say } from '../../src/render/views';
import type { Answers, Session } from '../session';
import { miss, ok, YES_NO, type Parsed, type Question } from './types';

/** Values above this (in U/L) are possible but rare: the bot asks the person to confirm them. */
export const CONFIRM_ABOVE_UL = 1000;

function unitOf(a: Answers): LabUnit {
  return a.unit ?? 'U/L';
}

function valueProblem(field: 'alt' | 'ast', value: number, unit: LabUnit): Say | null {
  const err = checkValue(field, toUnitsPerLitre(value, null, unit).value);
  return err ? say(`invalid.${err.error}`) : null;
}

function rangeProblem(field: 'altRange' | 'astRange', range: Range | null, unit: LabUnit): Say | null {
  if (range === null) return null;
  const converted = toUnitsPerLitre(1, range, unit).range;
  const err = checkRange(field, converted);
  if (!err) return null;
  return say(`invalid.${err.error}`, { high: range[1], unit });
}

function readingProblem(field: 'alt' | 'ast', r: AnalyteReading, unit: LabUnit): Say | null {
  if (r.value === null) return null;
  return valueProblem(field, r.value, unit) ?? rangeProblem(field === 'alt' ? 'altRange' : 'astRange', r.range, unit);
}

/** Stores what a reading holds, leaving unknown parts to be asked. */
function store(a: Answers, field: 'alt' | 'ast', r: AnalyteReading): void {
  if (r.value === null) return;
  a[field] = r.value;
  if (r.range) a[field === 'alt' ? 'altRange' : 'astRange'] = r.range;
  if (r.sexRanges) a[field === 'alt' ? 'altSexRanges' : 'astSexRanges'] = r.sexRanges;
}

function valueFrom(text: string): AnalyteReading | null {
  const unnamed = parseUnnamedReading(text).reading;
  if (unnamed.value !== null) return unnamed;
  const n = parseSingleNumber(text);
  return n === null ? null : { value: n, range: null, sexRanges: null, unit: null };
}

/** A reply to an ALT or AST question: a pasted report (one or both named), or a bare reading for `asked`. */
function parseResults(text: string, asked: 'alt' | 'ast', s: Session): Parsed {
  const report = parseLabReport(text);
  if (report.doubtedUnit) return miss(say('invalid.wrongUnit', { unit: report.doubtedUnit }));
  const named = report.alt?.value != null || report.ast?.value != null;
  const readings: { field: 'alt' | 'ast'; r: AnalyteReading }[] = [];
  if (named) {
    if (report.alt?.value != null) readings.push({ field: 'alt', r: report.alt });
    if (report.ast?.value != null) readings.push({ field: 'ast', r: report.ast });
  } else {
    const r = valueFrom(text);
    if (r === null) return miss();
    readings.push({ field: asked, r });
  }
  const unit = report.unit ?? readings.find((x) => x.r.unit)?.r.unit ?? unitOf(s.answers);
  for (const { field, r } of readings) {
    const problem = readingProblem(field, r, unit);
    if (problem) return miss(problem);
  }
  return ok((sess) => {
    const a = sess.answers;
    if (report.unit || readings.some((x) => x.r.unit)) a.unit = unit;
    for (const { field, r } of readings) store(a, field, r);
  });
}

export const resultsQuestion: Question = {
  id: 'results',
  needed: (s) => s.answers.alt === undefined,
  ask: () => ({ kind: 'question', say: [say('questions.results.ask')], choices: [] }),
  fallbackChoices: () => [{ labelKey: 'choices.stop', value: 'stop' }],
  parse: (text, { session }) => parseResults(text, 'alt', session),
  clear: (a) => {
    for (const k of ['alt', 'ast', 'unit', 'altRange', 'astRange', 'altSexRanges', 'astSexRanges', 'valuesConfirmed'] as const) delete a[k];
  },
  skip: null,
};

export const astQuestion: Question = {
  id: 'ast',
  needed: (s) => s.answers.alt !== undefined && s.answers.ast === undefined,
  ask: () => ({ kind: 'question', say: [say('questions.ast.ask')], choices: [] }),
  fallbackChoices: () => [{ labelKey: 'choices.stop', value: 'stop' }],
  parse: (text, { session }) => parseResults(text, 'ast', session),
  clear: (a) => {
    delete a.ast;
    delete a.astRange;
    delete a.astSexRanges;
  },
  skip: null,
};

/** Values under 10 with decimals look like µkat/L: ask, rather than guess. Otherwise U/L is assumed and shown. */
export function unitUnclear(a: Answers): boolean {
  if (a.unit !== undefined || a.alt === undefined || a.ast === undefined) return false;
  return [a.alt, a.ast].some((v) => v < 10 && !Number.isInteger(v));
}

const UNIT_CHOICES: ChoiceView[] = [
  { labelKey: 'choices.unitUL', value: 'U/L' },
  { labelKey: 'choices.unitUkat', value: 'ukat/L' },
];

export const unitQuestion: Question = {
  id: 'unit',
  needed: (s) => unitUnclear(s.answers),
  ask: () => ({
    kind: 'question',
    say: [say('questions.unit.ask')],
    choices: UNIT_CHOICES,
  }),
  fallbackChoices: () => UNIT_CHOICES,
  parse: (text) => {
    const f = foldForMatch(text).replace(/\s/g, '');
    if (/kat/.test(f)) return ok((s) => (s.answers.unit = 'ukat/L'));
    if (/^(i?u\/l|units?|iu|u)$/.test(f) || /u\/l/.test(f)) return ok((s) => (s.answers.unit = 'U/L'));
    return miss();
  },
  clear: (a) => delete a.unit,
  skip: (a) => (a.unit = 'U/L'),
};

function inUl(a: Answers, v: number | undefined): number {
  return v === undefined ? 0 : toUnitsPerLitre(v, null, unitOf(a)).value;
}

export const confirmValuesQuestion: Question = {
  id: 'confirmValues',
  needed: (s) =>
    !s.answers.valuesConfirmed && !unitUnclear(s.answers) && s.answers.ast !== undefined &&
    (inUl(s.answers, s.answers.alt) > CONFIRM_ABOVE_UL || inUl(s.answers, s.answers.ast) > CONFIRM_ABOVE_UL),
  ask: (s) => ({
    kind: 'question',
    say: [say('questions.confirmValues.ask', { alt: s.answers.alt, ast: s.answers.ast, unit: unitOf(s.answers) })],
    choices: YES_NO,
  }),
  fallbackChoices: () => YES_NO,
  parse: (text) => {
    const yn = parseYesNo(text);
    if (yn === 'yes') return ok((s) => (s.answers.valuesConfirmed = true));
    if (yn === 'no') return ok((s) => resultsQuestion.clear(s.answers));
    return miss();
  },
  clear: (a) => delete a.valuesConfirmed,
  skip: null,
};

function rangeQuestion(field: 'alt' | 'ast'): Question {
  const key = field === 'alt' ? 'altRange' : 'astRange';
  const split = field === 'alt' ? 'altSexRanges' : 'astSexRanges';
  return {
    id: key,
    needed: (s) => s.answers[field] !== undefined && s.answers[key] === undefined && !s.answers[split] && !unitUnclear(s.answers),
    ask: () => ({ kind: 'question', say: [say(`questions.${key}.ask`)], choices: [{ labelKey: 'choices.none', value: 'none' }] }),
    fallbackChoices: () => [{ labelKey: 'choices.none', value: 'none' }],
    parse: (text, { session }) => {
      if (saysNone(text)) return ok((s) => (s.answers[key] = null));
      const { reading } = parseUnnamedReading(text);
      if (reading.sexRanges) {
        const ranges = reading.sexRanges;
        return ok((s) => (s.answers[split] = ranges));
      }
      const range = reading.range;
      if (!range) return miss();
      const problem = rangeProblem(key, range, unitOf(session.answers));
      if (problem) return miss(problem);
      return ok((s) => (s.answers[key] = range));
    },
    clear: (a) => {
      delete a[key];
      delete a[split];
    },
    skip: (a) => (a[key] = null),
  };
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

export const sexQuestion: Question = {
  id: 'sex',
  needed: (s) =>
    sexNeeded(s.answers) &&
    (s.answers.altRange !== undefined || !!s.answers.altSexRanges) &&
    (s.answers.astRange !== undefined || !!s.answers.astSexRanges),
  ask: () => ({
    kind: 'question',
    say: [say('questions.sex.ask')],
    choices: SEX_CHOICES,
  }),
  fallbackChoices: () => SEX_CHOICES,
  parse: (text) => {
    const sex = parseSex(text);
    return sex ? ok((s) => (s.answers.sex = sex)) : miss();
  },
  clear: (a) => delete a.sex,
  skip: (a) => (a.sex = 'unknown'),
};
