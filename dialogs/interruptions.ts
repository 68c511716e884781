import type { StatePropertyAccessor, TurnContext } from 'botbuilder';
import { DialogTurnStatus, type DialogContext, type DialogTurnResult } from 'botbuilder-dialogs';
import { assess } from '../src/assessment/assess';
import { assessWarningSigns } from '../src/assessment/warningSigns';
import { isEmergencyBand, isWarningRule } from '../src/assessment/rules';
import { siteNumbers } from '../src/explain/emergencyNumbers';
import { redFlagLines } from '../src/explain/explanation';
import { localeOfCommand } from '../src/i18n';
import { commandOrAnswer, detectCommand, type Command } from '../src/nlu/commands';
import { askedTerm, UNKNOWN_TERM } from '../src/nlu/glossary';
import { parseYesNo } from '../src/nlu/yesNo';
import { detectWarningSigns } from '../src/nlu/redFlags';
import { phrase, type ChoiceView, type Phrase } from '../src/views';
import { explainExtras, toAssessmentInput } from './assessmentInput';
import { doctorSummary, earlyDoctorLines, sectionLines } from '../src/explain/doctorSummary';
import type { Question } from './questions';
import { addPendingSigns } from './questions/health';
import { decideParacetamol } from './questions/paracetamol';
import { earlierAtSummary } from './questions/previous';
import { typedLabValues } from './questions/results';
import { newSession, phaseOf, startOver, undoLast, volunteer, type Profile, type Session } from './session';
import { capForParsing } from '../src/nlu/inputLimits';
import { deletionIntent } from '../src/nlu/deletionIntent';
import { CANCELLED_KEY, LOCALE_KEY, localeOf, pickedChoice, send } from './turn';
import { product } from '../src/telemetry/instruments';

export interface InterruptionDeps {
  session: StatePropertyAccessor<Session>;
  profile: StatePropertyAccessor<Profile>;
  siteCountry: string | undefined;
  /** Erases this user's and this conversation's state from the store. */
  deleteData(context: TurnContext): Promise<void>;
}

const END_OF_TURN: DialogTurnResult = { status: DialogTurnStatus.waiting };

/** Where the interruptions learn which question is open: MainDialog, from its prompt's options (a Rasa form's `requested_slot`). */
export interface AskedQuestion {
  askedQuestion(dc: DialogContext): Question | null;
  questionById(id: string): Question | undefined;
}

async function restartInterview(dc: DialogContext, interviewId: string): Promise<DialogTurnResult> {
  await dc.cancelAllDialogs();
  return dc.beginDialog(interviewId);
}

/**
 * Warning signs in any message. An emergency ends the assessment at once, with the result as the message's value
 * and the dialog's result. An urgent sign is explained once, and the reply still goes on to the question.
 */
async function warningSigns(dc: DialogContext, deps: InterruptionDeps, s: Session, text: string): Promise<DialogTurnResult | null> {
  const signs = detectWarningSigns(text);
  const a = s.answers;
  // A hint that is not clear enough to act on is asked about with one short question, before the next one.
  addPendingSigns(a, signs.unclear);
  if (signs.symptoms.length === 0 && signs.conditions.length === 0) return null;
  volunteer(a, signs.symptoms, signs.conditions);
  return reactToWarningSigns(dc, deps, s);
}

/**
 * The warning signs known so far, assessed: an emergency ends the assessment at once (with the result as the
 * message's value and the dialog's result); an urgent sign is explained once, and the conversation goes on.
 */
