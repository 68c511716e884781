import { understand, type Understanding } from '../../src/nlu/understand';

/** One labelled reply of test/nlu/corpus/*.json, written the way people write, not from the NLU's word lists. */
export interface CorpusItem {
  id: string;
  question: string;
  text: string;
  tags?: string[];
  expect: {
    warningSigns: string[];
    answer?: 'yes' | 'no' | 'unsure' | 'unknown';
    command?: string | null;
    sex?: string;
    age?: number;
    none?: boolean;
    drinksPerWeek?: number | null;
    largestOccasion?: number | null;
    exerciseDaysAgo?: number;
    medications?: string[];
    unrecognised?: string[];
    conditions?: string[];
    ambiguous?: string;
  };
}

/** The day the corpus's relative dates count from ("last Saturday" = 3): Tuesday 1 December 2026. */
export const CORPUS_NOW = new Date(2026, 11, 1, 12);
/** Drinks are an estimate: within a quarter of the label, or 0.6 of a drink. */
const DRINK_TOLERANCE = 0.25;

export function signsOf(u: Understanding): Set<string> {
  return new Set<string>([...u.signs.symptoms, ...u.signs.conditions]);
}

function near(got: number | null | undefined, want: number | null): boolean {
  if (want === null) return true;
  if (got === null || got === undefined) return false;
  return Math.abs(got - want) <= Math.max(0.6, want * DRINK_TOLERANCE);
}

/** The corpus names two benign groups by their plain names; the lexicon's ids for them. */
const LEXICON_ID: Record<string, string> = { vitamins: 'multivitamin', birth_control: 'birth_control_pill' };

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  b = b.map((x) => LEXICON_ID[x] ?? x);
  return a.length === b.length && a.every((x) => b.includes(x));
}

/** Whether the answer to the question was understood as labelled (null when the item labels no answer). */
export function answerRight(item: CorpusItem, u: Understanding): boolean | null {
  const e = item.expect;
  const a = u.answer;
  if (e.command) return null;
  switch (item.question) {
    case 'consent':
    case 'sleep':
    case 'summary':
      return e.answer === undefined ? null : a?.kind === 'yesNo' && a.value === e.answer;
    case 'rangeUnknown':
      return e.answer === undefined ? null : a?.kind === 'dontKnow';
    case 'sex':
      return e.sex === undefined ? null : a?.kind === 'sex' && a.value === e.sex;
    case 'age':
      return e.age === undefined ? null : a?.kind === 'age' && a.value === e.age;
    case 'alcohol':
      if (a?.kind !== 'alcohol') return e.none !== undefined || e.drinksPerWeek !== undefined || e.largestOccasion !== undefined ? false : null;
      if (e.none) return a.value.drinksPerWeek === 0 && (a.value.largestOccasion ?? 0) === 0;
      return near(a.value.drinksPerWeek, e.drinksPerWeek ?? null) && near(a.value.largestOccasion, e.largestOccasion ?? null);
    case 'exercise':
      if (e.none === undefined && e.exerciseDaysAgo === undefined) return null;
      if (a?.kind !== 'exercise') return false;
      return e.none ? a.value.none : !a.value.none && a.value.daysAgo === e.exerciseDaysAgo;
    case 'medicines':
      if (e.none === undefined && e.medications === undefined && e.unrecognised === undefined) return null;
      if (a?.kind !== 'medicines') return false;
      if (e.none) return a.value.none;
      // A name labelled in English for a reply in Chinese ("omeprazole" for 奥美拉唑) is checked by count.
      return (
        sameSet(a.value.recognised, e.medications ?? []) &&
        (e.unrecognised ?? []).every((u) => a.value.unknown.some((k) => k.includes(u.toLowerCase()) || u.toLowerCase().includes(k)) || (!item.text.toLowerCase().includes(u.toLowerCase()) && a.value.unknown.length >= (e.unrecognised ?? []).length))
      );
    case 'symptoms':
      if (e.none === undefined) return null;
      return e.none ? a?.kind === 'symptoms' && a.value.length === 0 : null;
    case 'conditions':
      if (e.none === undefined && e.conditions === undefined) return null;
      if (a?.kind !== 'conditions') return false;
      return sameSet(a.value, e.none ? [] : (e.conditions ?? []));
    default:
      return null;
  }
}

