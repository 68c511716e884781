import type { StatePropertyAccessor, TurnContext } from 'botbuilder';
import { DialogTurnStatus, type DialogContext, type DialogTurnResult, type PromptOptions } from 'botbuilder-dialogs';
import { assess } from '../src/assessment/assess';
import { assessWarningSigns } from '../src/assessment/warningSigns';
import { siteNumbers } from '../src/explain/emergencyNumbers';
import { redFlagLines } from '../src/explain/explanation';
import type { Locale } from '../src/i18n';
import { detectCommand } from '../src/nlu/commands';
import { detectWarningSigns } from '../src/nlu/redFlags';
import { say } from '../src/render/views';
import { toAssessmentInput } from './assessmentInput';
import type { Question } from './questions';
import { newSession, type Profile, type Session } from './session';
import { capForParsing } from '../src/nlu/inputLimits';
import { CANCELLED_KEY, LOCALE_KEY, localeOf, send } from './turn';

export interface InterruptionDeps {
  session: StatePropertyAccessor<Session>;
  profile: StatePropertyAccessor<Profile>;
  siteCountry: string | undefined;
  /** Erases this user's and this conversation's state from the store. */
  deleteData(context: TurnContext): Promise<void>;
}

const END_OF_TURN: DialogTurnResult = { status: DialogTurnStatus.waiting };

function currentQuestionId(dc: DialogContext): string | null {
  const state = dc.activeDialog?.state as { options?: PromptOptions } | undefined;
  const v = state?.options?.validations as { questionId?: string } | undefined;
  return v?.questionId ?? null;
}

async function restartInterview(dc: DialogContext, interviewId: string): Promise<DialogTurnResult> {
  await dc.cancelAllDialogs();
  return dc.beginDialog(interviewId);
}

function merge<T>(a: readonly T[] | undefined, b: readonly T[]): T[] {
  return [...new Set([...(a ?? []), ...b])];
}

/**
 * Warning signs in any message. An emergency ends the assessment at once, with the result as the message's value
 * and the dialog's result. An urgent sign is explained once, and the reply still goes on to the question.
 */
async function warningSigns(dc: DialogContext, deps: InterruptionDeps, s: Session, text: string): Promise<DialogTurnResult | null> {
  const signs = detectWarningSigns(text);
  if (signs.symptoms.length === 0 && signs.conditions.length === 0) return null;
  const a = s.answers;
  a.volunteeredSymptoms = merge(a.volunteeredSymptoms, signs.symptoms);
  a.volunteeredConditions = merge(a.volunteeredConditions, signs.conditions);
  const locale = localeOf(dc.context);
  const input = toAssessmentInput(a, locale);
  const full = a.alt !== undefined && a.ast !== undefined ? assess(input) : null;
  const result = full?.ok ? full.result : assessWarningSigns(input.symptoms, input.conditions, input.medications);
  const fresh = result.rules.filter((r) => (r.startsWith('RF-') || r === 'SYM-HIGH') && !s.redFlagsShown.includes(r));
  if (fresh.length === 0) return null;
  s.redFlagsShown.push(...fresh);
  const numbers = siteNumbers(deps.siteCountry, dc.context.activity.locale);
  const lines = redFlagLines(fresh, result.triage === 'emergency' ? 'emergency' : 'urgent', numbers);
  if (result.triage === 'emergency') {
    s.phase = 'ended';
    await send(dc.context, { kind: 'message', say: [...lines, say('redflag.ended'), say('explain.disclaimer')], value: result });
    await dc.cancelAllDialogs();
    return { status: DialogTurnStatus.complete, result };
  }
  await send(dc.context, { kind: 'message', say: lines, value: result });
  return null;
}

/** Commands and warning signs, before the current question sees the reply. Null when the reply is an answer. */
export async function handleInterruption(
  dc: DialogContext,
  deps: InterruptionDeps,
  questions: readonly Question[],
  interviewId: string,
  active: boolean,
): Promise<DialogTurnResult | null> {
  const context = dc.context;
  if (context.activity.type !== 'message') return null;
  const text = capForParsing(context.activity.text ?? '');
  const s = await deps.session.get(context, newSession());
  const command = detectCommand(text);
  switch (command) {
    case 'help': {
      const id = currentQuestionId(dc);
      await send(context, { kind: 'message', say: [id ? say('commands.help', { topic: say(`questions.${id}.topic`) }) : say('commands.helpIdle')] });
      if (!active || !id) return active ? END_OF_TURN : { status: DialogTurnStatus.complete };
      const q = questions.find((x) => x.id === id);
      if (q) await send(context, { ...q.ask(s), id: q.id, multi: q.multi === true });
      return END_OF_TURN;
    }
    case 'back': {
      const last = s.history.pop();
      if (last === undefined) {
        await send(context, { kind: 'message', say: [say('commands.backNone')] });
      } else {
        questions.find((q) => q.id === last)?.clear(s.answers);
        s.answers.summaryConfirmed = false;
        s.answers.changing = false;
        if (s.phase === 'done') s.phase = 'interview';
      }
      return restartInterview(dc, interviewId);
    }
    case 'restart': {
      const fresh = newSession();
      Object.assign(s, { ...fresh, welcomed: s.welcomed, consent: s.consent === true ? true : undefined });
      await send(context, { kind: 'message', say: [say('commands.restarted')] });
      return restartInterview(dc, interviewId);
    }
    case 'cancel': {
      Object.assign(s, { ...newSession(), welcomed: s.welcomed, phase: 'ended' });
      await dc.cancelAllDialogs();
      context.turnState.set(CANCELLED_KEY, true);
      await send(context, { kind: 'message', say: [say('commands.cancelled')] });
      return { status: DialogTurnStatus.cancelled };
    }
    case 'deleteData': {
      await dc.cancelAllDialogs();
      await deps.deleteData(context);
      await send(context, { kind: 'message', say: [say('commands.dataDeleted')] });
      return { status: DialogTurnStatus.cancelled };
    }
    case 'english':
    case 'chinese': {
      const locale: Locale = command === 'english' ? 'en' : 'zh-CN';
      const profile = await deps.profile.get(context, {});
      profile.locale = locale;
      profile.localeChosen = true;
      context.turnState.set(LOCALE_KEY, locale);
      await send(context, { kind: 'message', say: [say('commands.languageSwitched')] });
      return active ? restartInterview(dc, interviewId) : null;
    }
    case null:
      break;
  }
  return warningSigns(dc, deps, s, text);
}