export async function reactToWarningSigns(
  dc: DialogContext,
  deps: Pick<InterruptionDeps, 'siteCountry'>,
  s: Session,
  emergencyOnly = false,
): Promise<DialogTurnResult | null> {
  const a = s.answers;
  const locale = localeOf(dc.context);
  const input = toAssessmentInput(a, locale, deps.siteCountry);
  const full = a.alt !== undefined && a.ast !== undefined ? assess(input) : null;
  const result = full?.ok ? full.result : assessWarningSigns(input.symptoms, input.conditions, input.medications, input.alcohol?.drinksPerWeek ?? null);
  if (emergencyOnly && result.triage !== 'emergency') return null;
  // LEVEL-NOW (version 4): values that alone set emergency (BAND-MASSIVE) are acted on as soon as they are confirmed.
  const valuesNow = a.valuesConfirmed === true && result.triage === 'emergency';
  const fresh = result.rules.filter((r) => (isWarningRule(r) || (valuesNow && isEmergencyBand(r))) && !s.redFlagsShown.includes(r));
  if (fresh.length === 0) return null;
  s.redFlagsShown.push(...fresh);
  const numbers = siteNumbers(deps.siteCountry, dc.context.activity.locale);
  const extras = explainExtras(a);
  // SAY-EMERGENCY (version 4): the doctor summary goes with the person, before the final action.
  let doctor: Phrase[] = [];
  if (result.triage === 'emergency') doctor = full?.ok ? sectionLines(doctorSummary(full.result, input, numbers, extras).section) : 'early' in result ? earlyDoctorLines(result, input, numbers, extras) : [];
  const lines = redFlagLines(fresh, result.triage === 'emergency' ? 'emergency' : 'urgent', numbers, doctor, result.rules);
  if (result.triage === 'emergency') {
    s.ended = 'emergency';
    s.closing = { triage: 'emergency', rules: result.rules };
    product.result(dc.context, locale, 'emergency');
    product.finished(dc.context, locale, 'result');
    await send(dc.context, { kind: 'message', say: lines, value: result });
    await dc.cancelAllDialogs();
    return { status: DialogTurnStatus.complete, result };
  }
  await send(dc.context, { kind: 'message', say: lines, value: result });
  return null;
}

/**
 * A warning sign that an answer made known without saying it (the ASK-APAP follow-up deciding RF-APAP-OVERDOSE, or
 * paracetamol with an ALT that high): an emergency is said at once, as the warning-sign interruption says it, and
 * the dialog ends with the result. Null when there is none, or it was said already. Called when answers are
 * recorded (the waterfall's second step, typed lab values), not on every question asked.
 */
export async function emergencyFromAnswers(dc: DialogContext, deps: Pick<InterruptionDeps, 'siteCountry'>, s: Session): Promise<DialogTurnResult | null> {
  // ASK-APAP again with what is known now: a risk factor said later (a liver disease, heavy drinking) can decide it.
  decideParacetamol(s.answers);
  return reactToWarningSigns(dc, deps, s, true);
}

const CONFIRM_COMMAND: ChoiceView[] = [
  { labelKey: 'commands.confirmCommand', value: 'command' },
  { labelKey: 'commands.confirmAnswer', value: 'answer' },
];

/**
 * The command a reply gives, or 'ask' when a bare command word is also an answer to the question asked ("stop" to
 * "did you stop a medicine?"): then the bot asks which was meant, and keeps the reply.
 */
async function commandInReply(dc: DialogContext, s: Session, q: Question | null, text: string, active: boolean): Promise<Command | 'ask' | null> {
  const command = detectCommand(text);
  if (command === null || !active) return command;
  const ctx = { locale: localeOf(dc.context), session: s, now: new Date() };
  const decision = commandOrAnswer(text, { accepts: (t) => q?.parse(t, ctx).ok === true, answerWords: q?.answerWords ?? [], takesCorrections: q?.takesCorrections === true });
  if (decision === 'command') return command;
  if (decision === 'answer') return null;
  s.pendingCommand = { command, text };
  await send(dc.context, { kind: 'question', say: [phrase('commands.confirmAsk', { text })], choices: CONFIRM_COMMAND });
  return 'ask';
}

/**
 * The reply to "stop the check, or was that your answer?": the command, or the kept reply handed to the question
 * as its answer. 'wait' when the reply says neither (the question is asked again).
 */
async function settlePendingCommand(dc: DialogContext, s: Session): Promise<Command | 'wait' | null> {
  const pending = s.pendingCommand;
  if (!pending) return null;
  delete s.pendingCommand;
  const reply = (dc.context.activity.text ?? '').trim();
  const yn = parseYesNo(reply);
  const picked = pickedChoice(dc.context, reply, CONFIRM_COMMAND) ?? (yn === 'yes' ? 'command' : yn === 'no' ? 'answer' : null);
  if (picked === 'command') return pending.command;
  if (picked === 'answer') {
    // The question sees the reply that was kept, as if it had been taken as an answer at once.
    dc.context.activity.text = pending.text;
    return null;
  }
  await dc.repromptDialog();
  return 'wait';
}

