import type { Storage, StoreItems } from 'botbuilder';
import { StateConflictError, StorageUnavailableError, isConflict } from './errors';

/**
 * Wraps the real store (memory, Azure Blob or Cosmos DB) with what the bot needs of any store:
 * - expiry: every item carries its expiry time and is treated as absent (and deleted) once past it;
 * - clear errors: an eTag conflict becomes StateConflictError, anything else StorageUnavailableError, so the user
 *   gets the right "please send that again";
 * - recovery: after a failure the inner store is built anew (BlobsStorage caches a failed container check forever);
 * - optimistic concurrency (issue 23): botbuilder's BotState.saveChanges writes every item with eTag `*` (last writer
 *   wins). Here each state object read carries the eTag it was read with (under a symbol, which BotState neither
 *   sees nor serialises), and its write is conditional on it: if another instance wrote or deleted the item since,
 *   the store refuses the write (412) and the turn ends with StateConflictError ("please send that again");
 * - tombstones: deleting an item writes a tombstone in its place, which expires after `tombstoneMs`. A turn that
 *   read the item before the deletion carries the old eTag and cannot write it back; a turn that read nothing
 *   (a first turn) writes only if still no item is there (the eTag IF_ABSENT, If-None-Match: *, on stores that can
 *   make the condition: `createOnly`; other stores look again just before the write, a read more), so it is
 *   refused if a tombstone appeared. A turn that starts after the deletion reads the tombstone (as no state) and
 *   may start afresh.
 * Each item is stored as { v: the state, x: its expiry in ms since the epoch }, a tombstone as { v: {}, x, d: 1 }.
 */
interface Packed {
  v: object;
  x: number;
  /** Set on a tombstone: the item was deleted. */
  d?: 1;
  eTag?: string;
}

/** The eTag a state object was read with, kept on the object itself for its write. */
const READ_ETAG = Symbol('readETag');
/**
 * A shorter life than the store's time to live, for one item (a parent bot's pre-filled answers waiting for consent):
 * set under this symbol on the object written, which no store serialises.
 */
export const ITEM_TTL_MS = Symbol('itemTtlMs');
type Tagged = { [READ_ETAG]?: string; [ITEM_TTL_MS]?: number };

/**
 * The eTag of a write that must find no item there (If-None-Match: *). Only for an inner store that honours it
 * (BlobStore, MemoryStore), which ProtectedStorageOptions.createOnly declares.
 */
export const IF_ABSENT = 'if-absent';

/** Long enough for any turn that read the item before it was deleted to have tried its write. */
export const DEFAULT_TOMBSTONE_MS = 15 * 60_000;

function isPacked(x: unknown): x is Packed {
  const p = x as Packed;
  return typeof x === 'object' && x !== null && typeof p.v === 'object' && p.v !== null && typeof p.x === 'number';
}

export interface ProtectedStorageOptions {
  ttlMs: number;
  now?: () => number;
  /** Sweep expired items this often (memory stores only, which cannot expire items themselves). */
  sweepEveryMs?: number;
  /** How long a deletion's tombstone refuses stale writes (DEFAULT_TOMBSTONE_MS); 0 deletes with no tombstone. */
  tombstoneMs?: number;
  /** The inner store honours the eTag IF_ABSENT, so a first write needs no read to find a tombstone. */
  createOnly?: boolean;
}

export class ProtectedStorage implements Storage {
  private inner: Storage;
  private readonly now: () => number;
  private readonly expiries = new Map<string, number>();
  private sweeper: NodeJS.Timeout | null = null;

  constructor(
    private readonly build: () => Storage,
    private readonly options: ProtectedStorageOptions,
  ) {
    this.inner = build();
    this.now = options.now ?? Date.now;
    if (options.sweepEveryMs) {
      this.sweeper = setInterval(() => void this.sweep(), options.sweepEveryMs);
      this.sweeper.unref();
    }
  }

  private fail(err: unknown): never {
    if (isConflict(err)) throw new StateConflictError('state changed by another turn');
    this.inner = this.build();
    throw new StorageUnavailableError('state store unavailable');
  }

