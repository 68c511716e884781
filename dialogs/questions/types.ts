import type { Locale } from '../../src/i18n';
import type { ChoiceView, QuestionView, Phrase } from '../../src/views';
import type { Prefill } from '../../src/skill/prefill';
import type { Answers, Session } from '../session';

export interface ParseContext {
  locale: Locale;
  session: Session;
  now: Date;
}

/** A reply that is understood may carry a short acknowledgement (`reply`), said before the next question. */
export type Parsed = { ok: true; apply: (s: Session) => void; reply?: Phrase[] } | { ok: false; reason?: Phrase };

/**
 * One question of the interview: when it is needed, how to ask it, how to read a reply (through src/nlu),
 * and how to undo it for "back". Questions that may be skipped say what skipping records.
 */
export interface Question {
  id: string;
  /** The answer fields it records (the registry's part of `Answers`). */
  fields: readonly (keyof Answers)[];
  /** The part of the summary that changes it ("change my lifestyle answers" asks it again). */
  topic?: ChangeTopic;
  /** The fields of a parent bot's `assess` event (the skill's prefill schema) that answer it, so it is not asked. */
  prefill?: PrefillMap;
  needed(s: Session): boolean;
  ask(s: Session): QuestionView;
  /** Choices offered after the third miss (a skip is added for questions that allow one). */
  fallbackChoices(s: Session): ChoiceView[];
  parse(text: string, ctx: ParseContext): Parsed;
  clear(a: Answers): void;
  skip: ((a: Answers) => void) | null;
  /** Several choices may be picked at once. */
  multi?: boolean;
  /** Bare words that answer this question though they are also commands: the bot asks which was meant. */
  answerWords?: readonly string[];
  /** The question takes corrections itself (the summary): "年龄写错了" is its answer, not "back". */
  takesCorrections?: boolean;
  /** "Back" does not undo it (consent, the summary and its change question are not answers to go back over). */
  back?: false;
  /** The question reads lab values itself: values typed in its reply are its answer, not an interruption. */
  readsLabValues?: true;
  /** An earlier result typed in its reply (a past date, an "earlier" word) is read by the question itself (issue #26). */
  readsEarlierResult?: true;
  /** Its reply settles what a parent bot pre-filled (consent): used on yes, dropped on no. */
  settlesPrefill?: true;
  /** A yes records a warning sign, acted on at once (the short question about an unclear sign). */
  confirmsSigns?: true;
}

/** For each prefill field that answers a question, the answers it gives (the dialog's shape of the contract's value). */
export type PrefillMap = { [K in keyof Prefill]?: (value: NonNullable<Prefill[K]> | null) => Partial<Answers> };

/** The parts of the summary a person can change, each asking its questions again. */
export const CHANGE_TOPICS = ['results', 'lifestyle', 'medicines', 'health'] as const;
export type ChangeTopic = (typeof CHANGE_TOPICS)[number];

/** What a question declares; what it leaves out is derived from its fields. */
export type QuestionSpec = Omit<Question, 'needed' | 'clear' | 'fallbackChoices'> & Partial<Pick<Question, 'needed' | 'clear' | 'fallbackChoices'>>;

/**
 * Declares one question of the registry (issue #30 item 4). By default it is needed while its first field is not
 * answered, "back" (or a change from the summary) clears all its fields, and it offers no extra choices.
 */
export function defineQuestion(spec: QuestionSpec): Question {
  const [first] = spec.fields;
  return {
    needed: (s) => first !== undefined && s.answers[first] === undefined,
    clear: (a) => {
      for (const field of spec.fields) delete a[field];
    },
    fallbackChoices: () => [],
    ...spec,
  };
}

export const ok = (apply: (s: Session) => void, reply?: Phrase[]): Parsed => (reply && reply.length > 0 ? { ok: true, apply, reply } : { ok: true, apply });
export const miss = (reason?: Phrase): Parsed => (reason ? { ok: false, reason } : { ok: false });

/** Buttons that match their question (同意/不同意 to consent, 有/没有 to "did you…?", 对/不对 to "is this right?"). */
export const AGREE: ChoiceView[] = [
  { labelKey: 'choices.agree', value: 'yes' },
  { labelKey: 'choices.disagree', value: 'no' },
];

export const HAVE: ChoiceView[] = [
  { labelKey: 'choices.have', value: 'yes' },
  { labelKey: 'choices.haveNot', value: 'no' },
];

export const HAVE_UNSURE: ChoiceView[] = [...HAVE, { labelKey: 'choices.unsure', value: 'not sure' }];

export const RIGHT: ChoiceView[] = [
  { labelKey: 'choices.right', value: 'yes' },
  { labelKey: 'choices.wrong', value: 'no' },
];
