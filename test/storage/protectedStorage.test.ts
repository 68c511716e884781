import { MemoryStorage, type Storage } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import { StateConflictError, StorageUnavailableError } from '../../src/storage/errors';
import { ITEM_TTL_MS, ProtectedStorage } from '../../src/storage/protectedStorage';

const HOUR = 3_600_000;

describe('ProtectedStorage', () => {
  it('writes with the eTag that was read, though BotState sets `*`: a stale write is refused (issue 23)', async () => {
    const store = new ProtectedStorage(() => new MemoryStorage(), { ttlMs: HOUR });
    await store.write({ a: { n: 1 } });
    const first = (await store.read(['a'])).a as { n: number; eTag: string };
    const second = (await store.read(['a'])).a as { n: number; eTag: string };
    second.n = 2;
    second.eTag = '*';
    await store.write({ a: second });
    first.n = 3;
    first.eTag = '*';
    await expect(store.write({ a: first })).rejects.toBeInstanceOf(StateConflictError);
    expect(await store.read(['a'])).toMatchObject({ a: { n: 2 } });
    // The same object saved twice in one turn: the second save is not refused by its own first one.
    second.n = 4;
    await store.write({ a: second });
    expect(await store.read(['a'])).toMatchObject({ a: { n: 4 } });
  });

  it('deletion leaves a tombstone: a write from before it is refused, one after it starts afresh, and it expires', async () => {
    let now = 0;
    const memory = new MemoryStorage();
    const store = new ProtectedStorage(() => memory, { ttlMs: HOUR, now: () => now, tombstoneMs: 60_000 });
    await store.write({ a: { alt: 68 } });
    const stale = (await store.read(['a'])).a as { alt: number; eTag: string };
    await store.delete(['a']);
    const afterDeletion = await store.read(['a']);
    expect(Object.keys(afterDeletion)).toEqual(['a']);
    expect(Object.keys(afterDeletion.a as object)).toEqual([]);
    await expect(store.write({ a: { ...stale, eTag: '*' } })).rejects.toBeInstanceOf(StateConflictError);
    // A first turn that read nothing before the deletion is refused too.
    await expect(store.write({ a: { alt: 68, eTag: '*' } })).rejects.toBeInstanceOf(StateConflictError);
    const fresh = (await store.read(['a'])).a as { eTag?: string };
    await store.write({ a: { ...fresh, consent: false } });
    expect(await store.read(['a'])).toMatchObject({ a: { consent: false } });
    await store.delete(['a']);
    now += 60_000;
    expect(await store.read(['a'])).toEqual({});
    expect(await memory.read(['a'])).toEqual({});
  });

  it('an item written with a shorter life (ITEM_TTL_MS) expires then, and is swept from the store (issue 23)', async () => {
    let now = 1_000_000;
    const memory = new MemoryStorage();
    const store = new ProtectedStorage(() => memory, { ttlMs: HOUR, now: () => now, sweepEveryMs: 60_000, tombstoneMs: 0 });
    await store.write({ held: { alt: 41, [ITEM_TTL_MS]: 10 * 60_000 }, kept: { consent: true } });
    expect(JSON.stringify(await memory.read(['held']))).not.toContain('itemTtlMs');
    now += 10 * 60_000 - 1;
    expect(await store.read(['held'])).toMatchObject({ held: { alt: 41 } });
    now += 1;
    expect(await store.sweep()).toBe(1);
    expect(await memory.read(['held'])).toEqual({});
    expect(await store.read(['kept'])).toMatchObject({ kept: { consent: true } });
    store.close();
  });

  it('expires items after the configured time, and deletes them', async () => {
    let now = 1_000_000;
    const memory = new MemoryStorage();
    const store = new ProtectedStorage(() => memory, { ttlMs: 24 * HOUR, now: () => now });
    await store.write({ a: { answers: { alt: 68 } } });
    now += 24 * HOUR - 1;
    expect(await store.read(['a'])).toMatchObject({ a: { answers: { alt: 68 } } });
    now += 1;
    expect(await store.read(['a'])).toEqual({});
    expect(await memory.read(['a'])).toEqual({});
  });

  it('a write renews the expiry', async () => {
    let now = 0;
    const store = new ProtectedStorage(() => new MemoryStorage(), { ttlMs: HOUR, now: () => now });
    await store.write({ a: { n: 1 } });
    now = HOUR - 10;
    const item = (await store.read(['a'])).a as { n: number; eTag: string };
    await store.write({ a: { ...item, n: 2 } });
    now = 2 * HOUR - 20;
    expect(await store.read(['a'])).toMatchObject({ a: { n: 2 } });
  });

  it('sweeps expired items out of a memory store', async () => {
    let now = 0;
    const memory = new MemoryStorage();
    const store = new ProtectedStorage(() => memory, { ttlMs: HOUR, now: () => now, sweepEveryMs: 3_600_000 });
    await store.write({ a: { n: 1 }, b: { n: 2 } });
    now = HOUR;
    expect(await store.sweep()).toBe(2);
    expect(await memory.read(['a', 'b'])).toEqual({});
    store.close();
  });

  it('turns an eTag conflict into StateConflictError', async () => {
    const store = new ProtectedStorage(() => new MemoryStorage(), { ttlMs: HOUR });
    await store.write({ a: { n: 1 } });
    const first = (await store.read(['a'])).a as Record<string, unknown>;
    const second = (await store.read(['a'])).a as Record<string, unknown>;
    await store.write({ a: { ...first, n: 2 } });
    await expect(store.write({ a: { ...second, n: 3 } })).rejects.toBeInstanceOf(StateConflictError);
  });

  it('turns any other failure into StorageUnavailableError, and builds the store anew', async () => {
    let builds = 0;
    let broken = true;
    const memory = new MemoryStorage();
    const flaky = (): Storage => {
      builds += 1;
      return {
        read: async (keys) => {
          if (broken) throw new Error('ECONNREFUSED 127.0.0.1');
          return memory.read(keys);
        },
        write: async (changes) => memory.write(changes),
        delete: async (keys) => memory.delete(keys),
      };
    };
    const store = new ProtectedStorage(flaky, { ttlMs: HOUR });
    await expect(store.read(['a'])).rejects.toBeInstanceOf(StorageUnavailableError);
    expect(builds).toBe(2);
    broken = false;
    expect(await store.read(['a'])).toEqual({});
  });
});
