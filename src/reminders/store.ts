import { createHash, randomUUID } from 'node:crypto';
import type { ConversationReference, Storage } from 'botbuilder';
import type { Locale } from '../i18n';

/**
 * The reminder store (clinical spec §8a RETEST-REMINDER, issue #26): kept apart from conversation state, in its own
 * protected store, and holding only what a reminder needs: the conversation reference (to send it), the language, the
 * due date, and, only where the person agreed, the earlier ALT with its limit and date (so the next check begins with
 * it). Deleted when sent, on STOP / TD / "delete my data", or after REMINDER_KEEP_DAYS.
 *
 * Keys carry no ids in clear: an item is `reminders/item/<random id>`, found from its conversation through
 * `reminders/conv/<sha-256 of channel and conversation id>`, and from its due day through `reminders/day/<YYYY-MM-DD>`.
 */
export const REMINDER_KEEP_DAYS = 60;
export const DAY_MS = 86_400_000;

export interface EarlierResult {
  alt: number;
  uln: number;
  /** 'YYYY-MM-DD' */
  date: string;
}

export interface Reminder {
  id: string;
  reference: Partial<ConversationReference>;
  locale: Locale;
  /** When the retest window opens, ms since the epoch. */
  dueAt: number;
  /** Deleted unsent after this, ms since the epoch (REMINDER_KEEP_DAYS after it was made). */
  expiresAt: number;
  /** Only with the person's agreement at opt-in. */
  earlier: EarlierResult | null;
  attempts: number;
  /** The instance sending it, until when (a lease, taken by a conditional write). */
  claim: { by: string; until: number } | null;
}

type Stored<T> = T & { eTag?: string };

/** A conversation's link: to its reminder, or (after it was sent) the earlier result kept for the next check. */
interface Link {
  id?: string;
  carry?: EarlierResult;
}

export function conversationKey(channelId: string, conversationId: string): string {
  return `reminders/conv/${createHash('sha256').update(`${channelId}\n${conversationId}`).digest('hex')}`;
}

const itemKey = (id: string): string => `reminders/item/${id}`;
const dayKey = (day: string): string => `reminders/day/${day}`;
export const dayOf = (ms: number): string => new Date(ms).toISOString().slice(0, 10);

function isReminder(x: unknown): x is Stored<Reminder> {
  return typeof x === 'object' && x !== null && typeof (x as Reminder).id === 'string' && typeof (x as Reminder).dueAt === 'number';
}

/** Retries a read-modify-write of one item when another instance wrote it meanwhile (an eTag conflict). */
async function update<T extends object>(storage: Storage, key: string, change: (current: Stored<T> | null) => T | null): Promise<void> {
  for (let attempt = 0; ; attempt += 1) {
    const items = await storage.read([key]);
    const current = (items[key] as Stored<T> | undefined) ?? null;
    const next = change(current);
    try {
      if (next === null) {
        if (current) await storage.delete([key]);
        return;
      }
      // The read object carries its eTag: the write is refused if the item changed since.
      await storage.write({ [key]: current ? Object.assign(current, next) : next });
      return;
    } catch (err) {
      if (attempt >= 4 || (err as Error).name !== 'StateConflictError') throw err;
    }
  }
}

export interface NewReminder {
  reference: Partial<ConversationReference>;
  locale: Locale;
  dueAt: number;
  earlier: EarlierResult | null;
}

export class ReminderStore {
  constructor(
    private readonly storage: Storage,
    private readonly now: () => number = Date.now,
  ) {}

  /** Keeps one reminder for the conversation (a new one replaces an older one). */
  async add(input: NewReminder): Promise<Reminder> {
    const channelId = input.reference.channelId ?? '';
    const conversationId = input.reference.conversation?.id ?? '';
    await this.deleteFor(channelId, conversationId);
    const reminder: Reminder = {
      id: randomUUID(),
      reference: input.reference,
      locale: input.locale,
      dueAt: input.dueAt,
      expiresAt: this.now() + REMINDER_KEEP_DAYS * DAY_MS,
      earlier: input.earlier,
      attempts: 0,
      claim: null,
    };
    await this.storage.write({ [itemKey(reminder.id)]: { ...reminder }, [conversationKey(channelId, conversationId)]: { id: reminder.id } });
    await update<{ ids: string[] }>(this.storage, dayKey(dayOf(reminder.dueAt)), (cur) => ({ ids: [...new Set([...(cur?.ids ?? []), reminder.id])] }));
    return reminder;
  }

