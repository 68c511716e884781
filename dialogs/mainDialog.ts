import type { StatePropertyAccessor, TurnContext } from 'botbuilder';
import { ComponentDialog, DialogTurnStatus, WaterfallDialog, type DialogContext, type DialogTurnResult, type WaterfallStepContext } from 'botbuilder-dialogs';
import { siteNumbers } from '../src/explain/emergencyNumbers';
import { closingLines } from '../src/explain/redFlags';
import { phrase } from '../src/views';
import { AnswerPrompt, applyPatch, type AnswerPatch, type AnswerPromptOptions } from './answerPrompt';
import { finishAssessment } from './finish';
import { emergencyFromAnswers, handleInterruption, reactToWarningSigns, type AskedQuestion, type InterruptionDeps } from './interruptions';
import { interview, nextQuestion, type Question } from './questions';
import { applyPrefill, type PendingPrefill } from './prefill';
import { recordOtherAnswers } from './otherAnswers';
import { newSession, phaseOf, type Session } from './session';
import { CANCELLED_KEY, PREFILL_KEY, localeOf, send } from './turn';
import { answerReminderOffer, takeCarriedResult, type ReminderDeps } from './reminderOffer';
import { product } from '../src/telemetry/instruments';
import { typistRelation } from '../src/nlu/typist';

export const MAIN_DIALOG = 'main';
const INTERVIEW = 'interview';
const ANSWER_PROMPT = 'answer';

export { CHOICES_AFTER_MISSES, GIVE_UP_AFTER_MISSES } from './answerPrompt';

export interface MainDialogDeps extends InterruptionDeps, ReminderDeps {
  session: StatePropertyAccessor<Session>;
  ttlHours: number;
  /** A parent bot's pre-filled answers held for this conversation until the consent reply, removed as they are read. */
  takePrefill(context: TurnContext): Promise<PendingPrefill | null>;
}

/**
 * The guided conversation. One waterfall asks the next question that is still needed (its AnswerPrompt reads the
 * reply through the NLU and returns the answers as a patch), applies the patch, and loops; when nothing is left it calls the assessment and explains.
 * Commands and warning signs interrupt at any point (interruptions.ts).
 */
export class MainDialog extends ComponentDialog implements AskedQuestion {
  private readonly questions: Question[];
  private readonly prompt: AnswerPrompt;

  constructor(private readonly deps: MainDialogDeps) {
    super(MAIN_DIALOG);
    this.questions = interview(deps.ttlHours, deps.siteCountry);
    this.prompt = new AnswerPrompt(ANSWER_PROMPT, { session: deps.session, question: (id) => this.question(id) });
    this.addDialog(this.prompt);
    this.addDialog(new WaterfallDialog(INTERVIEW, [(step) => this.ask(step), (step) => this.record(step)]));
    this.initialDialogId = INTERVIEW;
  }

  /** A cancel ends the whole dialog as cancelled, so that a parent bot hears `userCancelled`. */
  override async continueDialog(outerDc: DialogContext): Promise<DialogTurnResult> {
    const result = await super.continueDialog(outerDc);
    return outerDc.context.turnState.get(CANCELLED_KEY) ? { status: DialogTurnStatus.cancelled } : result;
  }

