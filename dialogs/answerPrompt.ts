import type { StatePropertyAccessor, TurnContext } from 'botbuilder';
import {
  Dialog,
  Prompt,
  type DialogContext,
  type DialogInstance,
  type DialogTurnResult,
  type PromptOptions,
  type PromptRecognizerResult,
} from 'botbuilder-dialogs';
import { answerFromValue, questionIdOf } from '../src/render/cards';
import { phrase, type ChoiceView, type Phrase } from '../src/views';
import { capForParsing } from '../src/nlu/inputLimits';
import type { Question } from './questions';
import { newSession, type Answers, type Session } from './session';
import { localeOf, pickedChoice, send } from './turn';

/** After this many misses the question offers choices (and a skip, where it has one). */
export const CHOICES_AFTER_MISSES = 3;
/** After this many misses a skippable question is skipped, and a required one ends kindly: never a loop. */
export const GIVE_UP_AFTER_MISSES = 5;

const SKIP_WORDS = /^(skip|pass|next|跳过|下一个|下一题)$/i;

/** The prompt's options: the question asked. It is written here and nowhere else (MainDialog.askedQuestion reads it). */
export interface AnswerPromptOptions extends PromptOptions {
  questionId: string;
}

/**
 * What a reply did to the answers, as data: the fields it set and the fields it removed, and consent. `outcome` says
 * how it came: answered, skipped (a skip word or the skip choice), or given up after the fifth miss ('gaveUp' records
 * the skip; 'end' ends the check, for a question that cannot be skipped).
 */
export type AnswerPatch =
  | {
      outcome: 'answered' | 'skipped' | 'gaveUp';
      questionId: string;
      set: Partial<Answers>;
      unset: (keyof Answers)[];
      consent?: boolean;
      /** A short acknowledgement, said before the next question. */
      reply?: Phrase[];
      /** The reply as typed (not a picked choice): it may answer other questions too. */
      typed?: string;
    }
  | { outcome: 'end'; questionId: string };

/** The prompt's own state between turns (botbuilder-dialogs keeps it in the dialog instance, so it is saved). */
interface AnswerPromptState {
  /** Replies read so far that did not answer (an outdated card counts, as a validator's attempt did). */
  attempts?: number;
  /** Why the last reply missed, when its reader said. */
  reason?: Phrase;
  /** The last reply was a card sent with an earlier question. */
  outdated?: boolean;
  /** The choices the question's view showed when it was asked. */
  choices?: ChoiceView[];
}

function isAnswerOptions(options: PromptOptions | undefined): options is AnswerPromptOptions {
  return options !== undefined && 'questionId' in options && typeof options.questionId === 'string';
}

/** The patch one question's apply makes, found by applying it to a copy: the answers travel as data. */
export function patchOf(s: Session, apply: (s: Session) => void): { set: Partial<Answers>; unset: (keyof Answers)[]; consent?: boolean } {
  const copy: Session = { ...s, answers: structuredClone(s.answers) };
  apply(copy);
  const set: Record<string, unknown> = {};
  const unset: (keyof Answers)[] = [];
  const before = s.answers as Record<string, unknown>;
  const after = copy.answers as Record<string, unknown>;
  for (const key of new Set([...Object.keys(before), ...Object.keys(after)])) {
    if (after[key] === undefined) {
      if (key in before) unset.push(key as keyof Answers);
    } else if (!(key in before) || JSON.stringify(after[key]) !== JSON.stringify(before[key])) {
      set[key] = after[key];
    }
  }
  return { set, unset, ...(copy.consent !== s.consent && copy.consent !== undefined ? { consent: copy.consent } : {}) };
}

/** Applies a patch to the session's answers (the waterfall's second step). */
export function applyPatch(s: Session, patch: AnswerPatch): void {
  if (patch.outcome === 'end') return;
  Object.assign(s.answers, structuredClone(patch.set));
  for (const key of patch.unset) delete s.answers[key];
  if (patch.consent !== undefined) s.consent = patch.consent;
}

export interface AnswerPromptDeps {
  session: StatePropertyAccessor<Session>;
  question(id: string): Question;
}

/**
 * Asks one question of the registry and reads the reply with the question's reader, the way botbuilder-dialogs'
 * own prompts work: `onPrompt` shows the question's view (on a retry, with the reason and, after the third miss,
 * choices); `onRecognize` reads the reply and returns the answers it gives as data, sending nothing. After the fifth
 * miss it gives up with the skip's patch, or with an end marker when the question cannot be skipped.
 */
export class AnswerPrompt extends Prompt<AnswerPatch> {
  constructor(
    dialogId: string,
    private readonly deps: AnswerPromptDeps,
  ) {
    super(dialogId);
  }

  /** The question an instance of this prompt asks, from its options. Null for any other dialog. */
  questionIdIn(instance: DialogInstance | undefined): string | null {
    if (instance?.id !== this.id) return null;
    const options = (instance.state as { options?: PromptOptions }).options;
    return isAnswerOptions(options) ? options.questionId : null;
  }

