import { MemoryStorage } from 'botbuilder';

/**
 * botbuilder's MemoryStorage, except that deleting an item removes its key too. botbuilder's sets the value to
 * undefined and keeps the key, so user ids and phone numbers (the keys) would stay in memory until a restart after
 * "delete my data" (issue #15 item 9).
 */
export class MemoryStore extends MemoryStorage {
  constructor(private readonly items: Record<string, string> = {}) {
    super(items);
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