  override async onBeginDialog(innerDc: DialogContext, options?: object): Promise<DialogTurnResult> {
    const interrupted = await handleInterruption(innerDc, this.deps, this, INTERVIEW, false);
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
        if (judged.ended) s.ended = judged.ended;
        if (judged.closing) s.closing = judged.closing;
        return reacted;
      }
    }
    return super.onBeginDialog(innerDc, options);
  }

  override async onContinueDialog(innerDc: DialogContext): Promise<DialogTurnResult> {
    const interrupted = await handleInterruption(innerDc, this.deps, this, INTERVIEW, true);
    if (interrupted) return interrupted;
    return super.onContinueDialog(innerDc);
  }

  private async session(context: TurnContext): Promise<Session> {
    return this.deps.session.get(context, newSession());
  }

  questionById(id: string): Question | undefined {
    return this.questions.find((x) => x.id === id);
  }

  private question(id: string): Question {
    const q = this.questionById(id);
    if (!q) throw new Error(`unknown question ${id}`);
    return q;
  }

  /** The question the open prompt asks, from the prompt's options (the one place it is written). Null between questions. */
  askedQuestion(dc: DialogContext): Question | null {
    const id = this.prompt.questionIdIn(dc.activeDialog);
    return id === null ? null : (this.questionById(id) ?? null);
  }

  private async ask(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const s = await this.session(step.context);
    const phase = phaseOf(s);
    if (phase === 'done' && s.reminderOffer && (await answerReminderOffer(step.context, s, this.deps))) return step.endDialog();
    if (phase !== 'interview') {
      // After an urgent or emergency result, every later message repeats what to do, with the number to call.
      const closing = s.closing ? closingLines(s.closing, siteNumbers(this.deps.siteCountry, step.context.activity.locale)) : null;
      await send(step.context, { kind: 'message', say: closing ?? [phrase(phase === 'declined' ? 'consent.declined' : 'commands.finished')] });
      return step.endDialog();
    }
    if (!s.welcomed) {
      s.welcomed = true;
      product.started(step.context, localeOf(step.context));
      await send(step.context, { kind: 'message', say: [phrase('welcome.intro'), phrase('welcome.notDiagnosis')] });
    }
    await takeCarriedResult(step.context, s, this.deps);
    const q = nextQuestion(this.questions, s);
    if (!q) return finishAssessment(step, s, this.deps);
    product.questionAsked(step.context, localeOf(step.context), q.id);
    // The prompt shows the question's view (onPrompt) and reads the reply (onRecognize).
    const options: AnswerPromptOptions = { questionId: q.id };
    return step.beginDialog(ANSWER_PROMPT, options);
  }

  /** The waterfall's second step: the prompt's patch is applied, then what it brings with it, then the next question. */
  private async record(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const s = await this.session(step.context);
    const patch = step.result as AnswerPatch | undefined;
    if (!patch) return step.replaceDialog(INTERVIEW);
    if (patch.outcome === 'end') {
      await send(step.context, { kind: 'message', say: [phrase('retry.giveUp')] });
      s.ended = 'gaveUp';
      return step.endDialog();
    }
    if (patch.outcome === 'gaveUp') await send(step.context, { kind: 'message', say: [phrase('retry.skipped')] });
    const q = this.question(patch.questionId);
    applyPatch(s, patch);
    // The consent reply settles what a parent bot pre-filled: used on yes, under what the person typed; dropped on no.
    if (q.settlesPrefill && s.prefillHeld) {
      delete s.prefillHeld;
      const pending = await this.deps.takePrefill(step.context);
      if (pending && s.consent) applyPrefill(s, pending);
    }
    if (q.settlesPrefill && s.consent === false) {
      // Nothing is kept of someone who said no: not even what a parent bot pre-filled (issue 23).
      s.answers = {};
      product.finished(step.context, localeOf(step.context), 'declined');
      await send(step.context, { kind: 'message', say: [phrase('consent.declined')] });
      return step.endDialog();
    }
    // A sign confirmed by the short question is acted on at once, as if said.
    if (q.confirmsSigns) {
      const reacted = await reactToWarningSigns(step, this.deps, s);
      if (reacted) return reacted;
    }
    if (q.back !== false) s.history.push(q.id);
    // Someone typing for the patient ("I'm filling this in for my dad"): the result then speaks to them about that person.
    const typingFor = patch.typed === undefined ? null : typistRelation(patch.typed);
    if (typingFor && (s.answers.typingFor === undefined || s.answers.typingFor === 'family')) s.answers.typingFor = typingFor;
    // One reply, several answers: the others are recorded too, and their questions not asked.
    if (patch.typed !== undefined) recordOtherAnswers(s, q.id, patch.typed, new Date());
    if (q.settlesPrefill && s.consent) await send(step.context, { kind: 'message', say: [phrase('consent.thanks')] });
    if (patch.reply) await send(step.context, { kind: 'message', say: patch.reply });
    // An emergency the answers now decide (ASK-APAP, paracetamol with a high ALT, values confirmed) is said at once.
    const emergency = await emergencyFromAnswers(step, this.deps, s);
    if (emergency) return emergency;
    return step.replaceDialog(INTERVIEW);
  }
}
