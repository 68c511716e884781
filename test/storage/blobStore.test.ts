import { ContainerClient } from '@azure/storage-blob';
import type { Storage, StoreItems } from 'botbuilder';
import { BlobsStorage } from 'botbuilder-azure-blobs';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { BlobStore, CLIENTS_KEPT } from '../../src/storage/blobStore';
import { StateConflictError } from '../../src/storage/errors';
import { IF_ABSENT, ProtectedStorage } from '../../src/storage/protectedStorage';
import { Azurite } from '../helpers/azurite';

/** BlobStore on a real Azurite (issue #25 item 8). */
const CONTAINER = 'blob-store';
let azurite: Azurite;
beforeAll(async () => {
  azurite = await new Azurite().start();
}, 60_000);
afterAll(async () => azurite?.dispose());

const store = (): BlobStore => new BlobStore(new ContainerClient(azurite.connectionString, CONTAINER));

/** Counts the calls that reach a store. */
function counting(inner: Storage): Storage & { calls: string[] } {
  const calls: string[] = [];
  return {
    calls,
    read: (keys: string[]) => (calls.push(...keys.map(() => 'read')), inner.read(keys)),
    write: (changes: StoreItems) => (calls.push(...Object.keys(changes).map(() => 'write')), inner.write(changes)),
    delete: (keys: string[]) => (calls.push(...keys.map(() => 'delete')), inner.delete(keys)),
  };
}

describe('BlobStore (Azurite)', () => {
  it("builds an item's client once for a conversation's turns, and keeps at most CLIENTS_KEPT", async () => {
    const container = new ContainerClient(azurite.connectionString, CONTAINER);
    const built = vi.spyOn(container, 'getBlockBlobClient');
    const s = new BlobStore(container);
    const key = 'webchat/conversations/kept-client/';
    await s.write({ [key]: { turn: 0, eTag: '*' } });
    for (let turn = 1; turn <= 5; turn++) {
      const { eTag } = (await s.read([key]))[key] as { eTag: string };
      await s.write({ [key]: { turn, eTag } });
    }
    // Eleven reads and writes of one item, one client (it was one per call: a profile found 4% of the bot's CPU there).
    expect(built).toHaveBeenCalledTimes(1);
    expect((await s.read([key]))[key]).toMatchObject({ turn: 5 });
    const many = Array.from({ length: CLIENTS_KEPT + 1 }, (_, i) => `other-${i}`);
    await s.read(many);
    // The first item's client was the least recently used: it was let go, so reading it again builds a new one.
    built.mockClear();
    await s.read([key]);
    expect(built).toHaveBeenCalledTimes(1);
  }, 60_000);

  it("reads what botbuilder-azure-blobs' BlobsStorage wrote and the other way round (same blob names and JSON)", async () => {
    const key = 'sms/conversations/+15550100001/';
    await new BlobsStorage(azurite.connectionString, CONTAINER).write({ [key]: { v: { a: 1 }, x: 9, eTag: '*' } });
    const read = (await store().read([key]))[key] as { v: object; x: number; eTag: unknown };
    expect(read).toMatchObject({ v: { a: 1 }, x: 9 });
    expect(typeof read.eTag).toBe('string');
    await store().write({ [key]: { v: { a: 2 }, x: 9, eTag: '*' } });
    expect((await new BlobsStorage(azurite.connectionString, CONTAINER).read([key]))[key]).toMatchObject({ v: { a: 2 } });
  });

  it('keeps Chinese text and emoji whole', async () => {
    const value = { v: { medicines: '阿托伐他汀 和 对乙酰氨基酚，每天两次。😀' } };
    await store().write({ zh: { ...value, eTag: '*' } });
    expect((await store().read(['zh'])).zh).toMatchObject(value);
  });

  it('IF_ABSENT writes only where no blob is; a changed eTag is refused; a missing key reads as nothing', async () => {
    const s = store();
    await s.write({ fresh: { n: 1, eTag: IF_ABSENT } });
    await expect(s.write({ fresh: { n: 2, eTag: IF_ABSENT } })).rejects.toMatchObject({ statusCode: 412 });
    const read = (await s.read(['fresh'])).fresh as { n: number; eTag: string };
    await s.write({ fresh: { n: 3, eTag: read.eTag } });
    await expect(s.write({ fresh: { n: 4, eTag: read.eTag } })).rejects.toMatchObject({ statusCode: 412 });
    expect(await s.read(['never-written'])).toEqual({});
    await s.delete(['fresh', 'never-written']);
    expect(await s.read(['fresh'])).toEqual({});
  });

  it("a first turn's write after another instance deleted the conversation is refused, with no read before it", async () => {
    const key = 'webchat/conversations/erased/';
    const a = counting(store());
    const instanceA = new ProtectedStorage(() => a, { ttlMs: 3_600_000, createOnly: true });
    const instanceB = new ProtectedStorage(() => store(), { ttlMs: 3_600_000, createOnly: true });
    expect(await instanceA.read([key])).toEqual({});
    await instanceB.delete([key]);
    a.calls.length = 0;
    await expect(instanceA.write({ [key]: { lab: 68, eTag: '*' } })).rejects.toBeInstanceOf(StateConflictError);
    expect(a.calls).toEqual(['write']);
    // A turn that starts after the deletion reads the tombstone as no state, and writes afresh.
    const after = (await instanceA.read([key]))[key] as object;
    expect(Object.keys(after).filter((k) => k !== 'eTag')).toEqual([]);
    await instanceA.write({ [key]: { ...after, fresh: true } });
    expect((await instanceB.read([key]))[key]).toMatchObject({ fresh: true });
    instanceA.close();
    instanceB.close();
  });
});
