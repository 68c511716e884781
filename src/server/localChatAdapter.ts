import { BotAdapter, TurnContext, type Activity, type ConversationReference, type ResourceResponse } from 'botbuilder';
import { onTurnError } from '../adapter';
import { dataDeleted } from '../storage/deletion';
import type { Logger } from '../logger';
import type { LocalDirectLine } from './localDirectLine';

/**
 * The adapter of the built-in chat page: turns run in this process and the bot's replies are appended to the local
 * Direct Line store directly. There is no connector route that replies travel through, so no one else can post
 * "bot" messages into a local conversation (issue #15 item 4).
 */
export class LocalChatAdapter extends BotAdapter {
  constructor(
    private readonly store: LocalDirectLine,
    logger: Logger,
  ) {
    super();
    this.onTurnError = onTurnError(logger);
  }

  /**
   * Runs one activity from the chat page through the bot. After "delete my data" the transcript this server holds
   * is forgotten too, all but the replies of that turn (which say the data is gone).
   */
  async process(activity: Partial<Activity>, logic: (context: TurnContext) => Promise<void>): Promise<void> {
    const conversationId = activity.conversation?.id ?? '';
    const before = this.store.countOf(conversationId);
    const context = new TurnContext(this, activity);
    await this.runMiddleware(context, logic);
    if (dataDeleted(context)) this.store.forget(conversationId, before);
  }

  async sendActivities(context: TurnContext, activities: Partial<Activity>[]): Promise<ResourceResponse[]> {
    const conversationId = context.activity.conversation?.id ?? '';
    const out: ResourceResponse[] = [];
    for (const activity of activities) {
      if (activity.type === 'delay' || activity.type === 'invokeResponse' || activity.type === 'trace') {
        out.push({ id: '' });
        continue;
      }
      out.push({ id: this.store.append(conversationId, { ...activity, from: activity.from ?? context.activity.recipient }) ?? '' });
    }
    return out;
  }

  updateActivity(): Promise<void> {
    return Promise.resolve();
  }

  deleteActivity(): Promise<void> {
    return Promise.resolve();
  }

  async continueConversation(reference: Partial<ConversationReference>, logic: (context: TurnContext) => Promise<void>): Promise<void> {
    const activity = TurnContext.applyConversationReference({ type: 'event', name: 'continueConversation' }, reference, true);
    await this.runMiddleware(new TurnContext(this, activity), logic);
  }
}
