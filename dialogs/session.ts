import type { Condition, Range, Symptom } from '../src/assessment/types';
import type { Locale } from '../src/i18n';
import type { Command } from '../src/nlu/commands';
import type { AlcoholReport } from '../src/nlu/drinks';
import type { LabUnit, PreviousResult, ReadDoubt, ReportChoice } from '../src/nlu/labReport';
import type { ParacetamolAnswers } from './questions/paracetamol';
import type { Relation } from '../src/nlu/typist';

/** The earlier result as the dialog holds it: the report reader's shape, and how its date was given. */
export interface PreviousAnswer extends PreviousResult {
  /** The date was a span ("early October"): its first day is kept, and it is said as a month. */
  approximate?: boolean;
  /** Typed without a date: the date is asked next (once; not known keeps it undated). */
  askDate?: boolean;
}

/** The answers so far. `undefined` means not asked yet; `null` means asked and not given (none, skipped). */
export interface Answers {
  alt?: number;
  ast?: number;
  unit?: LabUnit;
  altRange?: Range | null;
  astRange?: Range | null;
  altSexRanges?: { male: Range; female: Range } | null;
  astSexRanges?: { male: Range; female: Range } | null;
  valuesConfirmed?: boolean;
  /** A unit the paste stated that transaminases are never given in ("mg/dL"): the values are kept, the unit asked once. */
  doubtedUnit?: string;
  /** Several reports pasted, none told newest: what each says, until the person picks one. */
  pendingReports?: ReportChoice[];
  /** Values read from a paste to be confirmed before use (OCR damage, off scale): issue #28. */
  readDoubts?: ReadDoubt[];
  /**
   * The earlier result (spec §8a): from a two-column paste, typed after the results, or pre-filled by a parent bot.
   * null: there is none (or it was skipped). `alt` null: the person has one, its value not yet given.
   */
  previous?: PreviousAnswer | null;
  /** The date of the report used, when the paste printed one (yyyymmdd, year 0 when printed without a year). */
  testDate?: number;
  sex?: 'male' | 'female' | 'unknown';
  age?: number | null;
  sleepLoss?: boolean | null;
  alcohol?: AlcoholReport | null;
  exerciseDaysBefore?: number | null;
  medications?: string[];
  /** Who the typist answers for, when they said so ("I'm filling this in for my dad"): the result speaks to them about that person. */
  typingFor?: Relation;
  /** Kinds of medicine said by what they are for, without a name ("blood thinner", "降压药"): said back as kinds. */
  medicationClasses?: string[];
  /** The ASK-APAP follow-up to a medicine answer that names paracetamol or an unnamed painkiller or cold remedy. */
  paracetamol?: ParacetamolAnswers;
  symptoms?: Symptom[];
  conditions?: Condition[];
  /** "Heavy drinking now" was chosen: recorded as `heavy_alcohol_history` and said as now (SAY-ALCOHOL-HELP, version 4). */
  heavyDrinkingNow?: boolean;
  /** SAY-AMOUNTS: the alcohol answer in the person's own words, said back with the total in the summary. */
  alcoholWords?: string;
  /** Warning signs said outside the symptom question (an interruption), kept apart so that question is still asked. */
  volunteeredSymptoms?: Symptom[];
  volunteeredConditions?: Condition[];
  /** Signs hinted at but unclear ("my eyes look a bit off"): each is asked once, with one short question. */
  pendingSigns?: Symptom[];
  askedSigns?: Symptom[];
  summaryConfirmed?: boolean;
  changing?: boolean;
  /** The lab results came from a parent bot's `assess` event: a lab value the person types replaces them all (issue 23). */
  prefilledLabs?: boolean;
}

export type Phase = 'interview' | 'done' | 'ended' | 'declined';

/** How a check ended without a result: an emergency said, a cancel, or a required question that could not be answered. */
export type EndReason = 'emergency' | 'cancelled' | 'gaveUp';

/**
 * Conversation state: the answers and the facts (consent, the result, how it ended, the closing action, the warnings
 * already shown). Where the conversation is lives on the dialog stack; its phase is derived (`phaseOf`). Expires with
 * the store's time to live.
 */
