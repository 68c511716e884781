import type { Locale } from '../../src/i18n';
import type { ChoiceView, QuestionView, Say } from '../../src/render/views';
import type { Answers, Session } from '../session';

export interface ParseContext {
  locale: Locale;
  session: Session;
  now: Date;
}

/** A reply that is understood may carry a short acknowledgement (`reply`), said before the next question. */
export type Parsed = { ok: true; apply: (s: Session) => void; reply?: Say[] } | { ok: false; reason?: Say };

/**
 * One question of the interview: when it is needed, how to ask it, how to read a reply (through src/nlu),
 * and how to undo it for "back". Questions that may be skipped say what skipping records.
 */
export interface Question {
  id: string;
  needed(s: Session): boolean;
  ask(s: Session): QuestionView;
  /** Choices offered after the third miss (a skip is added for questions that allow one). */
  fallbackChoices(s: Session): ChoiceView[];
  parse(text: string, ctx: ParseContext): Parsed;
  clear(a: Answers): void;
  skip: ((a: Answers) => void) | null;
  /** Several choices may be picked at once. */
  multi?: boolean;
}

export const ok = (apply: (s: Session) => void, reply?: Say[]): Parsed => (reply && reply.length > 0 ? { ok: true, apply, reply } : { ok: true, apply });
export const miss = (reason?: Say): Parsed => (reason ? { ok: false, reason } : { ok: false });

export const YES_NO: ChoiceView[] = [
  { labelKey: 'choices.yes', value: 'yes' },
  { labelKey: 'choices.no', value: 'no' },
];

export const YES_NO_UNSURE: ChoiceView[] = [
  { labelKey: 'choices.yes', value: 'yes' },
  { labelKey: 'choices.no', value: 'no' },
  { labelKey: 'choices.unsure', value: 'not sure' },
];
