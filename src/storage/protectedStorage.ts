import type { Storage, StoreItems } from 'botbuilder';
import { StateConflictError, StorageUnavailableError, isConflict } from './errors';

/**
 * Wraps the real store (memory, Azure Blob or Cosmos DB) with what the bot needs of any store:
 * - expiry: every item carries its expiry time and is treated as absent (and deleted) once past it;
 * - clear errors: an eTag conflict becomes StateConflictError, anything else StorageUnavailableError, so the user
 *   gets the right "please send that again";
 * - recovery: after a failure the inner store is built anew (BlobsStorage caches a failed container check forever).
 * Each item is stored as { v: the state, x: its expiry in ms since the epoch }.
 */
interface Packed {
  v: object;
  x: number;
  eTag?: string;
}

function isPacked(x: unknown): x is Packed {
  const p = x as Packed;
  return typeof x === 'object' && x !== null && typeof p.v === 'object' && p.v !== null && typeof p.x === 'number';
}

export interface ProtectedStorageOptions {
  ttlMs: number;
  now?: () => number;
  /** Sweep expired items this often (memory stores only, which cannot expire items themselves). */
  sweepEveryMs?: number;
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

  async read(keys: string[]): Promise<StoreItems> {
    let raw: StoreItems;
    try {
      raw = await this.inner.read(keys);
    } catch (err) {
      this.fail(err);
    }
    const out: StoreItems = {};
    const expired: string[] = [];
    for (const [key, item] of Object.entries(raw)) {
      if (!isPacked(item)) continue;
      if (item.x <= this.now()) {
        expired.push(key);
        continue;
      }
      out[key] = { ...item.v, eTag: item.eTag };
    }
    if (expired.length > 0) await this.delete(expired).catch(() => undefined);
    return out;
  }

  async write(changes: StoreItems): Promise<void> {
    const expiresAt = this.now() + this.options.ttlMs;
    const packed: StoreItems = {};
    for (const [key, value] of Object.entries(changes)) {
      const { eTag, ...rest } = value as { eTag?: string };
      packed[key] = { v: rest, x: expiresAt, ...(eTag ? { eTag } : {}) } satisfies Packed;
      if (this.sweeper) this.expiries.set(key, expiresAt);
    }
    try {
      await this.inner.write(packed);
    } catch (err) {
      this.fail(err);
    }
  }

  async delete(keys: string[]): Promise<void> {
    for (const k of keys) this.expiries.delete(k);
    try {
      await this.inner.delete(keys);
    } catch (err) {
      this.fail(err);
    }
  }

  /** Deletes every item past its expiry (memory stores). */
  async sweep(): Promise<number> {
    const now = this.now();
    const due = [...this.expiries].filter(([, x]) => x <= now).map(([k]) => k);
    if (due.length > 0) await this.delete(due).catch(() => undefined);
    return due.length;
  }

  close(): void {
    if (this.sweeper) clearInterval(this.sweeper);
  }
}
