import type { TurnContext } from 'botbuilder';

/**
 * The turn-state key that says this turn deleted the person's data ("delete my data", the Teams app removed, a parent
 * bot's endOfConversation): nothing of the turn's state is saved after it, and the local chat forgets its transcript.
 * Its one owner (issue #30 item 6): read and set only through these two functions.
 */
const DELETED_KEY = Symbol('deleted');

export function markDeleted(context: TurnContext): void {
  context.turnState.set(DELETED_KEY, true);
}

/** True when this turn deleted the person's data. */
export function dataDeleted(context: TurnContext): boolean {
  return context.turnState.get(DELETED_KEY) === true;
}
