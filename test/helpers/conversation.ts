import { MemoryStorage, TestAdapter, type Activity, type Storage } from 'botbuilder';
import { createBot } from '../../src/bot/createBot';
import type { LiverBot } from '../../src/bot/liverBot';
import { createLogger } from '../../src/logger';
import type { ReminderStore } from '../../src/reminders/store';
import { LogCapture } from './app';

export interface ConversationOptions {
  channelId?: string;
  locale?: string;
  siteCountry?: string;
  storage?: Storage;
  conversationId?: string;
  /** A reminder store: the bot then offers retest reminders on Teams and SMS (issue #26). */
  reminders?: ReminderStore;
}

/** A whole conversation through the real bot on botbuilder's TestAdapter: send text, get the replies of that turn. */
export class Conversation {
  readonly adapter: TestAdapter;
  readonly bot: LiverBot;
  readonly storage: Storage;
  readonly logs = new LogCapture();
  readonly transcript: Partial<Activity>[] = [];
  turns = 0;

  constructor(private readonly options: ConversationOptions = {}) {
    this.storage = options.storage ?? new MemoryStorage();
    this.bot = createBot(
      { stateTtlMs: 24 * 3_600_000, siteCountry: options.siteCountry, defaultLocale: 'en' },
      createLogger('debug', this.logs),
      this.storage,
      options.reminders,
    );
    this.adapter = new TestAdapter((context) => this.bot.run(context));
    if (options.conversationId) this.adapter.conversation.conversation.id = options.conversationId;
  }

  private base(): Partial<Activity> {
    return { channelId: this.options.channelId ?? 'webchat', locale: this.options.locale ?? 'en-US' };
  }

  async send(activity: Partial<Activity>): Promise<Partial<Activity>[]> {
    await this.adapter.processActivity({ ...this.base(), ...activity });
    const replies = this.adapter.activeQueue.splice(0);
    this.transcript.push(activity, ...replies);
    return replies;
  }

  /** The conversation starts as a channel starts it (the user joins). */
  async start(): Promise<Partial<Activity>[]> {
    return this.send({ type: 'conversationUpdate', membersAdded: [{ id: 'user', name: 'Patient' }] });
  }

  async say(text: string): Promise<Partial<Activity>[]> {
    this.turns += 1;
    return this.send({ type: 'message', text });
  }

  /** All reply texts of a turn, joined. */
  static text(replies: readonly Partial<Activity>[]): string {
    return replies.map((r) => (r.text ?? '').replace(/  \n/g, '\n')).join('\n');
  }

  async ask(text: string): Promise<string> {
    return Conversation.text(await this.say(text));
  }
}
