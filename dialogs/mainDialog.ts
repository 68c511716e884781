import type { StatePropertyAccessor, TurnContext } from 'botbuilder';
import {
  ComponentDialog,
  DialogTurnStatus,
  TextPrompt,
  WaterfallDialog,
  type DialogContext,
  type DialogTurnResult,
  type PromptValidatorContext,
  type WaterfallStepContext,
} from 'botbuilder-dialogs';
import { answerFromValue, questionIdOf } from '../src/render/cards';
import { siteNumbers } from '../src/explain/emergencyNumbers';
import { closingLines } from '../src/explain/redFlags';
import { say } from '../src/render/views';
import { emergencyFromAnswers, finishAssessment } from './finish';
import { handleInterruption, reactToWarningSigns, type InterruptionDeps } from './interruptions';
import { interview, nextQuestion, type Question } from './questions';
import type { Parsed } from './questions/types';
import { applyPrefill, type PendingPrefill } from './prefill';
import { recordOtherAnswers } from './otherAnswers';
import { newSession, type Session } from './session';
import { capForParsing } from '../src/nlu/inputLimits';
import { CANCELLED_KEY, PARSED_KEY, PREFILL_KEY, localeOf, pickedChoice, send } from './turn';
import { answerReminderOffer, takeCarriedResult, type ReminderDeps } from './reminderOffer';
import { product } from '../src/telemetry/instruments';

export const MAIN_DIALOG = 'main';
const INTERVIEW = 'interview';
const ANSWER_PROMPT = 'answer';

/** After this many misses the question offers choices (and a skip, where it has one). */
export const CHOICES_AFTER_MISSES = 3;
/** After this many misses a skippable question is skipped, and a required one ends kindly: never a loop. */
export const GIVE_UP_AFTER_MISSES = 5;

const SKIP_WORDS = /^(skip|pass|next|跳过|下一个|下一题)$/i;

export interface MainDialogDeps extends InterruptionDeps, ReminderDeps {
  session: StatePropertyAccessor<Session>;
  ttlHours: number;
  /** A parent bot's pre-filled answers held for this conversation until the consent reply, removed as they are read. */
  takePrefill(context: TurnContext): Promise<PendingPrefill | null>;
}

interface Stash {
  parsed: Parsed;
  end?: boolean;
  /** The reply as typed (not a picked choice): it may answer other questions too. */
  typed?: string;
}

/**
 * The guided conversation. One waterfall asks the next question that is still needed, checks the reply through
 * the NLU (a prompt validator), stores it, and loops; when nothing is left it calls the assessment and explains.
 * Commands and warning signs interrupt at any point (interruptions.ts).
 */
export class MainDialog extends ComponentDialog {
  private readonly questions: Question[];

  constructor(private readonly deps: MainDialogDeps) {
    super(MAIN_DIALOG);
    this.questions = interview(deps.ttlHours, deps.siteCountry);
    this.addDialog(new TextPrompt(ANSWER_PROMPT, (pc) => this.validate(pc)));
    this.addDialog(new WaterfallDialog(INTERVIEW, [(step) => this.ask(step), (step) => this.record(step)]));
    this.initialDialogId = INTERVIEW;
  }

  /** A cancel ends the whole dialog as cancelled, so that a parent bot hears `userCancelled`. */
  override async continueDialog(outerDc: DialogContext): Promise<DialogTurnResult> {
    const result = await super.continueDialog(outerDc);
    return outerDc.context.turnState.get(CANCELLED_KEY) ? { status: DialogTurnStatus.cancelled } : result;
  }

