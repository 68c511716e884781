import { TestAdapter, TurnContext } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import { dataDeleted, markDeleted } from '../../src/storage/deletion';
import { Conversation } from '../helpers/conversation';

describe('the deletion turn-state key (src/storage/deletion.ts, issue #30 item 6)', () => {
  it('is unset on a new turn and set by markDeleted, for that turn only', () => {
    const adapter = new TestAdapter();
    const turn = new TurnContext(adapter, { type: 'message', text: 'hi' });
    expect(dataDeleted(turn)).toBe(false);
    markDeleted(turn);
    expect(dataDeleted(turn)).toBe(true);
    expect(dataDeleted(new TurnContext(adapter, { type: 'message', text: 'hi' }))).toBe(false);
  });

  it('"delete my data" marks the turn through it, and the turn saves nothing after', async () => {
    const c = new Conversation();
    await c.start();
    await c.say('yes');
    let marked = false;
    c.adapter.use(async (context, next) => {
      await next();
      marked = dataDeleted(context);
    });
    await c.say('delete my data');
    expect(marked).toBe(true);
    expect(await c.storage.read(['webchat/conversations/Convo1/'])).toEqual({});
  });
});
