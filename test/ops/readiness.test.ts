import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import en from '../../locales/en.json';
import type { Storage } from 'botbuilder';
import { READY_CACHE_MS, READY_PROBE_KEY } from '../../src/server/readiness';
import { MemoryStore } from '../../src/storage/memoryStore';
import { startApp } from '../helpers/app';
import { Azurite } from '../helpers/azurite';
import { BotProcess } from '../helpers/botProcess';
import { LocalChat } from '../helpers/localChat';

/** /readyz against a real Blob store (Azurite) that goes away and comes back (issue #25 item 6). */
let azurite: Azurite;
let bot: BotProcess;

beforeAll(async () => {
  azurite = await new Azurite().start();
  bot = await new BotProcess({ STATE_STORE: 'blob', BLOB_CONNECTION_STRING: azurite.connectionString, BLOB_CONTAINER: 'ready-state' }).start();
}, 60_000);
afterAll(async () => {
  await bot?.stop();
  await azurite?.dispose();
});

/** Polls /readyz until it answers `status`, for at most the cache time and a store timeout. */
async function readyz(status: number): Promise<{ status: number; body: { status: string; down?: string[] } }> {
  const deadline = Date.now() + READY_CACHE_MS + 15_000;
  for (;;) {
    const res = await fetch(`${bot.url}/readyz`);
    const body = (await res.json()) as { status: string; down?: string[] };
    if (res.status === status || Date.now() > deadline) return { status: res.status, body };
    await new Promise((r) => setTimeout(r, 250));
  }
}

describe('/readyz', () => {
  it('answers 200 while the store answers, 503 naming the store while it is down, and 200 again once it is back', async () => {
    expect(await readyz(200)).toEqual({ status: 200, body: { status: 'ready' } });
    const chat = await LocalChat.open(bot.url);
    await chat.waitFor(en.consent.ask.slice(0, 40));

    await azurite.stop();
    const down = await readyz(503);
    expect(down).toEqual({ status: 503, body: { status: 'not ready', down: ['store'] } });
    expect(JSON.stringify(down.body)).not.toMatch(/devstoreaccount|AccountKey|127\.0\.0\.1/);
    expect((await fetch(`${bot.url}/healthz`)).status).toBe(200);
    expect((await chat.say('yes', 30_000)).join('\n')).toContain(en.errors.storeBusy);

    await azurite.start();
    expect(await readyz(200)).toEqual({ status: 200, body: { status: 'ready' } });
    expect((await chat.say('yes', 30_000)).join('\n')).toContain(en.consent.thanks);
  }, 90_000);

  it('keeps its answer for a few seconds: twenty probes make one store read', async () => {
    const memory = new MemoryStore();
    const reads: string[][] = [];
    const counting: Storage = {
      read: (keys) => {
        reads.push(keys);
        return memory.read(keys);
      },
      write: (changes) => memory.write(changes),
      delete: (keys) => memory.delete(keys),
    };
    const { app, url } = await startApp({}, counting);
    try {
      const answers = await Promise.all(Array.from({ length: 20 }, () => fetch(`${url}/readyz`).then((r) => r.status)));
      expect(answers).toEqual(Array.from({ length: 20 }, () => 200));
      expect(reads).toEqual([[READY_PROBE_KEY]]);
    } finally {
      await app.close();
    }
  });
});