export interface Session {
  consent?: boolean;
  welcomed?: boolean;
  answers: Answers;
  /** The result was given, with this triage. */
  result?: 'routine' | 'soon' | 'urgent' | 'emergency';
  /** The check ended without a result. */
  ended?: EndReason;
  history: string[];
  /** Red-flag rules already explained, so that an interruption is not repeated. */
  redFlagsShown: string[];
  /** How the check ended when it ended urgent or emergency: later messages repeat the action. */
  closing?: { triage: 'urgent' | 'emergency'; rules: string[] };
  /** A bare command word that was also an answer, kept while the bot asks which was meant. */
  pendingCommand?: { command: Command; text: string };
  /** SMS: a send to this conversation failed (the number opted out at the carrier): send nothing more. */
  unreachable?: boolean;
  /** A parent bot's pre-filled answers wait for the consent reply, in a slot of their own (src/bot/prefillSlot.ts). */
  prefillHeld?: boolean;
  /** RETEST-REMINDER: the reminder offered after a routine result, until the reply (issue #26). */
  reminderOffer?: { dueAt: number; earlier: { alt: number; uln: number; date: string } | null; calendar?: boolean };
  /** SMS: the reminder offer, made once MORE has sent the rest of the result. */
  reminderOfferAfterMore?: { dueAt: number; earlier: { alt: number; uln: number; date: string }; weeks: number };
  /** SMS: the rest of a long result, sent on "MORE" (更多). */
  smsMore?: string[];
}

/** User state: only the language, chosen by the page, the channel or the person. */
export interface Profile {
  locale?: Locale;
  localeChosen?: boolean;
  /** SMS: the number sent STOP (or a synonym); nothing is sent until START, YES or UNSTOP. */
  smsOptedOut?: boolean;
}

/** Every symptom the person gave: at the symptom question and in any other reply (volunteered), each once. */
export function allSymptoms(a: Answers): Symptom[] {
  return [...new Set([...(a.symptoms ?? []), ...(a.volunteeredSymptoms ?? [])])];
}

/** Every condition the person gave: at the condition question and in any other reply (volunteered), each once. */
export function allConditions(a: Answers): Condition[] {
  return [...new Set([...(a.conditions ?? []), ...(a.volunteeredConditions ?? [])])];
}

/** Records signs said outside their question (an interruption, a clarified hint, ASK-APAP), each once. */
export function volunteer(a: Answers, symptoms: readonly Symptom[], conditions: readonly Condition[] = []): void {
  if (symptoms.length > 0) a.volunteeredSymptoms = [...new Set([...(a.volunteeredSymptoms ?? []), ...symptoms])];
  if (conditions.length > 0) a.volunteeredConditions = [...new Set([...(a.volunteeredConditions ?? []), ...conditions])];
}

export function newSession(): Session {
  return { answers: {}, history: [], redFlagsShown: [] };
}

/** A session saved before the phase was derived (issue #30 item 5) says it in a field of its own, until it changes. */
function savedPhase(s: Session): Phase | undefined {
  const saved = (s as { phase?: unknown }).phase;
  return saved === 'done' || saved === 'ended' ? saved : undefined;
}

/** Where the check stands, derived from the facts: declined when consent was refused, ended, done with a result. */
export function phaseOf(s: Session): Phase {
  if (s.ended) return 'ended';
  if (s.consent === false) return 'declined';
  if (s.result) return 'done';
  return savedPhase(s) ?? 'interview';
}

/**
 * Restart and cancel, the one place either changes state: the answers and the facts of the check start over.
 * Restart keeps a consent given (a refusal is asked again); cancel keeps consent and records the end. What is not
 * the check's (the welcome, the SMS state, a held prefill, a reminder offer) stays.
 */
export function startOver(s: Session, how: 'restart' | 'cancel'): void {
  const consent = how === 'cancel' ? s.consent : s.consent === true ? true : undefined;
  for (const key of ['closing', 'result', 'ended', 'consent', 'phase']) Reflect.deleteProperty(s, key);
  Object.assign(s, newSession(), consent === undefined ? {} : { consent }, how === 'cancel' ? { ended: 'cancelled' } : {});
}

/**
 * Back: the last answered question's answers are cleared (by `clear`, the question's own), and a result given from
 * them no longer stands. False when nothing was answered. The one place back changes state.
 */
export function undoLast(s: Session, clear: (questionId: string, a: Answers) => void): boolean {
  const last = s.history.pop();
  if (last === undefined) return false;
  clear(last, s.answers);
  s.answers.summaryConfirmed = false;
  s.answers.changing = false;
  if (phaseOf(s) === 'done') {
    delete s.result;
    Reflect.deleteProperty(s, 'phase');
  }
  return true;
}
