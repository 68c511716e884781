import { ConversationState, MemoryStorage, TestAdapter, type TurnContext } from 'botbuilder';
import { DialogSet, WaterfallDialog, type DialogStateManagerConfiguration } from 'botbuilder-dialogs';
import { describe, expect, it } from 'vitest';
import { DialogStateConfigCache } from '../../src/bot/dialogStateConfig';

/**
 * The code's dependencies on botbuilder-dialogs internals, each pinned by a test that fails when an upgrade changes the
 * internal (issue #30 item 3). The other one, Prompt keeping its options at `state.options`, is pinned in
 * answerPrompt.test.ts.
 */
describe('botbuilder-dialogs internals the code depends on', () => {
  it('DialogStateManager caches its configuration in turn state under the key DialogStateConfigCache hands on', async () => {
    const conversationState = new ConversationState(new MemoryStorage());
    const dialogs = new DialogSet(conversationState.createProperty('dialogState'));
    dialogs.add(new WaterfallDialog('w', [async (step) => step.endDialog()]));
    const cache = new DialogStateConfigCache();
    const seen: { built: DialogStateManagerConfiguration; fromTurnState: unknown }[] = [];
    const turn = async (context: TurnContext): Promise<void> => {
      cache.apply(context);
      const dc = await dialogs.createContext(context);
      await dc.beginDialog('w');
      seen.push({ built: dc.state.configuration, fromTurnState: context.turnState.get('DialogStateManagerConfiguration') });
      cache.remember(context);
    };
    const adapter = new TestAdapter(turn);
    await adapter.send('one');
    await adapter.send('two');
    const [first, second] = seen;
    // The first turn builds the configuration and leaves it in turn state under the key the cache knows.
    expect(first?.fromTurnState).toBe(first?.built);
    // The second turn uses the one the cache handed on, instead of building its own.
    expect(second?.built).toBe(first?.built);
  });
});
