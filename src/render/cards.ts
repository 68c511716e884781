import { CardFactory, type Attachment } from 'botbuilder';
import type { Translate } from '../i18n';
import type { ChoiceView } from './views';

/** Teams renders Adaptive Cards up to 1.5; Web Chat too. */
export const CARD_VERSION = '1.5';
/** At most this many actions on a card, for every channel. */
export const MAX_CARD_ACTIONS = 3;
/** The id of the input whose value comes back in `activity.value.answer`. */
export const ANSWER_INPUT = 'answer';

type CardElement = Record<string, unknown>;

function card(body: CardElement[], actions: CardElement[], fallbackText: string, speak?: string): Attachment {
  return CardFactory.adaptiveCard({
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: CARD_VERSION,
    body,
    actions: actions.slice(0, MAX_CARD_ACTIONS),
    fallbackText,
    ...(speak ? { speak } : {}),
  });
}

/** A question with its choices as a choice set and one Send action; the submit carries object data. */
export function choiceCard(t: Translate, text: string, choices: readonly ChoiceView[], multi: boolean, questionId: string): Attachment {
  return card(
    [
      { type: 'TextBlock', text, wrap: true },
      {
        type: 'Input.ChoiceSet',
        id: ANSWER_INPUT,
        label: t(multi ? 'render.pickAny' : 'render.pickOne'),
        style: 'expanded',
        isMultiSelect: multi,
        choices: choices.map((c) => ({ title: t(c.labelKey), value: c.value })),
      },
    ],
    [{ type: 'Action.Submit', title: t('render.send'), data: { questionId } }],
    text,
  );
}

export interface DoctorFact {
  title: string;
  value: string;
}

/** The "summary for your doctor" card: the facts a clinician needs at a glance, with no actions. */
export function doctorCard(title: string, facts: readonly DoctorFact[], fallbackText: string): Attachment {
  return card(
    [
      { type: 'TextBlock', text: title, weight: 'Bolder', size: 'Medium', wrap: true },
      { type: 'FactSet', facts: facts.map((f) => ({ title: f.title, value: f.value })) },
    ],
    [],
    fallbackText,
  );
}

/** The reply an Adaptive Card submit carries: `{ answer: "a,b" }` (Teams does not echo string data). */
export function answerFromValue(value: unknown): string | null {
  if (typeof value !== 'object' || value === null) return null;
  const answer = (value as Record<string, unknown>)[ANSWER_INPUT];
  return typeof answer === 'string' && answer.trim() !== '' ? answer : null;
}

/** The question an Adaptive Card submit answers (`{ questionId }` in its data), or null when it names none. */
export function questionIdOf(value: unknown): string | null {
  if (typeof value !== 'object' || value === null) return null;
  const id = (value as Record<string, unknown>).questionId;
  return typeof id === 'string' && id !== '' ? id : null;
}
