import lexicon from '../../src/assessment/data/drug-lexicon.json';
import { parseLabReport, parseUnnamedReading } from '../../src/nlu/labReport';
import { understand, type Understanding } from '../../src/nlu/understand';
import { VOCAB } from '../../src/nlu/vocabulary';

/** One labelled reply of test/nlu/corpus/*.json, written the way people write, not from the NLU's word lists. */
export interface CorpusItem {
  id: string;
  question: string;
  text: string;
  tags?: string[];
  /** Blind sets: what kind of reply this is (suicide_indirect, other_person_or_past, asking_meaning, …). */
  kinds?: string[];
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
    /** Blind sets (/work/briefs/blind-replies.md): a hint the bot should answer with the screener question (ASK-SELF-HARM). */
    selfHarmHint?: boolean;
    /** The term asked about: a question to answer from the glossary, not an answer and not a sign. */
    glossary?: string;
    alt?: number;
    altUln?: number;
    medicationClasses?: string[];
    /** Words of a medicine answer that must not be shown back as medicine names. */
    ordinaryWords?: string[];
    /** Another question this reply answers too ({ sleep: 'no' }, { alcohol: { none: true } }, { age: 52 }). */
    alsoAnswers?: Record<string, unknown>;
    forSomeoneElse?: boolean;
  };
}

/** The day the corpus's relative dates count from ("last Saturday" = 3): Tuesday 1 December 2026. */
export const CORPUS_NOW = new Date(2026, 11, 1, 12);
/** Drinks are an estimate: within a quarter of the label, or 0.6 of a drink. */
const DRINK_TOLERANCE = 0.25;

export function signsOf(u: Understanding): Set<string> {
  // `beyondContract`: signs the reader knows before this branch's contract lists them (alcohol_withdrawal); absent on older code.
  return new Set<string>([...u.signs.symptoms, ...u.signs.conditions, ...((u.signs as { beyondContract?: string[] }).beyondContract ?? [])]);
}

/** Whether the bot would ask the screener question (ASK-SELF-HARM); absent on older code. */
function asksScreener(u: Understanding): boolean {
  return (u.signs as { selfHarmHint?: boolean }).selfHarmHint === true;
}

/** What the blind sets add to an Understanding, read loosely so the same scorer measures older code. */
interface Extras {
  glossary?: string | null;
  forSomeoneElse?: boolean;
  also?: Partial<Record<string, Understanding['answer']>>;
}
const extras = (u: Understanding): Extras => u;

function near(got: number | null | undefined, want: number | null): boolean {
  if (want === null) return true;
  if (got === null || got === undefined) return false;
  return Math.abs(got - want) <= Math.max(0.6, want * DRINK_TOLERANCE);
}

/** The corpus names two benign groups by their plain names; the lexicon's ids for them. */
const LEXICON_ID: Record<string, string> = { vitamins: 'multivitamin', birth_control: 'birth_control_pill' };
/** A medicine the blind writers name by a different id than the lexicon: mapped here, never in the sets. */
export const BLIND_LEXICON_ID: Record<string, string> = { prenatal_vitamin: 'prenatal_vitamins' };
/** The lexicon's ids: a blind label outside it (omeprazole, sertraline) is a name the bot should show back as unrecognised. */
const LEXICON_IDS = new Set((lexicon as { entries: { id: string }[] }).entries.map((e) => e.id));

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  b = [...new Set(b.map((x) => LEXICON_ID[x] ?? BLIND_LEXICON_ID[x] ?? x))];
  a = [...new Set(a)];
  return a.length === b.length && a.every((x) => b.includes(x));
}

