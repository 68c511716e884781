import type { ConversationReference, TurnContext } from 'botbuilder';
import { BlobsStorage } from 'botbuilder-azure-blobs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { translator } from '../../src/i18n';
import { ReminderScheduler, reminderSender, type ReminderSend } from '../../src/reminders/scheduler';
import { DAY_MS, REMINDER_KEEP_DAYS, ReminderStore, type Reminder } from '../../src/reminders/store';
import { MemoryStore } from '../../src/storage/memoryStore';
import { ProtectedStorage } from '../../src/storage/protectedStorage';
import { Azurite } from '../helpers/azurite';

// Issue #26 items 2–3: a due reminder is sent exactly once, whatever number of instances run the scheduler; failed
// sends are retried, then dropped and logged without ids; STOP removes it; unsent, it goes after 60 days. The clock
// is a variable the test moves.

const START = Date.parse('2026-11-20T10:00:00Z');
const WEEK = 7 * DAY_MS;

class Clock {
  t = START;
  now = (): number => this.t;
  move(ms: number): void {
    this.t += ms;
  }
}

interface LogLine {
  level: string;
  obj: object;
}
function logger(lines: LogLine[]) {
  return {
    info: (obj: object) => void lines.push({ level: 'info', obj }),
    warn: (obj: object) => void lines.push({ level: 'warn', obj }),
  };
}

function reference(n: number, channelId = 'msteams'): Partial<ConversationReference> {
  return {
    channelId,
    serviceUrl: 'https://smba.example.test/',
    conversation: { id: `a:conversation-secret-${n}`, isGroup: false, conversationType: 'personal', name: '' },
    user: { id: `29:user-secret-${n}`, name: '' },
    bot: { id: '28:bot', name: 'bot' },
  };
}

/** A send that records each reminder it delivers, so a double send shows. */
function recorder(): { send: ReminderSend; sent: string[] } {
  const sent: string[] = [];
  return {
    sent,
    send: async (r: Reminder) => {
      // Yield, as a real HTTP send does, so the instances' ticks interleave.
      await new Promise((resolve) => setTimeout(resolve, 1));
      sent.push(r.reference.conversation?.id ?? '');
    },
  };
}

function memoryStores(clock: Clock): [ReminderStore, ReminderStore] {
  const shared = new MemoryStore();
  const protectedStore = () => new ProtectedStorage(() => shared, { ttlMs: REMINDER_KEEP_DAYS * DAY_MS, now: clock.now, tombstoneMs: 0 });
  return [new ReminderStore(protectedStore(), clock.now), new ReminderStore(protectedStore(), clock.now)];
}

async function addMany(store: ReminderStore, count: number, dueIn: number): Promise<void> {
  for (let n = 0; n < count; n += 1) await store.add({ reference: reference(n), locale: n % 2 ? 'zh-CN' : 'en', dueAt: START + dueIn, earlier: null });
}

