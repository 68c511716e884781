/**
 * What a dialog wants to say, without saying how: locale keys with their data. The renderer turns these into
 * activities for each channel. No sentence is written here or in the dialogs; they all live in locales/.
 */
export interface Phrase {
  key: string;
  vars?: Record<string, unknown>;
}

export interface ChoiceView {
  /** Locale key of the label the person sees. */
  labelKey: string;
  /** What choosing it means, in words the question's parser understands. */
  value: string;
}

export interface QuestionView {
  kind: 'question';
  say: Phrase[];
  choices: ChoiceView[];
  /** The person may pick several choices (symptoms, conditions). */
  multi?: boolean;
  /** The question's id, sent back with a card's answer. */
  id?: string;
}

export interface MessageView {
  kind: 'message';
  say: Phrase[];
  /** Machine-readable data for the channel or a parent bot (the assessment result), sent as the activity's value. */
  value?: unknown;
}

export interface ResultSection {
  title?: Phrase;
  lines: Phrase[];
  /** Details a short channel may hold back until asked (SMS sends them on "MORE"). */
  detail?: boolean;
  /** The closing action of an urgent or emergency result: kept last in every part of a split result. */
  closing?: boolean;
  /**
   * Not a detail, but a short channel may leave it for "MORE" when the first messages would not hold it with the
   * action, the go-now signs, the alcohol help and the retest. Lower numbers are left first.
   */
  spare?: number;
  /** A short channel keeps it in one message (an action, the go-now signs). */
  whole?: boolean;
}

export interface DoctorFactView {
  titleKey: string;
  value: Phrase | string;
}

export interface ResultView {
  kind: 'result';
  sections: ResultSection[];
  doctor: ResultSection;
  /** The same summary for a doctor, as facts for a card. */
  facts: DoctorFactView[];
  value: unknown;
}

export type View = QuestionView | MessageView | ResultView;

/** Several phrases shown as one: a list joined by the language's comma, or one per line. */
export interface PhraseList {
  list: Phrase[];
  separator: 'comma' | 'line';
}

export const list = (items: readonly Phrase[], separator: PhraseList['separator']): PhraseList => ({ list: [...items], separator });

/** A phrase: a locale key and its data. It builds what is to be said and sends nothing (the renderer's textOf turns it into text). */
export const phrase = (key: string, vars?: Record<string, unknown>): Phrase => (vars ? { key, vars } : { key });
