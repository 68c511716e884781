import type { Middleware, TurnContext } from 'botbuilder';

/**
 * Turns of one conversation run one after another in this instance: a person who sends two messages quickly gets
 * the answers in order, and the second turn reads the state the first saved. Across instances the store's eTags
 * decide (a stale write is refused). A conversation is kept here only while one of its turns is queued or running.
 * Registered on every adapter (issue #30 item 6), after the parent bot scoping, so the key is the scoped id.
 */
export class ConversationQueue implements Middleware {
  private readonly queues = new Map<string, Promise<void>>();

  async onTurn(context: TurnContext, next: () => Promise<void>): Promise<void> {
    const key = `${context.activity.channelId}/${context.activity.conversation?.id}`;
    const previous = this.queues.get(key) ?? Promise.resolve();
    const turn = previous.then(next);
    const tail = turn.catch(() => undefined);
    this.queues.set(key, tail);
    try {
      await turn;
    } finally {
      if (this.queues.get(key) === tail) this.queues.delete(key);
    }
  }

  /** Conversations with a turn queued or running. */
  get size(): number {
    return this.queues.size;
  }
}
