import type { Storage, StoreItems, TurnContext } from 'botbuilder';
import type { PendingPrefill } from '../../dialogs/prefill';
import { ITEM_TTL_MS } from '../storage/protectedStorage';

/** How long pre-filled answers wait for the person's consent; after that the questions are asked instead. */
export const PREFILL_TTL_MS = 10 * 60_000;

interface Held {
  pending?: PendingPrefill;
  /** Expiry in ms since the epoch, checked on read whatever the store (ProtectedStorage also expires the item). */
  until?: number;
  eTag?: string;
}

/**
 * A parent bot's pre-filled answers, held apart from the conversation's state between the `assess` event and the
 * consent reply (issue 23): in the state store, so that any instance can take the reply, as one short-lived item of
 * its own (PREFILL_TTL_MS) that the consent reply removes, whatever it says. Nothing of it is in the answers until
 * the person says yes.
 */
export class PrefillSlot {
  constructor(
    private readonly storage: Storage,
    private readonly now: () => number = Date.now,
  ) {}

  private key(context: TurnContext): string {
    return `${context.activity.channelId}/conversations/${context.activity.conversation?.id ?? ''}/prefill`;
  }

  /** Holds the pre-filled answers for this conversation, replacing any held before. */
  async hold(context: TurnContext, pending: PendingPrefill): Promise<void> {
    const key = this.key(context);
    // Read first: a write then carries the eTag read (ProtectedStorage), so it is not refused by an earlier removal's tombstone.
    const item: Held & { [ITEM_TTL_MS]?: number } = ((await this.storage.read([key]))[key] as Held | undefined) ?? {};
    item.pending = pending;
    item.until = this.now() + PREFILL_TTL_MS;
    item[ITEM_TTL_MS] = PREFILL_TTL_MS;
    const changes: StoreItems = { [key]: item };
    await this.storage.write(changes);
  }

  /** The held answers, if still within their time, removed from the store in any case. */
  async take(context: TurnContext): Promise<PendingPrefill | null> {
    const key = this.key(context);
    const item = (await this.storage.read([key]))[key] as Held | undefined;
    if (!item?.pending) return null;
    await this.storage.delete([key]);
    return item.pending && (item.until ?? 0) > this.now() ? item.pending : null;
  }

  /** Removes the held answers ("delete my data"). */
  async drop(context: TurnContext): Promise<void> {
    await this.storage.delete([this.key(context)]);
  }
}
