import type { TurnContext } from 'botbuilder';
import type { DialogTurnResult, WaterfallStepContext } from 'botbuilder-dialogs';
import { assess } from '../src/assessment/assess';
import { todayIso } from '../src/assessment/trend';
import { siteNumbers } from '../src/explain/emergencyNumbers';
import { explain } from '../src/explain/explanation';
import { translator } from '../src/i18n';
import { renderResult } from '../src/render';
import { phrase, type ResultView } from '../src/views';
import { explainExtras, toAssessmentInput } from './assessmentInput';
import { decideParacetamol } from './questions/paracetamol';
import { resultsQuestion } from './questions/results';
import { offerReminder, type ReminderDeps } from './reminderOffer';
import type { Session } from './session';
import { localeOf, send } from './turn';
import { product } from '../src/telemetry/instruments';

export interface FinishDeps extends ReminderDeps {
  siteCountry: string | undefined;
}

/**
 * The result, as the channel's profile allows: on SMS at most 3 messages now, the rest kept for "MORE" (更多); the
 * assessment result rides on the last message sent now. Other channels get the whole result.
 */
async function sendResult(context: TurnContext, s: Session, view: ResultView): Promise<void> {
  const locale = localeOf(context);
  const { now, later } = renderResult(view, context.activity.channelId, translator(locale), locale);
  if (later !== null) s.smsMore = later;
  await context.sendActivities(now);
}

/** All answers are in: assess, explain, and end with the result as the dialog's result (and the message's value). */
export async function finishAssessment(step: WaterfallStepContext, s: Session, deps: FinishDeps): Promise<DialogTurnResult> {
  const context = step.context;
  // ASK-APAP is decided again with everything known: conditions and age come after the follow-up.
  decideParacetamol(s.answers);
  const input = toAssessmentInput(s.answers, localeOf(context), deps.siteCountry);
  const outcome = assess(input, todayIso());
  if (!outcome.ok) {
    // The dialog checks each value as it is given, so this means a combination it could not check alone: ask again.
    // A pre-filled earlier result that the engine refuses is dropped, and the summary offers it again (§8a).
    if (outcome.error.field === 'previous') delete s.answers.previous;
    else resultsQuestion.clear(s.answers);
    s.answers.summaryConfirmed = false;
    await send(context, { kind: 'message', say: [phrase(`invalid.${outcome.error.error}`, { high: '', unit: '' })] });
    return step.replaceDialog('interview');
  }
  const numbers = siteNumbers(deps.siteCountry, context.activity.locale);
  await sendResult(context, s, explain(outcome.result, numbers, input, explainExtras(s.answers)));
  // An urgent or emergency result ends with what to do: nothing is said after it.
  // On SMS a result with more to send ends with "Reply MORE": "we are done" would contradict it.
  const morePending = (s.smsMore ?? []).length > 0;
  // RETEST-REMINDER: after a routine result with a retest window, the reminder offer stands in place of "we are done".
  const offered = await offerReminder(context, s, deps, outcome.result, input, morePending);
  if ((outcome.result.triage === 'routine' || outcome.result.triage === 'soon') && !morePending && !offered) await send(context, { kind: 'message', say: [phrase('commands.finished')] });
  const triage = outcome.result.triage;
  s.result = triage;
  product.result(context, localeOf(context), triage);
  product.finished(context, localeOf(context), 'result');
  if (triage === 'urgent' || triage === 'emergency') s.closing = { triage, rules: outcome.result.rules };
  else delete s.closing;
  return step.endDialog(outcome.result);
}