describe('one process store: the schedule and the lease', () => {
  it('nothing is sent before the window opens; once the clock reaches it, each reminder once, and then it is gone', async () => {
    const clock = new Clock();
    const [store] = memoryStores(clock);
    const { send, sent } = recorder();
    const scheduler = new ReminderScheduler(store, send, logger([]), { instanceId: 'a', now: clock.now });
    await addMany(store, 3, 2 * WEEK);
    expect((await scheduler.tick()).sent).toBe(0);
    clock.move(2 * WEEK - 60_000);
    expect((await scheduler.tick()).sent).toBe(0);
    clock.move(60_000);
    expect((await scheduler.tick()).sent).toBe(3);
    expect(sent.sort()).toEqual(['a:conversation-secret-0', 'a:conversation-secret-1', 'a:conversation-secret-2']);
    expect((await scheduler.tick()).sent).toBe(0);
    expect(await store.findFor('msteams', 'a:conversation-secret-0')).toBeNull();
  });

  it('two instances ticking at once send each of 25 due reminders exactly once (the eTag-conditional lease decides)', async () => {
    const clock = new Clock();
    const [a, b] = memoryStores(clock);
    const { send, sent } = recorder();
    await addMany(a, 25, WEEK);
    clock.move(WEEK);
    const lines: LogLine[] = [];
    const [ra, rb] = await Promise.all([
      new ReminderScheduler(a, send, logger(lines), { instanceId: 'a', now: clock.now }).tick(),
      new ReminderScheduler(b, send, logger(lines), { instanceId: 'b', now: clock.now }).tick(),
    ]);
    expect(sent).toHaveLength(25);
    expect(new Set(sent).size).toBe(25);
    expect(ra.sent + rb.sent).toBe(25);
    expect(ra.skipped + rb.skipped).toBeGreaterThan(0);
  });

  it('STOP (or delete my data) before the window: the reminder is gone and never sent', async () => {
    const clock = new Clock();
    const [store] = memoryStores(clock);
    const { send, sent } = recorder();
    await addMany(store, 2, WEEK);
    expect(await store.deleteFor('msteams', 'a:conversation-secret-1')).toBe(true);
    clock.move(WEEK);
    await new ReminderScheduler(store, send, logger([]), { instanceId: 'a', now: clock.now }).tick();
    expect(sent).toEqual(['a:conversation-secret-0']);
  });

  it('a failed send is tried again on later ticks, then dropped after 3 tries, logged with no id in clear', async () => {
    const clock = new Clock();
    const [store] = memoryStores(clock);
    const lines: LogLine[] = [];
    let tries = 0;
    const failing: ReminderSend = () => {
      tries += 1;
      return Promise.reject(new Error('403 from a:conversation-secret-0'));
    };
    await addMany(store, 1, WEEK);
    clock.move(WEEK);
    const scheduler = new ReminderScheduler(store, failing, logger(lines), { instanceId: 'a', now: clock.now });
    expect((await scheduler.tick()).failed).toBe(1);
    expect((await scheduler.tick()).failed).toBe(1);
    expect((await scheduler.tick()).dropped).toBe(1);
    expect((await scheduler.tick()).dropped).toBe(0);
    expect(tries).toBe(3);
    expect(lines.some((l) => l.level === 'warn' && JSON.stringify(l.obj).includes('reminder_dropped'))).toBe(true);
    expect(JSON.stringify(lines)).not.toMatch(/secret|29:|a:conv|[0-9a-f]{8}-[0-9a-f]{4}-/);
  });

  it('once sent, only an agreed earlier result stays, for the next check; STOP removes that too', async () => {
    const clock = new Clock();
    const [store] = memoryStores(clock);
    const { send } = recorder();
    await store.add({ reference: reference(1), locale: 'en', dueAt: START + WEEK, earlier: { alt: 64, uln: 40, date: '2026-11-20' } });
    await store.add({ reference: reference(2), locale: 'en', dueAt: START + WEEK, earlier: null });
    await store.add({ reference: reference(3), locale: 'en', dueAt: START + WEEK, earlier: { alt: 70, uln: 40, date: '2026-11-20' } });
    clock.move(WEEK);
    expect((await new ReminderScheduler(store, send, logger([]), { instanceId: 'a', now: clock.now }).tick()).sent).toBe(3);
    expect(await store.takeCarried('msteams', 'a:conversation-secret-2')).toBeNull();
    expect(await store.deleteFor('msteams', 'a:conversation-secret-3')).toBe(true);
    expect(await store.takeCarried('msteams', 'a:conversation-secret-3')).toBeNull();
    expect(await store.takeCarried('msteams', 'a:conversation-secret-1')).toEqual({ alt: 64, uln: 40, date: '2026-11-20' });
    // Taken once: the next check's start removed it.
    expect(await store.takeCarried('msteams', 'a:conversation-secret-1')).toBeNull();
  });

  it('a reminder not sent within 60 days (the scheduler was down) is deleted unsent', async () => {
    const clock = new Clock();
    const [store] = memoryStores(clock);
    const { send, sent } = recorder();
    await addMany(store, 1, WEEK);
    clock.move((REMINDER_KEEP_DAYS + 1) * DAY_MS);
    await new ReminderScheduler(store, send, logger([]), { instanceId: 'a', now: clock.now }).tick();
    expect(sent).toEqual([]);
    expect(await store.findFor('msteams', 'a:conversation-secret-0')).toBeNull();
  });

  it('keeps the earlier result only when given (agreed at opt-in), and keys hold no conversation id in clear', async () => {
    const clock = new Clock();
    const shared = new MemoryStore();
    const store = new ReminderStore(new ProtectedStorage(() => shared, { ttlMs: REMINDER_KEEP_DAYS * DAY_MS, now: clock.now, tombstoneMs: 0 }), clock.now);
    await store.add({ reference: reference(1), locale: 'en', dueAt: START + WEEK, earlier: { alt: 64, uln: 40, date: '2026-11-20' } });
    await store.add({ reference: reference(2, 'sms'), locale: 'en', dueAt: START + WEEK, earlier: null });
    expect((await store.findFor('msteams', 'a:conversation-secret-1'))?.earlier).toEqual({ alt: 64, uln: 40, date: '2026-11-20' });
    expect((await store.findFor('sms', 'a:conversation-secret-2'))?.earlier).toBeNull();
    expect(shared.keys().join('\n')).not.toMatch(/secret|29:/);
  });
});

