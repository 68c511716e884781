import { TestAdapter, type Activity, type TurnContext } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import { ConversationQueue } from '../../src/middleware/conversationQueue';

/** A turn that takes `ms` and records when it started and ended. */
function recorder(log: string[]): (context: TurnContext) => Promise<void> {
  return async (context) => {
    const text = context.activity.text ?? '';
    log.push(`start ${text}`);
    await new Promise((r) => setTimeout(r, Number(text.split(':')[1] ?? 0)));
    log.push(`end ${text}`);
  };
}

function activity(conversation: string, text: string): Partial<Activity> {
  return { type: 'message', channelId: 'test', conversation: { id: conversation, isGroup: false, conversationType: 'personal', name: '' }, text };
}

describe('ConversationQueue (middleware, issue #30 item 6)', () => {
  it("runs one conversation's turns one after another, in the order they came, and forgets it after", async () => {
    const log: string[] = [];
    const queue = new ConversationQueue();
    const adapter = new TestAdapter(recorder(log)).use(queue);
    await Promise.all([adapter.processActivity(activity('a', 'first:40')), adapter.processActivity(activity('a', 'second:0'))]);
    expect(log).toEqual(['start first:40', 'end first:40', 'start second:0', 'end second:0']);
    expect(queue.size).toBe(0);
  });

  it('runs turns of different conversations at the same time', async () => {
    const log: string[] = [];
    const adapter = new TestAdapter(recorder(log)).use(new ConversationQueue());
    await Promise.all([adapter.processActivity(activity('a', 'a:40')), adapter.processActivity(activity('b', 'b:0'))]);
    expect(log).toEqual(['start a:40', 'start b:0', 'end b:0', 'end a:40']);
  });

  it('a failed turn does not block the next one, and its error still reaches the adapter', async () => {
    const queue = new ConversationQueue();
    const errors: string[] = [];
    const ran: string[] = [];
    const adapter = new TestAdapter(async (context) => {
      ran.push(context.activity.text ?? '');
      if (context.activity.text === 'boom') throw new Error('boom');
    }).use(queue);
    adapter.onTurnError = async (_context, error) => {
      errors.push(error.message);
    };
    await Promise.all([adapter.processActivity(activity('a', 'boom')), adapter.processActivity(activity('a', 'next'))]);
    expect(ran).toEqual(['boom', 'next']);
    expect(errors).toEqual(['boom']);
    expect(queue.size).toBe(0);
  });
});