/** Commands and warning signs, before the current question sees the reply. Null when the reply is an answer. */
export async function handleInterruption(
  dc: DialogContext,
  deps: InterruptionDeps,
  host: AskedQuestion,
  interviewId: string,
  active: boolean,
): Promise<DialogTurnResult | null> {
  const context = dc.context;
  if (context.activity.type !== 'message') return null;
  const text = capForParsing(context.activity.text ?? '');
  const s = await deps.session.get(context, newSession());
  const asked = host.askedQuestion(dc);
  const pending = await settlePendingCommand(dc, s);
  if (pending === 'wait') return END_OF_TURN;
  const command = pending ?? (await commandInReply(dc, s, asked, text, active));
  if (command === 'ask') return END_OF_TURN;
  // "what does U/L mean?": the glossary answers it (not general help), and the question is asked again.
  const term = active ? askedTerm(text) : null;
  if (term !== null && (command === null || (command === 'help' && term !== UNKNOWN_TERM))) {
    const reacted = await warningSigns(dc, deps, s, text);
    if (reacted) return reacted;
    await send(context, { kind: 'message', say: [phrase('glossary.intro'), phrase(`glossary.${term}`)] });
    await dc.repromptDialog();
    return END_OF_TURN;
  }
  switch (command) {
    case 'help': {
      await send(context, { kind: 'message', say: [asked ? phrase('commands.help', { topic: phrase(`questions.${asked.id}.topic`) }) : phrase('commands.helpIdle')] });
      if (!active || !asked) return active ? END_OF_TURN : { status: DialogTurnStatus.complete };
      await dc.repromptDialog();
      return END_OF_TURN;
    }
    case 'back': {
      if (!undoLast(s, (id, a) => host.questionById(id)?.clear(a))) await send(context, { kind: 'message', say: [phrase('commands.backNone')] });
      return restartInterview(dc, interviewId);
    }
    case 'restart': {
      startOver(s, 'restart');
      await send(context, { kind: 'message', say: [phrase('commands.restarted')] });
      return restartInterview(dc, interviewId);
    }
    case 'cancel': {
      startOver(s, 'cancel');
      await dc.cancelAllDialogs();
      context.turnState.set(CANCELLED_KEY, true);
      await send(context, { kind: 'message', say: [phrase('commands.cancelled')] });
      return { status: DialogTurnStatus.cancelled };
    }
    case 'deleteData': {
      // Only a request deletes: "don't delete my data" or "will you delete my data?" is answered, and the question
      // asked again (issue 23).
      if (deletionIntent(text) !== 'request') {
        await send(context, { kind: 'message', say: [phrase('commands.deleteExplained')] });
        if (active) await dc.repromptDialog();
        return active ? END_OF_TURN : { status: DialogTurnStatus.complete };
      }
      await dc.cancelAllDialogs();
      await deps.deleteData(context);
      await send(context, { kind: 'message', say: [phrase('commands.dataDeleted')] });
      return { status: DialogTurnStatus.cancelled };
    }
    case null:
      break;
    default: {
      // A language command: the locale whose command it is (src/i18n/locales.ts).
      const locale = localeOfCommand(command);
      if (!locale) break;
      const profile = await deps.profile.get(context, {});
      profile.locale = locale;
      profile.localeChosen = true;
      context.turnState.set(LOCALE_KEY, locale);
      await send(context, { kind: 'message', say: [phrase('commands.languageSwitched')] });
      return active ? restartInterview(dc, interviewId) : null;
    }
  }
  const typed = active ? await labValuesTyped(dc, s, asked, text) : null;
  if (typed === 'miss') return END_OF_TURN;
  const reacted = await warningSigns(dc, deps, s, text);
  if (reacted || typed === null) return reacted;
  // The values changed: an emergency they decide is said at once (as when a question records them).
  const emergency = await emergencyFromAnswers(dc, deps, s);
  if (emergency) return emergency;
  // The values changed: the interview goes on from what is now needed (the same question, the rest of the report, or
  // the summary again).
  return restartInterview(dc, interviewId);
}

/**
 * Lab values typed in a reply to a question that does not read them ("ALT 900" at the age question, or as a
 * correction at the summary), after consent: used at once, over anything pre-filled (issue 23), and said back.
 * 'used', 'miss' (a value out of range: said, and the question asked again), or null when the reply names none.
 */
async function labValuesTyped(dc: DialogContext, s: Session, asked: Question | null, text: string): Promise<'used' | 'miss' | null> {
  if (s.consent !== true || phaseOf(s) !== 'interview' || asked?.readsLabValues) return null;
  // Issue #26: at the summary, a value with a past date or an "earlier" word is the earlier result, read by the summary.
  if (asked?.readsEarlierResult && earlierAtSummary(text, s, new Date()) !== null) return null;
  const typed = typedLabValues(text, s);
  if (typed === null) return null;
  if (!typed.ok) {
    if (typed.reason) await send(dc.context, { kind: 'message', say: [typed.reason] });
    await dc.repromptDialog();
    return 'miss';
  }
  typed.apply(s);
  if (typed.reply) await send(dc.context, { kind: 'message', say: typed.reply });
  return 'used';
}