  private async readRaw(keys: string[]): Promise<StoreItems> {
    try {
      return await this.inner.read(keys);
    } catch (err) {
      this.fail(err);
    }
  }

  async read(keys: string[]): Promise<StoreItems> {
    const raw = await this.readRaw(keys);
    const out: StoreItems = {};
    const expired: string[] = [];
    for (const [key, item] of Object.entries(raw)) {
      if (!isPacked(item)) continue;
      if (item.x <= this.now()) {
        expired.push(key);
        continue;
      }
      // A tombstone reads as no state; its eTag lets a turn that starts after the deletion write afresh.
      const state: Record<string, unknown> & Tagged = item.d ? {} : { ...item.v, eTag: item.eTag };
      if (item.eTag) state[READ_ETAG] = item.eTag;
      out[key] = state;
    }
    if (expired.length > 0) await this.remove(expired).catch(() => undefined);
    return out;
  }

  async write(changes: StoreItems): Promise<void> {
    const packed: StoreItems = {};
    const unread: string[] = [];
    for (const [key, value] of Object.entries(changes)) {
      const expiresAt = this.now() + Math.min(this.options.ttlMs, (value as Tagged)[ITEM_TTL_MS] ?? Infinity);
      const readETag = (value as Tagged)[READ_ETAG];
      const { eTag, ...rest } = value as { eTag?: string };
      // The eTag read wins over BotState's `*`; an eTag a caller set itself (not `*`) is kept.
      const condition = readETag ?? (eTag && eTag !== '*' ? eTag : undefined);
      if (condition === undefined && !this.options.createOnly) unread.push(key);
      packed[key] = { v: rest, x: expiresAt, eTag: condition ?? (this.options.createOnly ? IF_ABSENT : '*') } satisfies Packed;
      if (this.sweeper) this.expiries.set(key, expiresAt);
    }
    // Items written without having been read (a first turn), on a store without IF_ABSENT: refused if deleted meanwhile.
    if (unread.length > 0 && (this.options.tombstoneMs ?? DEFAULT_TOMBSTONE_MS) > 0) {
      const now = await this.readRaw(unread);
      if (unread.some((k) => isPacked(now[k]) && now[k].d === 1 && now[k].x > this.now())) throw new StateConflictError('state deleted by another turn');
    }
    try {
      await this.inner.write(packed);
    } catch (err) {
      this.fail(err);
    }
    // Written: a second save of the same object in this turn is no longer conditional on the eTag first read.
    for (const value of Object.values(changes)) delete (value as Tagged)[READ_ETAG];
  }

  /** Deletes the items, leaving a tombstone in each one's place (see the class comment). */
  async delete(keys: string[]): Promise<void> {
    const tombstoneMs = this.options.tombstoneMs ?? DEFAULT_TOMBSTONE_MS;
    if (tombstoneMs <= 0) return this.remove(keys);
    const until = this.now() + tombstoneMs;
    const tombstones: StoreItems = {};
    for (const k of keys) {
      tombstones[k] = { v: {}, x: until, d: 1, eTag: '*' } satisfies Packed;
      if (this.sweeper) this.expiries.set(k, until);
    }
    try {
      await this.inner.write(tombstones);
    } catch (err) {
      this.fail(err);
    }
  }

  /** Removes the items from the store for good (expired items and tombstones). */
  private async remove(keys: string[]): Promise<void> {
    for (const k of keys) this.expiries.delete(k);
    try {
      await this.inner.delete(keys);
    } catch (err) {
      this.fail(err);
    }
  }

  /** Removes every item past its expiry, tombstones included (memory stores). */
  async sweep(): Promise<number> {
    const now = this.now();
    const due = [...this.expiries].filter(([, x]) => x <= now).map(([k]) => k);
    if (due.length > 0) await this.remove(due).catch(() => undefined);
    return due.length;
  }

  close(): void {
    if (this.sweeper) clearInterval(this.sweeper);
  }
}
