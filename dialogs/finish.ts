import type { DialogTurnResult, WaterfallStepContext } from 'botbuilder-dialogs';
import { assess } from '../src/assessment/assess';
import { siteNumbers } from '../src/explain/emergencyNumbers';
import { explain } from '../src/explain/explanation';
import { say } from '../src/render/views';
import { toAssessmentInput } from './assessmentInput';
import { resultsQuestion } from './questions/results';
import type { Session } from './session';
import { localeOf, send } from './turn';

export interface FinishDeps {
  siteCountry: string | undefined;
}

/** All answers are in: assess, explain, and end with the result as the dialog's result (and the message's value). */
export async function finishAssessment(step: WaterfallStepContext, s: Session, deps: FinishDeps): Promise<DialogTurnResult> {
  const context = step.context;
  const outcome = assess(toAssessmentInput(s.answers, localeOf(context)));
  if (!outcome.ok) {
    // The dialog checks each value as it is given, so this means a combination it could not check alone: ask again.
    resultsQuestion.clear(s.answers);
    s.answers.summaryConfirmed = false;
    await send(context, { kind: 'message', say: [say(`invalid.${outcome.error.error}`, { high: '', unit: '' })] });
    return step.replaceDialog('interview');
  }
  const numbers = siteNumbers(deps.siteCountry, context.activity.locale);
  await send(context, explain(outcome.result, numbers));
  await send(context, { kind: 'message', say: [say('commands.finished')] });
  s.phase = 'done';
  return step.endDialog(outcome.result);
}