  override async onBeginDialog(innerDc: DialogContext, options?: object): Promise<DialogTurnResult> {
    const interrupted = await handleInterruption(innerDc, this.deps, this.questions, INTERVIEW, false);
    if (interrupted) return interrupted;
    // Warning signs a parent bot pre-filled are acted on at once, before consent: emergency advice needs no consent.
    // They are judged on a copy: the answers stay out of the conversation's state until the person says yes.
    const pending = innerDc.context.turnState.get<PendingPrefill | undefined>(PREFILL_KEY);
    if (pending && ((pending.answers.symptoms ?? []).length > 0 || (pending.answers.conditions ?? []).length > 0)) {
      const s = await this.session(innerDc.context);
      const judged: Session = { ...s, answers: { ...pending.answers }, redFlagsShown: [] };
      const reacted = await reactToWarningSigns(innerDc, this.deps, judged);
      pending.redFlagsShown = judged.redFlagsShown;
      if (reacted) {
        // An emergency ends the check: later messages repeat what to do.
        s.phase = judged.phase;
        if (judged.closing) s.closing = judged.closing;
        return reacted;
      }
    }
    return super.onBeginDialog(innerDc, options);
  }

  override async onContinueDialog(innerDc: DialogContext): Promise<DialogTurnResult> {
    const interrupted = await handleInterruption(innerDc, this.deps, this.questions, INTERVIEW, true);
    if (interrupted) return interrupted;
    return super.onContinueDialog(innerDc);
  }

  private async session(context: TurnContext): Promise<Session> {
    return this.deps.session.get(context, newSession());
  }

  private question(id: string): Question {
    const q = this.questions.find((x) => x.id === id);
    if (!q) throw new Error(`unknown question ${id}`);
    return q;
  }

  private async ask(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const s = await this.session(step.context);
    if (s.phase === 'done' && s.reminderOffer && (await answerReminderOffer(step.context, s, this.deps))) return step.endDialog();
    if (s.phase !== 'interview') {
      // After an urgent or emergency result, every later message repeats what to do, with the number to call.
      const closing = s.closing ? closingLines(s.closing, siteNumbers(this.deps.siteCountry, step.context.activity.locale)) : null;
      await send(step.context, { kind: 'message', say: closing ?? [say(s.phase === 'declined' ? 'consent.declined' : 'commands.finished')] });
      return step.endDialog();
    }
    if (!s.welcomed) {
      s.welcomed = true;
      product.started(step.context, localeOf(step.context));
      await send(step.context, { kind: 'message', say: [say('welcome.intro'), say('welcome.notDiagnosis')] });
    }
    if (s.consent === false) {
      s.phase = 'declined';
      // Nothing is kept of someone who said no: not even what a parent bot pre-filled (issue 23).
      s.answers = {};
      product.finished(step.context, localeOf(step.context), 'declined');
      await send(step.context, { kind: 'message', say: [say('consent.declined')] });
      return step.endDialog();
    }
    await takeCarriedResult(step.context, s, this.deps);
    const emergency = await emergencyFromAnswers(step, s, this.deps);
    if (emergency) return emergency;
    const q = nextQuestion(this.questions, s);
    if (!q) return finishAssessment(step, s, this.deps);
    (step.values as { questionId?: string }).questionId = q.id;
    product.questionAsked(step.context, localeOf(step.context), q.id);
    await send(step.context, { ...q.ask(s), id: q.id, multi: q.multi === true });
    return step.prompt(ANSWER_PROMPT, { validations: { questionId: q.id } });
  }

