import { CardFactory, type Attachment } from 'botbuilder';
import type { Translate } from '../i18n';
import type { ChoiceView } from '../views';

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

/**
 * One TextBlock for each line of the text: a card's Markdown joins single line breaks, as Teams' messages do, so a
 * list or a summary keeps its lines only as blocks of their own.
 */
export function textBlocks(text: string): CardElement[] {
  return text
    .split(/\n+/)
    .filter((line) => line.trim() !== '')
    .map((line, i) => ({ type: 'TextBlock', text: line, wrap: true, ...(i > 0 ? { spacing: 'Small' } : {}) }));
}

/** A question with its choices as a choice set and one Send action; the submit carries object data. */
export function choiceCard(t: Translate, text: string, choices: readonly ChoiceView[], multi: boolean, questionId: string): Attachment {
  return card(
    [
      ...textBlocks(text),
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

/**
 * The "summary for your doctor" card: the facts a clinician needs at a glance, with no actions. Each label sits above
 * its value, full width: a FactSet squeezes its title column on a phone or a narrow chat until labels break
 * letter by letter ("Patter / n").
 */
export function doctorCard(title: string, facts: readonly DoctorFact[], fallbackText: string): Attachment {
  return card(
    [
      { type: 'TextBlock', text: title, weight: 'Bolder', size: 'Medium', wrap: true, style: 'heading' },
      ...facts.map((f) => ({
        type: 'Container',
        spacing: 'Medium',
        items: [
          { type: 'TextBlock', text: f.title, weight: 'Bolder', isSubtle: true, wrap: true },
          { type: 'TextBlock', text: f.value, wrap: true, spacing: 'None' },
        ],
      })),
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