export interface Rate {
  tp: number;
  fp: number;
  fn: number;
}

export interface CorpusReport {
  items: number;
  signs: Map<string, Rate>;
  commands: Map<string, Rate>;
  answers: Map<string, { right: number; total: number }>;
  falseAlarmItems: CorpusItem[];
  missedSigns: { item: CorpusItem; sign: string }[];
  wrongAnswers: CorpusItem[];
  wrongCommands: CorpusItem[];
}

function bump(map: Map<string, Rate>, key: string, field: keyof Rate): void {
  const r = map.get(key) ?? { tp: 0, fp: 0, fn: 0 };
  r[field]++;
  map.set(key, r);
}

export function score(items: readonly CorpusItem[]): CorpusReport {
  const report: CorpusReport = { items: items.length, signs: new Map(), commands: new Map(), answers: new Map(), falseAlarmItems: [], missedSigns: [], wrongAnswers: [], wrongCommands: [] };
  for (const item of items) {
    const u = understand(item.question, item.text, CORPUS_NOW);
    const got = signsOf(u);
    const want = new Set(item.expect.warningSigns);
    const ambiguous = item.expect.ambiguous;
    let falseAlarm = false;
    for (const s of want) {
      if (got.has(s) || u.signs.unclear.includes(s as never)) bump(report.signs, s, 'tp');
      else {
        bump(report.signs, s, 'fn');
        report.missedSigns.push({ item, sign: s });
      }
    }
    for (const s of got) {
      if (!want.has(s) && s !== ambiguous) {
        bump(report.signs, s, 'fp');
        falseAlarm = true;
      }
    }
    if (falseAlarm) report.falseAlarmItems.push(item);
    const wantCommand = item.expect.command ?? null;
    if (wantCommand !== null || u.command !== null) {
      if (wantCommand !== null && u.command === wantCommand) bump(report.commands, wantCommand, 'tp');
      else {
        if (wantCommand !== null) bump(report.commands, wantCommand, 'fn');
        if (u.command !== null) bump(report.commands, u.command, 'fp');
        report.wrongCommands.push(item);
      }
    }
    const right = answerRight(item, u);
    if (right !== null) {
      const key = item.expect.answer && ['consent', 'sleep', 'summary'].includes(item.question) ? `${item.question}:${item.expect.answer}` : item.question;
      const a = report.answers.get(key) ?? { right: 0, total: 0 };
      a.total++;
      if (right) a.right++;
      else report.wrongAnswers.push(item);
      report.answers.set(key, a);
    }
  }
  return report;
}

const pct = (n: number, d: number): string => (d === 0 ? '   -  ' : `${((100 * n) / d).toFixed(1).padStart(5)}%`);

export function format(name: string, r: CorpusReport): string {
  const lines = [`${name}: ${r.items} replies`];
  lines.push('  warning sign           precision  recall   (tp fp fn)');
  for (const [k, v] of [...r.signs].sort()) lines.push(`  ${k.padEnd(22)} ${pct(v.tp, v.tp + v.fp)}   ${pct(v.tp, v.tp + v.fn)}   (${v.tp} ${v.fp} ${v.fn})`);
  lines.push('  command                precision  recall   (tp fp fn)');
  for (const [k, v] of [...r.commands].sort()) lines.push(`  ${k.padEnd(22)} ${pct(v.tp, v.tp + v.fp)}   ${pct(v.tp, v.tp + v.fn)}   (${v.tp} ${v.fp} ${v.fn})`);
  lines.push('  answer (intent)        understood the first time');
  for (const [k, v] of [...r.answers].sort()) lines.push(`  ${k.padEnd(22)} ${pct(v.right, v.total)}   (${v.right}/${v.total})`);
  return lines.join('\n');
}
