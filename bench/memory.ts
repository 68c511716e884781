import { MemoryStorage, TestAdapter, type StoreItems } from 'botbuilder';
import { loadConfig } from '../src/config';
import { createLogger } from '../src/logger';
import { createApp } from '../src/server/createServer';
import { ProtectedStorage } from '../src/storage/protectedStorage';
import { SCRIPTS, scriptLines } from './scripts';

/**
 * Memory of live conversations in the service as `npm start` builds it: real conversations are run part-way (as
 * live ones are), their stored state is measured, then copied to N conversations in the in-memory store, and the process's RSS is read after a full GC.
 * Prints one JSON line. Run with --expose-gc.
 */
async function main(): Promise<void> {
  const total = Number(process.argv[2] ?? 10_000);
  const memory = new MemoryStorage();
  const storage = new ProtectedStorage(() => memory, { ttlMs: 24 * 3_600_000 });
  // The whole service, as `npm start` builds it (routes, adapter, bot), holding its state in memory.
  const { bot } = createApp(loadConfig({ LOG_LEVEL: 'silent' }), createLogger('silent'), { storage });
  const samples = 30;
  const keys: string[][] = [];
  for (let i = 0; i < samples; i++) {
    const script = SCRIPTS[i % SCRIPTS.length] ?? SCRIPTS[0];
    if (!script) break;
    const adapter = new TestAdapter((context) => bot.run(context));
    const id = `sample-${i}`;
    const user = { id: `user-${i}`, name: 'Patient' };
    for (const text of scriptLines(script).slice(0, 7)) {
      await adapter.processActivity({ type: 'message', text, locale: script.locale, channelId: 'webchat', conversation: { id, isGroup: false, conversationType: 'personal', name: '' }, from: user });
    }
    keys.push([`webchat/conversations/${id}/`, `webchat/users/${user.id}/`]);
  }
  const sampled: StoreItems[] = [];
  let bytes = 0;
  for (const k of keys) {
    const items = await memory.read(k);
    sampled.push(items);
    bytes += Buffer.byteLength(JSON.stringify(items));
  }
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  const before = process.memoryUsage();
  for (let i = 0; i < total; i++) {
    const items = sampled[i % sampled.length] ?? {};
    const copy: StoreItems = {};
    for (const [key, value] of Object.entries(items)) {
      const { eTag: _eTag, ...rest } = value as { eTag?: string };
      copy[key.replace(/sample-\d+|user-\d+/, (m) => `${m}-copy-${i}`)] = rest;
    }
    await memory.write(copy);
  }
  gc?.();
  const after = process.memoryUsage();
  storage.close();
  const mb = (n: number): number => n / 1048576;
  process.stdout.write(
    `${JSON.stringify({
      conversations: total,
      stateBytesPerConversation: Math.round(bytes / keys.length),
      rssBeforeMb: mb(before.rss),
      rssMb: mb(after.rss),
      heapGrowthMb: mb(after.heapUsed - before.heapUsed),
    })}\n`,
  );
}

void main();
