import type { Storage, StoreItems } from 'botbuilder';
import { afterEach, describe, expect, it } from 'vitest';
import { translator } from '../../src/i18n';
import { MemoryStore } from '../../src/storage/memoryStore';
import { ProtectedStorage } from '../../src/storage/protectedStorage';
import { Conversation } from '../helpers/conversation';

/**
 * Issue #25 item 8: one state object a turn. What reaches the store is counted below the eTag and tombstone
 * protection (ProtectedStorage with tombstones and `createOnly` on, as on Blob), as the benchmark's proxy counts
 * Azurite's requests: each key read is one request, each key written one.
 */
class CountingStore implements Storage {
  readonly inner = new MemoryStore();
  reads = 0;
  writes = 0;
  deletes = 0;

  read(keys: string[]): Promise<StoreItems> {
    this.reads += keys.length;
    return this.inner.read(keys);
  }

  write(changes: StoreItems): Promise<void> {
    this.writes += Object.keys(changes).length;
    return this.inner.write(changes);
  }

  delete(keys: string[]): Promise<void> {
    this.deletes += keys.length;
    return this.inner.delete(keys);
  }

  reset(): void {
    this.reads = this.writes = this.deletes = 0;
  }
}

const en = translator('en');
const zh = translator('zh-CN');
const stores: ProtectedStorage[] = [];
afterEach(() => stores.splice(0).forEach((s) => s.close()));

function counted(): { counter: CountingStore; storage: ProtectedStorage } {
  const counter = new CountingStore();
  const storage = new ProtectedStorage(() => counter, { ttlMs: 24 * 3_600_000, createOnly: true });
  stores.push(storage);
  return { counter, storage };
}

const EN = ['hi', 'yes', 'ALT 68 U/L 7-40; AST 25 U/L 13-35', '34', 'no', 'none', 'no', 'none', 'no', 'none', 'none', 'help', 'back', 'none'];

describe('store calls per turn (one state object a turn)', () => {
  it.each(['webchat', 'sms', 'msteams'])('%s: every ordinary turn makes at most one read and one write, and no delete', async (channelId) => {
    const { counter, storage } = counted();
    const c = new Conversation({ channelId, storage });
    // The first turn too: its write is conditional on still finding no item (a deletion's tombstone), with no read more.
    await c.start();
    expect({ reads: counter.reads, writes: counter.writes, deletes: counter.deletes }).toEqual({ reads: 1, writes: 1, deletes: 0 });
    const perTurn: { text: string; reads: number; writes: number; deletes: number }[] = [];
    for (const text of EN) {
      counter.reset();
      await c.say(text);
      perTurn.push({ text, reads: counter.reads, writes: counter.writes, deletes: counter.deletes });
    }
    for (const turn of perTurn) {
      expect(turn.reads, turn.text).toBeLessThanOrEqual(1);
      expect(turn.writes, turn.text).toBeLessThanOrEqual(1);
      expect(turn.deletes, turn.text).toBe(0);
    }
    // The state was really read and written: the turns are not served from somewhere else.
    expect(perTurn.filter((t) => t.reads === 1)).toHaveLength(EN.length);
    expect(perTurn.filter((t) => t.writes === 1).length).toBeGreaterThan(EN.length / 2);
  });

  it('a turn that changes nothing writes nothing (an SMS number that sent STOP writes again)', async () => {
    const { counter, storage } = counted();
    const c = new Conversation({ channelId: 'sms', storage });
    await c.say('hi');
    await c.say('STOP');
    counter.reset();
    expect(await c.say('hello?')).toEqual([]);
    expect({ reads: counter.reads, writes: counter.writes, deletes: counter.deletes }).toEqual({ reads: 1, writes: 0, deletes: 0 });
  });

  it("the person's language and SMS opt-out live in the conversation's one item (no user item is written)", async () => {
    const { counter, storage } = counted();
    const c = new Conversation({ channelId: 'sms', storage });
    await c.say('hi');
    await c.say('中文');
    await c.say('STOP');
    expect(counter.inner.keys()).toEqual(['sms/conversations/Convo1/']);
    const item = (await storage.read(['sms/conversations/Convo1/']))['sms/conversations/Convo1/'] as { profile?: object };
    expect(item.profile).toEqual({ locale: 'zh-CN', localeChosen: true, smsOptedOut: true });
  });
});

/**
 * State written by the old layout: the profile in botbuilder's UserState under `{channel}/users/{user}/`, and a
 * conversation item without `profile`. Made here from a real conversation by moving its profile back to that key.
 */
async function toOldLayout(storage: ProtectedStorage, channelId: string): Promise<void> {
  const key = `${channelId}/conversations/Convo1/`;
  const conversation = (await storage.read([key]))[key] as { profile?: object; eTag?: string };
  const { profile, eTag: _eTag, ...rest } = conversation;
  expect(profile).toBeDefined();
  await storage.write({ [key]: { ...rest, eTag: '*' }, [`${channelId}/users/user1/`]: { profile, eTag: '*' } });
}

describe('state saved by the old layout (the profile in UserState) is still read', () => {
  it('SMS: a number that sent STOP before the deploy stays opted out, and START opts it back in', async () => {
    const { counter, storage } = counted();
    const c = new Conversation({ channelId: 'sms', storage });
    await c.say('hi');
    await c.say('STOP');
    await toOldLayout(storage, 'sms');
    counter.reset();
    expect(await c.say('hello?')).toEqual([]);
    // The old item is read once, on that first turn; the profile is then in the conversation's item.
    expect(counter.reads).toBe(2);
    counter.reset();
    expect(await c.say('still there?')).toEqual([]);
    expect(counter.reads).toBe(1);
    expect(Conversation.text(await c.say('START'))).not.toBe('');
  });

  it('a language chosen before the deploy is kept', async () => {
    const { storage } = counted();
    const c = new Conversation({ channelId: 'webchat', storage });
    await c.start();
    await c.say('yes');
    await c.say('中文');
    await toOldLayout(storage, 'webchat');
    const reply = await c.ask('谷丙转氨酶 68 U/L (9-50) 谷草转氨酶 25 U/L (15-40)');
    expect(reply).toContain(zh('questions.age.ask'));
    expect(reply).not.toContain(en('questions.age.ask'));
  });

  it('"delete my data" also deletes the old user item', async () => {
    const { counter, storage } = counted();
    const c = new Conversation({ channelId: 'webchat', storage });
    await c.start();
    await c.say('yes');
    await toOldLayout(storage, 'webchat');
    expect(await c.ask('delete my data')).toContain(en('commands.dataDeleted'));
    // Tombstones only: nothing of the person is left under either key.
    const left = await storage.read(['webchat/conversations/Convo1/', 'webchat/users/user1/']);
    for (const item of Object.values(left)) expect(Object.keys(item as object).filter((k) => k !== 'eTag')).toEqual([]);
    expect(counter.inner.keys().sort()).toEqual(['webchat/conversations/Convo1/', 'webchat/users/user1/']);
  });
});
