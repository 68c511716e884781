import type { TurnContext } from 'botbuilder';

/** The turn-state key under which botbuilder-dialogs' DialogStateManager keeps its configuration for the turn. */
const DIALOG_STATE_CONFIG_KEY = 'DialogStateManagerConfiguration';

/**
 * botbuilder-dialogs builds its memory-scope configuration anew on every turn. It holds no per-turn state, so the one
 * built on the first turn is handed to every later turn: `apply` before the dialog runs, `remember` after.
 */
export class DialogStateConfigCache {
  private config: unknown;

  apply(context: TurnContext): void {
    if (this.config !== undefined) context.turnState.set(DIALOG_STATE_CONFIG_KEY, this.config);
  }

  remember(context: TurnContext): void {
    this.config ??= context.turnState.get<unknown>(DIALOG_STATE_CONFIG_KEY);
  }
}