  /** The conversation's reminder, if one is kept. */
  async findFor(channelId: string, conversationId: string): Promise<Reminder | null> {
    const key = conversationKey(channelId, conversationId);
    const link = (await this.storage.read([key]))[key] as Link | undefined;
    return link?.id ? this.get(link.id) : null;
  }

  async get(id: string): Promise<Stored<Reminder> | null> {
    const items: Record<string, unknown> = await this.storage.read([itemKey(id)]);
    const item = items[itemKey(id)];
    return isReminder(item) ? item : null;
  }

  /** STOP, TD, "delete my data": the conversation's reminder goes, with its links and any earlier result carried. */
  async deleteFor(channelId: string, conversationId: string): Promise<boolean> {
    const key = conversationKey(channelId, conversationId);
    const link = (await this.storage.read([key]))[key] as Link | undefined;
    if (!link || (!link.id && !link.carry)) return false;
    const reminder = link.id ? await this.get(link.id) : null;
    await this.storage.delete(link.id ? [key, itemKey(link.id)] : [key]);
    if (reminder) await this.unindex(reminder);
    return true;
  }

  /**
   * A sent reminder: removed; where the person agreed to keep their result, only that (the earlier ALT, its limit and
   * date) stays, under the conversation's link, for the next check to begin with (taken by it, or gone in 60 days).
   */
  async sent(reminder: Reminder): Promise<void> {
    await this.remove(reminder);
    if (!reminder.earlier) return;
    const key = conversationKey(reminder.reference.channelId ?? '', reminder.reference.conversation?.id ?? '');
    await this.storage.write({ [key]: { carry: reminder.earlier } satisfies Link });
  }

  /** The earlier result carried for this conversation's next check, removed as it is taken. */
  async takeCarried(channelId: string, conversationId: string): Promise<EarlierResult | null> {
    const key = conversationKey(channelId, conversationId);
    const link = (await this.storage.read([key]))[key] as Link | undefined;
    if (!link?.carry) return null;
    await this.storage.delete([key]);
    return link.carry;
  }

  /** Removes a sent, dropped or expired reminder: item, conversation link, day entry. */
  async remove(reminder: Reminder): Promise<void> {
    const channelId = reminder.reference.channelId ?? '';
    const conversationId = reminder.reference.conversation?.id ?? '';
    const key = conversationKey(channelId, conversationId);
    const link = (await this.storage.read([key]))[key] as Link | undefined;
    await this.storage.delete(link?.id === reminder.id ? [key, itemKey(reminder.id)] : [itemKey(reminder.id)]);
    await this.unindex(reminder);
  }

  private async unindex(reminder: Reminder): Promise<void> {
    await update<{ ids: string[] }>(this.storage, dayKey(dayOf(reminder.dueAt)), (cur) => {
      const ids = (cur?.ids ?? []).filter((x) => x !== reminder.id);
      return ids.length > 0 ? { ids } : null;
    });
  }

  /** Reminders whose window has opened, from the days the store can still hold (the last REMINDER_KEEP_DAYS). */
  async due(): Promise<Stored<Reminder>[]> {
    const now = this.now();
    const days: string[] = [];
    for (let d = 0; d <= REMINDER_KEEP_DAYS + 31; d += 1) days.push(dayKey(dayOf(now - d * DAY_MS)));
    const index: Record<string, { ids?: string[] }> = await this.storage.read(days);
    const ids = Object.values(index).flatMap((x) => x.ids ?? []);
    if (ids.length === 0) return [];
    const items = await this.storage.read(ids.map(itemKey));
    return Object.values(items).filter(isReminder).filter((r) => r.dueAt <= now);
  }

  /**
   * Takes the lease on a reminder to send it: a write conditional on the eTag it was read with. Exactly one instance
   * wins; the others are refused by the store (a conflict) and return false, as they do while another's lease runs.
   */
  async claim(reminder: Stored<Reminder>, by: string, leaseMs: number): Promise<boolean> {
    const now = this.now();
    if (reminder.claim && reminder.claim.until > now) return false;
    reminder.claim = { by, until: now + leaseMs };
    try {
      await this.storage.write({ [itemKey(reminder.id)]: reminder });
      return true;
    } catch (err) {
      if ((err as Error).name === 'StateConflictError') return false;
      throw err;
    }
  }

  /** A failed send: the lease is given back and the attempt counted. */
  async release(reminder: Stored<Reminder>): Promise<void> {
    const attempts = reminder.attempts + 1;
    // Read afresh: the lease's write gave the item a new eTag.
    await update<Reminder>(this.storage, itemKey(reminder.id), (cur) => (cur && isReminder(cur) ? { ...cur, claim: null, attempts } : null));
  }
}