/** Whether the answer to the question was understood as labelled (null when the item labels no answer). */
export function answerRight(item: CorpusItem, u: Understanding): boolean | null {
  const e = item.expect;
  const a = u.answer;
  // A question about a word answers nothing: the question is asked again.
  if (e.command || e.glossary) return null;
  switch (item.question) {
    case 'results': {
      if (e.alt === undefined) return null;
      const lab = parseLabReport(item.text).alt ?? parseUnnamedReading(item.text).reading;
      return lab.value === e.alt && (e.altUln === undefined || lab.range?.[1] === e.altUln);
    }
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
      if (shownOrdinaryWords(item, u).length > 0) return false;
      if ((e.medicationClasses ?? []).some((c) => !((a.value as { classes?: string[] }).classes ?? []).includes(c))) return false;
      if (item.kinds !== undefined) {
        // Blind sets label every medicine by its generic id: those the lexicon knows must be recognised, the others shown back.
        const want = (e.medications ?? []).map((m) => BLIND_LEXICON_ID[m] ?? m);
        const known = want.filter((m) => LEXICON_IDS.has(m));
        return sameSet(a.value.recognised, known) && a.value.unknown.length >= want.length - known.length;
      }
      // A name labelled in English for a reply in Chinese ("omeprazole" for 奥美拉唑) is checked by count.
      return (
        sameSet(a.value.recognised, e.medications ?? []) &&
        (e.unrecognised ?? []).every((u) => saidAsClass(a.value, u) || a.value.unknown.some((k) => k.includes(u.toLowerCase()) || u.toLowerCase().includes(k)) || (!item.text.toLowerCase().includes(u.toLowerCase()) && a.value.unknown.length >= (e.unrecognised ?? []).length))
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

/** A purpose word labelled as an unrecognised name ("安眠药") that the reader says back as a kind of medicine. */
function saidAsClass(list: { classes?: string[] }, word: string): boolean {
  const w = word.toLowerCase();
  return (list.classes ?? []).some((c) => (VOCAB.medicines.classes[c] ?? []).some((p) => p.includes(w) || w.includes(p)));
}

/** Labelled ordinary words that the medicine answer shows back as unrecognised medicine names. */
export function shownOrdinaryWords(item: CorpusItem, u: Understanding): string[] {
  if (u.answer?.kind !== 'medicines') return [];
  const unknown = u.answer.value.unknown.map((k) => k.toLowerCase());
  return (item.expect.ordinaryWords ?? []).filter((w) => {
    const word = w.toLowerCase();
    return unknown.some((k) => k.includes(word) || word.includes(k));
  });
}

/** The other answers a reply gives ("no booze, and I slept ok"), each checked as if it were asked. */
function alsoRight(item: CorpusItem, u: Understanding): boolean | null {
  const also = item.expect.alsoAnswers;
  if (!also) return null;
  return Object.entries(also).every(([question, v]) => {
    const expect: CorpusItem['expect'] = { warningSigns: [] };
    if (typeof v === 'string') {
      if (question === 'sex') expect.sex = v;
      else expect.answer = v as 'yes' | 'no' | 'unsure';
    } else if (typeof v === 'number') expect.age = v;
    else if (Array.isArray(v)) expect.conditions = v as string[];
    else if (v && typeof v === 'object') {
      const o = v as Record<string, unknown>;
      Object.assign(expect, o);
      if (typeof o.daysAgo === 'number') expect.exerciseDaysAgo = o.daysAgo;
    }
    const answer = extras(u).also?.[question] ?? null;
    return answerRight({ id: item.id, question, text: item.text, expect }, { ...u, command: null, answer }) === true;
  });
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
  /** Blind sets: medicine answers that show an ordinary word as a medicine. */
  ordinaryShown: CorpusItem[];
  /** Blind sets: per kind of reply, its share of each figure. */
  kinds: Map<string, KindFigures>;
}

export interface KindFigures {
  items: number;
  signsCaught: number;
  signsWanted: number;
  falseAlarms: number;
  right: number;
  total: number;
  ordinaryShown: number;
}

function bump(map: Map<string, Rate>, key: string, field: keyof Rate): void {
  const r = map.get(key) ?? { tp: 0, fp: 0, fn: 0 };
  r[field]++;
  map.set(key, r);
}

export function score(items: readonly CorpusItem[]): CorpusReport {
  const report: CorpusReport = { items: items.length, signs: new Map(), commands: new Map(), answers: new Map(), falseAlarmItems: [], missedSigns: [], wrongAnswers: [], wrongCommands: [], ordinaryShown: [], kinds: new Map() };
  for (const item of items) {
    const u = understand(item.question, item.text, CORPUS_NOW);
    const got = signsOf(u);
    const want = new Set(item.expect.warningSigns);
    const ambiguous = item.expect.ambiguous;
    const k = { caught: 0, wanted: 0 };
    let falseAlarm = false;
    for (const s of want) {
      k.wanted++;
      if (got.has(s) || u.signs.unclear.includes(s as never)) {
        bump(report.signs, s, 'tp');
        k.caught++;
      } else {
        bump(report.signs, s, 'fn');
        report.missedSigns.push({ item, sign: s });
      }
    }
    // A hint is caught when the bot asks the screener question, or fires RF-SELF-HARM at once.
    const hint = item.expect.selfHarmHint === true && !want.has('self_harm');
    if (hint) {
      k.wanted++;
      if (asksScreener(u) || got.has('self_harm')) {
        bump(report.signs, 'self_harm_hint', 'tp');
        k.caught++;
      } else {
        bump(report.signs, 'self_harm_hint', 'fn');
        report.missedSigns.push({ item, sign: 'self_harm_hint' });
      }
    }
    for (const s of got) {
      // Withdrawal is a sign of dependence; self-harm fired on a hint is the cautious reading of it.
      const implied = (s === 'alcohol_dependence' && want.has('alcohol_withdrawal')) || (s === 'self_harm' && hint);
      if (!want.has(s) && s !== ambiguous && !implied) {
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
    const figures = { right: 0, total: 0 };
    const tally = (key: string, right: boolean | null): void => {
      if (right === null) return;
      const a = report.answers.get(key) ?? { right: 0, total: 0 };
      a.total++;
      figures.total++;
      if (right) {
        a.right++;
        figures.right++;
      } else report.wrongAnswers.push(item);
      report.answers.set(key, a);
    };
    tally(item.expect.answer && ['consent', 'sleep', 'summary'].includes(item.question) ? `${item.question}:${item.expect.answer}` : item.question, answerRight(item, u));
    // Asking what a word means: answered from the glossary, never recorded as an answer.
    if (item.expect.glossary) tally('glossary', typeof extras(u).glossary === 'string' && u.answer === null);
    if (item.expect.forSomeoneElse) tally('forSomeoneElse', extras(u).forSomeoneElse === true);
    tally('alsoAnswers', alsoRight(item, u));
    const shown = shownOrdinaryWords(item, u).length > 0;
    if (shown) report.ordinaryShown.push(item);
    for (const kind of item.kinds ?? []) {
      const f = report.kinds.get(kind) ?? { items: 0, signsCaught: 0, signsWanted: 0, falseAlarms: 0, right: 0, total: 0, ordinaryShown: 0 };
      f.items++;
      f.signsCaught += k.caught;
      f.signsWanted += k.wanted;
      f.falseAlarms += falseAlarm ? 1 : 0;
      f.right += figures.right;
      f.total += figures.total;
      f.ordinaryShown += shown ? 1 : 0;
      report.kinds.set(kind, f);
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
  if (r.kinds.size > 0) {
    lines.push('  kind                   items  signs caught   false alarms  understood    ordinary words shown');
    for (const [k, v] of [...r.kinds].sort()) {
      lines.push(`  ${k.padEnd(22)} ${String(v.items).padStart(5)}  ${pct(v.signsCaught, v.signsWanted)} (${v.signsCaught}/${v.signsWanted})  ${String(v.falseAlarms).padStart(4)}          ${pct(v.right, v.total)} (${v.right}/${v.total})  ${v.ordinaryShown}`);
    }
  }
  return lines.join('\n');
}
