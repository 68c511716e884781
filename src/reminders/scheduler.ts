import type { ConversationReference, TurnContext } from 'botbuilder';
import type { Logger } from 'pino';
import { translator } from '../i18n';
import type { Reminder, ReminderStore } from './store';

/** Sends one reminder's message into its conversation (proactively). */
export type ReminderSend = (reminder: Reminder) => Promise<void>;

/** The adapter's part a proactive send needs (CloudAdapter's continueConversationAsync, as in BotBuilder-Samples 16). */
export interface ProactiveAdapter {
  continueConversationAsync(botAppId: string, reference: Partial<ConversationReference>, logic: (context: Pick<TurnContext, 'sendActivity'>) => Promise<void>): Promise<void>;
}

/**
 * The reminder's one message, with no health words: a phone's lock screen shows it (RETEST-REMINDER). It says only that
 * the planned blood test is due and how to start a new check.
 */
export function reminderSender(adapter: ProactiveAdapter, botAppId: string): ReminderSend {
  return (reminder) =>
    adapter.continueConversationAsync(botAppId, reminder.reference, async (context) => {
      await context.sendActivity({ type: 'message', text: translator(reminder.locale)('reminder.message'), textFormat: 'plain' });
    });
}

export interface SchedulerOptions {
  /** This instance's name in a lease (not an id of anyone). */
  instanceId: string;
  now?: () => number;
  /** How long a lease keeps other instances off a reminder while it is sent. */
  leaseMs?: number;
  /** Sends tried before a reminder is dropped. */
  maxAttempts?: number;
}

export interface TickOutcome {
  sent: number;
  /** Leased by another instance (or refused by the store's conditional write). */
  skipped: number;
  failed: number;
  dropped: number;
  expired: number;
}

/**
 * Sends each due reminder exactly once, whatever number of instances run it: an instance sends only after its
 * conditional write of a lease succeeds; the reminder is removed once sent. A failed send gives the lease back and is
 * tried again on a later tick, at most `maxAttempts` times, then dropped; logs name counts, never ids.
 */
export class ReminderScheduler {
  private timer: NodeJS.Timeout | null = null;
  private readonly now: () => number;
  private readonly leaseMs: number;
  private readonly maxAttempts: number;

  constructor(
    private readonly store: ReminderStore,
    private readonly send: ReminderSend,
    private readonly logger: Pick<Logger, 'info' | 'warn'>,
    private readonly options: SchedulerOptions,
  ) {
    this.now = options.now ?? Date.now;
    this.leaseMs = options.leaseMs ?? 5 * 60_000;
    this.maxAttempts = options.maxAttempts ?? 3;
  }

  async tick(): Promise<TickOutcome> {
    const out: TickOutcome = { sent: 0, skipped: 0, failed: 0, dropped: 0, expired: 0 };
    for (const reminder of await this.store.due()) {
      if (reminder.expiresAt <= this.now()) {
        await this.store.remove(reminder);
        out.expired += 1;
        continue;
      }
      if (!(await this.store.claim(reminder, this.options.instanceId, this.leaseMs))) {
        out.skipped += 1;
        continue;
      }
      try {
        await this.send(reminder);
        await this.store.sent(reminder);
        out.sent += 1;
      } catch {
        if (reminder.attempts + 1 >= this.maxAttempts) {
          await this.store.remove(reminder);
          out.dropped += 1;
          this.logger.warn({ event: 'reminder_dropped', attempts: reminder.attempts + 1 }, 'a reminder could not be sent and was dropped');
        } else {
          await this.store.release(reminder);
          out.failed += 1;
        }
      }
    }
    if (out.sent + out.dropped + out.failed + out.expired > 0) this.logger.info({ event: 'reminders_tick', ...out }, 'reminders');
    return out;
  }

  start(everyMs: number): void {
    if (this.timer) return;
    this.timer = setInterval(() => {
      this.tick().catch(() => this.logger.warn({ event: 'reminders_tick_failed' }, 'reminder store unavailable'));
    }, everyMs);
    this.timer.unref();
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }
}