  /**
   * As Prompt's, with one difference: the retry is shown even when this turn has said something already (an urgent
   * warning sign is explained before the question reads the reply, and the question must still be asked again).
   */
  override async continueDialog(dc: DialogContext): Promise<DialogTurnResult> {
    if (dc.context.activity.type !== 'message') return Dialog.EndOfTurn;
    const instance = dc.activeDialog;
    const state = (instance?.state ?? {}) as { state: AnswerPromptState; options: PromptOptions };
    // A prompt saved by an earlier version names no question in its options: it ends, and the waterfall asks again.
    if (!isAnswerOptions(state.options)) return dc.endDialog();
    // Counted here, as Prompt counts a validator's attempts, so that recognising stays free of counting.
    state.state.attempts = (state.state.attempts ?? 0) + 1;
    const recognized = await this.onRecognize(dc.context, state.state, state.options);
    if (recognized.succeeded && recognized.value) return dc.endDialog(recognized.value);
    await this.onPrompt(dc.context, state.state, state.options, true);
    return Dialog.EndOfTurn;
  }

  /**
   * Prompt reads the reply here too, to tell a parent that it will answer it. MainDialog runs its interruptions before
   * the prompt in any case (onContinueDialog), so the reply is read once, in continueDialog.
   */
  protected override async onPreBubbleEvent(): Promise<boolean> {
    return false;
  }

  protected override async onPrompt(context: TurnContext, state: AnswerPromptState, options: PromptOptions, isRetry: boolean): Promise<void> {
    if (!isAnswerOptions(options)) return;
    const q = this.deps.question(options.questionId);
    const s = await this.deps.session.get(context, newSession());
    const meta = { id: q.id, multi: q.multi === true };
    if (isRetry && state.outdated) await send(context, { kind: 'message', say: [phrase('render.cardOutdated')] });
    if (!isRetry || state.outdated) {
      const view = q.ask(s);
      state.choices = view.choices;
      await send(context, { ...view, ...meta });
      return;
    }
    const misses = state.attempts ?? 0;
    const reason = state.reason ?? phrase(`questions.${q.id}.retry`);
    if (misses >= CHOICES_AFTER_MISSES) {
      const choices = fallback(q, s);
      const lead = choices.length > 0 ? [reason, phrase('retry.choicesIntro')] : [reason, phrase(`questions.${q.id}.hint`)];
      await send(context, { kind: 'question', say: lead, choices, ...meta });
    } else {
      await send(context, { kind: 'question', say: [reason], choices: state.choices ?? q.ask(s).choices, ...meta });
    }
  }

  protected override async onRecognize(context: TurnContext, state: AnswerPromptState, options: PromptOptions): Promise<PromptRecognizerResult<AnswerPatch>> {
    if (!isAnswerOptions(options)) return { succeeded: false };
    const q = this.deps.question(options.questionId);
    const s = await this.deps.session.get(context, newSession());
    const attempts = state.attempts ?? 1;
    delete state.reason;
    // An Adaptive Card answers the question it was sent with: a card for an earlier question must not answer this one.
    const cardFor = questionIdOf(context.activity.value);
    state.outdated = cardFor !== null && cardFor !== q.id;
    if (state.outdated) return { succeeded: false };
    const reply = capForParsing((context.activity.text || answerFromValue(context.activity.value) || '').trim());
    const shown = attempts - 1 >= CHOICES_AFTER_MISSES || q.multi ? fallback(q, s) : (state.choices ?? q.ask(s).choices);
    const picked = pickedChoice(context, reply, shown, q.multi === true);
    const skip = q.skip;
    if (skip && (picked === 'skip' || SKIP_WORDS.test(reply))) {
      return { succeeded: true, value: { outcome: 'skipped', questionId: q.id, ...patchOf(s, (x) => skip(x.answers)) } };
    }
    const parsed = q.parse(picked ?? reply, { locale: localeOf(context), session: s, now: new Date() });
    if (parsed.ok) {
      const patch = patchOf(s, parsed.apply);
      const value: AnswerPatch = { outcome: 'answered', questionId: q.id, ...patch };
      if (parsed.reply) value.reply = parsed.reply;
      if (!picked) value.typed = reply;
      return { succeeded: true, value };
    }
    if (attempts >= GIVE_UP_AFTER_MISSES) {
      const value: AnswerPatch = skip ? { outcome: 'gaveUp', questionId: q.id, ...patchOf(s, (x) => skip(x.answers)) } : { outcome: 'end', questionId: q.id };
      return { succeeded: true, value };
    }
    if (parsed.reason) state.reason = parsed.reason;
    return { succeeded: false };
  }
}

/** The choices offered after the third miss, with a skip for a question that has one. */
function fallback(q: Question, s: Session): ChoiceView[] {
  const choices = q.fallbackChoices(s);
  return q.skip && !choices.some((c) => c.value === 'skip') ? [...choices, { labelKey: 'choices.skip', value: 'skip' }] : choices;
}