  private async validate(pc: PromptValidatorContext<string>): Promise<boolean> {
    const context = pc.context;
    const { questionId } = pc.options.validations as { questionId: string };
    const q = this.question(questionId);
    const s = await this.session(context);
    // An Adaptive Card answers the question it was sent with: a card for an earlier question must not answer this one.
    const cardFor = questionIdOf(context.activity.value);
    if (cardFor !== null && cardFor !== q.id) {
      await send(context, { kind: 'message', say: [say('render.cardOutdated')] });
      await send(context, { ...q.ask(s), id: q.id, multi: q.multi === true });
      return false;
    }
    const reply = capForParsing((pc.recognized.value || answerFromValue(context.activity.value) || context.activity.text || '').trim());
    const shown = pc.attemptCount - 1 >= CHOICES_AFTER_MISSES || q.multi ? this.fallback(q, s) : q.ask(s).choices;
    const picked = pickedChoice(context, reply, shown, q.multi === true);
    if (picked === 'skip' || (q.skip && SKIP_WORDS.test(reply))) {
      if (q.skip) {
        const skip = q.skip;
        context.turnState.set(PARSED_KEY, { parsed: { ok: true, apply: (x: Session) => skip(x.answers) } } satisfies Stash);
        return true;
      }
    }
    const parsed = q.parse(picked ?? reply, { locale: localeOf(context), session: s, now: new Date() });
    if (parsed.ok) {
      context.turnState.set(PARSED_KEY, (picked ? { parsed } : { parsed, typed: reply }) satisfies Stash);
      return true;
    }
    const misses = pc.attemptCount;
    if (misses >= GIVE_UP_AFTER_MISSES) {
      const skip = q.skip;
      if (skip) {
        await send(context, { kind: 'message', say: [say('retry.skipped')] });
        context.turnState.set(PARSED_KEY, { parsed: { ok: true, apply: (x: Session) => skip(x.answers) } } satisfies Stash);
      } else {
        await send(context, { kind: 'message', say: [say('retry.giveUp')] });
        context.turnState.set(PARSED_KEY, { parsed: { ok: true, apply: () => undefined }, end: true } satisfies Stash);
      }
      return true;
    }
    const reason = parsed.reason ?? say(`questions.${q.id}.retry`);
    if (misses >= CHOICES_AFTER_MISSES) {
      const choices = this.fallback(q, s);
      const lead = choices.length > 0 ? [reason, say('retry.choicesIntro')] : [reason, say(`questions.${q.id}.hint`)];
      await send(context, { kind: 'question', say: lead, choices, id: q.id, multi: q.multi === true });
    } else {
      await send(context, { kind: 'question', say: [reason], choices: q.ask(s).choices, id: q.id, multi: q.multi === true });
    }
    return false;
  }

  private fallback(q: Question, s: Session): ReturnType<Question['fallbackChoices']> {
    const choices = q.fallbackChoices(s);
    return q.skip && !choices.some((c) => c.value === 'skip') ? [...choices, { labelKey: 'choices.skip', value: 'skip' }] : choices;
  }

  private async record(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const s = await this.session(step.context);
    const stash = step.context.turnState.get<Stash | undefined>(PARSED_KEY);
    const q = this.questions.find((x) => x.id === (step.values as { questionId?: string }).questionId);
    if (stash?.end) {
      s.phase = 'ended';
      return step.endDialog();
    }
    if (stash?.parsed.ok) {
      stash.parsed.apply(s);
      // The consent reply settles what a parent bot pre-filled: used on yes, under what the person typed; dropped on no.
      if (q?.id === 'consent' && s.prefillHeld) {
        delete s.prefillHeld;
        const pending = await this.deps.takePrefill(step.context);
        if (pending && s.consent) applyPrefill(s, pending);
      }
      // A sign confirmed by the short question is acted on at once, as if said.
      if (q?.id === 'clarify') {
        const reacted = await reactToWarningSigns(step, this.deps, s);
        if (reacted) return reacted;
      }
      if (q && q.id !== 'consent' && q.id !== 'summary' && q.id !== 'whichToChange') s.history.push(q.id);
      // One reply, several answers: the others are recorded too, and their questions not asked.
      if (q && stash.typed !== undefined) recordOtherAnswers(s, q.id, stash.typed, new Date());
      if (q?.id === 'consent' && s.consent) await send(step.context, { kind: 'message', say: [say('consent.thanks')] });
      if (stash.parsed.reply) await send(step.context, { kind: 'message', say: stash.parsed.reply });
    }
    return step.replaceDialog(INTERVIEW);
  }
}
