import { MemoryStorage, type StoreItems } from 'botbuilder';
import { IF_ABSENT } from './protectedStorage';

/**
 * botbuilder's MemoryStorage, except that deleting an item removes its key too. botbuilder's sets the value to
 * undefined and keeps the key, so user ids and phone numbers (the keys) would stay in memory until a restart after
 * "delete my data" (issue #15 item 9). It also honours the eTag IF_ABSENT (write only where no item is), as
 * BlobStore does, so that tests can run ProtectedStorage's `createOnly` on it.
 */
export class MemoryStore extends MemoryStorage {
  constructor(private readonly items: Record<string, string> = {}) {
    super(items);
  }

  override write(changes: StoreItems): Promise<void> {
    const taken = Object.entries(changes).some(([key, item]) => (item as { eTag?: string }).eTag === IF_ABSENT && this.items[key] !== undefined);
    if (taken) return Promise.reject(Object.assign(new Error('eTag conflict: an item is already there'), { statusCode: 412 }));
    const plain = Object.entries(changes).map(([key, item]): [string, unknown] => ((item as { eTag?: string }).eTag === IF_ABSENT ? [key, { ...(item as object), eTag: '*' }] : [key, item]));
    return super.write(Object.fromEntries(plain));
  }

  override delete(keys: string[]): Promise<void> {
    for (const key of keys) delete this.items[key];
    return Promise.resolve();
  }

  /** The keys held (for tests and diagnostics). */
  keys(): string[] {
    return Object.keys(this.items);
  }
}
