import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { translator } from '../../src/i18n';
import { MemoryStore } from '../../src/storage/memoryStore';
import { startApp, type StartedApp } from '../helpers/app';
import { FakeChannel, activityFrom, postActivity } from '../helpers/fakeChannel';

/**
 * Issue #15 item 9 over HTTP (the real server, with the memory store it uses in production): deletion leaves no key
 * behind, an SMS user who has opted out can still have their data deleted, and consent names the channels' copies.
 */
let channel: FakeChannel;
let store: MemoryStore;
let app: StartedApp;

beforeAll(async () => {
  channel = await new FakeChannel().start();
  store = new MemoryStore();
  app = await startApp({}, store);
});
afterAll(async () => {
  await app.app.close();
  await channel.stop();
});

const keysOf = (id: string): string[] => store.keys().filter((k) => k.includes(id));

describe('deletion leaves no trace (issue #15 item 9)', () => {
  it('consent says that Teams, Direct Line and the SMS provider keep their own copies', async () => {
    for (const locale of ['en', 'zh-CN'] as const) {
      const ask = translator(locale)('consent.ask', { hours: 24 });
      expect(ask).toContain('Teams');
      expect(ask).toMatch(locale === 'en' ? /web chat.*text message/ : /网页聊天.*短信/);
    }
    const id = 'consent-copies';
    await postActivity(app.url, activityFrom(channel, id, { text: 'hi' }));
    expect((await channel.waitFor(id, 1)).map((a) => a.text).join('\n')).toContain(translator('en')('consent.ask', { hours: 24 }));
  });

  it('"delete my data" removes the keys themselves (user id and conversation id) from the memory store', async () => {
    const id = 'delete-keys';
    for (const text of ['hi', 'yes', 'ALT 68 U/L 7-40; AST 25 U/L 13-35']) await postActivity(app.url, activityFrom(channel, id, { text }));
    expect(keysOf(id).length).toBeGreaterThan(0);
    await postActivity(app.url, activityFrom(channel, id, { text: 'delete my data' }));
    expect(keysOf(id)).toEqual([]);
  });

  it('an SMS user who has opted out can still ask for deletion: all is deleted, and nothing is sent', async () => {
    const phone = '+15550001111';
    const sms = (text: string) => activityFrom(channel, phone, { channelId: 'sms', text, from: { id: phone, name: '' } });
    for (const text of ['hi', 'yes', 'ALT 68 U/L 7-40; AST 25 U/L 13-35', 'STOP']) await postActivity(app.url, sms(text));
    const sent = channel.repliesIn(phone).length;
    expect(keysOf(phone).length).toBeGreaterThan(0);
    expect((await postActivity(app.url, sms('delete my data'))).status).toBe(200);
    expect(keysOf(phone)).toEqual([]);
    await new Promise((r) => setTimeout(r, 100));
    expect(channel.repliesIn(phone).length).toBe(sent);
  });
});