describe('two instances on Azure Blob Storage (Azurite)', () => {
  let azurite: Azurite;
  beforeAll(async () => {
    azurite = await new Azurite().start();
  }, 60_000);
  afterAll(async () => {
    await azurite?.dispose();
  });

  it('each of 12 due reminders is sent exactly once by two instances with their own store clients', async () => {
    const clock = new Clock();
    const container = 'reminders';
    const client = () => new ProtectedStorage(() => new BlobsStorage(azurite.connectionString, container), { ttlMs: REMINDER_KEEP_DAYS * DAY_MS, now: clock.now });
    const a = new ReminderStore(client(), clock.now);
    const b = new ReminderStore(client(), clock.now);
    await addMany(a, 12, 2 * WEEK);
    const { send, sent } = recorder();
    const sa = new ReminderScheduler(a, send, logger([]), { instanceId: 'a', now: clock.now });
    const sb = new ReminderScheduler(b, send, logger([]), { instanceId: 'b', now: clock.now });
    await Promise.all([sa.tick(), sb.tick()]);
    expect(sent).toEqual([]);
    clock.move(2 * WEEK);
    const [ra, rb] = await Promise.all([sa.tick(), sb.tick()]);
    expect(new Set(sent).size).toBe(12);
    expect(sent).toHaveLength(12);
    expect(ra.sent + rb.sent).toBe(12);
    // Sent and removed: a later tick on either instance sends nothing more.
    const [again1, again2] = await Promise.all([sa.tick(), sb.tick()]);
    expect(again1.sent + again2.sent).toBe(0);
    expect(sent).toHaveLength(12);
  }, 60_000);
});

describe('reminderSender: the proactive send through the adapter', () => {
  it('continues the kept conversation with the bot app id, sending only the reminder text in the kept language', async () => {
    const calls: { appId: string; reference: Partial<ConversationReference>; sent: unknown[] }[] = [];
    const adapter = {
      continueConversationAsync: async (appId: string, ref: Partial<ConversationReference>, logic: (context: Pick<TurnContext, 'sendActivity'>) => Promise<void>) => {
        const sent: unknown[] = [];
        const context: Pick<TurnContext, 'sendActivity'> = { sendActivity: (a) => Promise.resolve(void sent.push(a)) };
        await logic(context);
        calls.push({ appId, reference: ref, sent });
      },
    };
    const send = reminderSender(adapter, 'app-id');
    const reminder: Reminder = { id: 'r', reference: reference(7), locale: 'zh-CN', dueAt: START, expiresAt: START + DAY_MS, earlier: null, attempts: 0, claim: null };
    await send(reminder);
    expect(calls).toHaveLength(1);
    expect(calls[0]?.appId).toBe('app-id');
    expect(calls[0]?.reference).toBe(reminder.reference);
    expect(calls[0]?.sent).toEqual([{ type: 'message', text: translator('zh-CN')('reminder.message'), textFormat: 'plain' }]);
  });
});
