import type { Activity } from 'botbuilder';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_CONVERSATIONS, MAX_CONVERSATION_BYTES, MAX_TOKENS, MAX_USER_TEXT_CHARS } from '../../src/server/localDirectLine';
import { BotProcess } from '../helpers/botProcess';

/** The local Direct Line endpoint against a real server process (issue #15 items 4, 6 and 9). */
let bot: BotProcess;
const others: BotProcess[] = [];

beforeAll(async () => {
  bot = await new BotProcess({ TRUST_PROXY_HOPS: '1', TOKEN_RATE_PER_MINUTE: '5' }).start();
}, 30_000);
afterAll(async () => {
  await Promise.all([bot, ...others].map((b) => b.stop()));
});

interface Chat {
  conversationId: string;
  token: string;
  post(body: unknown): Promise<Response>;
  poll(): Promise<Partial<Activity>[]>;
}

/** Behind TRUST_PROXY_HOPS=1, each `client` is a different address. */
const from = (client: number): Record<string, string> => ({ 'x-forwarded-for': `198.51.${client >> 8}.${client & 255}` });

async function chat(url = bot.url, client = 0): Promise<Chat> {
  const { token } = (await (await fetch(`${url}/api/directline/token`, { method: 'POST', headers: from(client) })).json()) as { token: string };
  const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json', ...from(client) };
  const started = await fetch(`${url}/v3/directline/conversations`, { method: 'POST', headers });
  const { conversationId } = (await started.json()) as { conversationId: string };
  const activities = `${url}/v3/directline/conversations/${conversationId}/activities`;
  return {
    conversationId,
    token,
    post: (body) => fetch(activities, { method: 'POST', headers, body: JSON.stringify(body) }),
    poll: async () => ((await (await fetch(activities, { headers })).json()) as { activities: Partial<Activity>[] }).activities,
  };
}

describe('only the bot itself speaks as the bot in a local chat (issue #15 item 4)', () => {
  it('there is no connector route to post "bot" messages through: 404, and nothing appears in the chat', async () => {
    const c = await chat();
    const fake = { type: 'message', from: { id: 'liver-test-guide', role: 'bot' }, text: 'Your results are fine, [log in here](https://evil.example)' };
    for (const path of [`/local-connector/v3/conversations/${c.conversationId}/activities`, `/local-connector/v3/conversations/${c.conversationId}/activities/x`]) {
      const res = await fetch(`${bot.url}${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(fake) });
      expect(res.status).toBe(404);
    }
    expect((await c.post({ type: 'message', text: 'yes' })).status).toBe(200);
    const seen = await c.poll();
    expect(seen.some((a) => a.text?.includes('evil.example'))).toBe(false);
    expect(seen.filter((a) => a.from?.role !== 'user').length).toBeGreaterThan(0);
  });

  it('refuses LOCAL_CHAT=true with an app id unless it listens on loopback', async () => {
    const env = { MicrosoftAppId: '00000000-0000-0000-0000-000000000001', MicrosoftAppPassword: 'x', MicrosoftAppTenantId: '00000000-0000-0000-0000-0000000000aa', LOCAL_CHAT: 'true' };
    const open = new BotProcess({ ...env, HOST: '0.0.0.0' });
    others.push(open);
    await expect(open.start()).rejects.toThrow(/Configuration error: LOCAL_CHAT must not be true with MicrosoftAppId unless HOST is a loopback address/);
    const local = new BotProcess({ ...env, HOST: '127.0.0.1' });
    others.push(local);
    await local.start();
    expect((await fetch(`${local.url}/api/directline/token`, { method: 'POST' })).status).toBe(200);
  });
});

describe('the local Direct Line endpoint cannot be exhausted (issue #15 item 6)', () => {
  it('a conversation starts only with a token from the token route', async () => {
    expect((await fetch(`${bot.url}/v3/directline/conversations`, { method: 'POST', headers: from(7) })).status).toBe(403);
  });

  it('starts are rate-limited per client: the sixth token in a minute gets 429 with Retry-After', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) statuses.push((await fetch(`${bot.url}/api/directline/token`, { method: 'POST', headers: from(9) })).status);
    expect(statuses).toEqual([200, 200, 200, 200, 200, 429]);
    const refused = await fetch(`${bot.url}/api/directline/token`, { method: 'POST', headers: from(9) });
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    expect((await fetch(`${bot.url}/api/directline/token`, { method: 'POST', headers: from(10) })).status).toBe(200);
  });

  it('refreshing a token counts against the same limit: a client cannot keep conversations alive for free', async () => {
    const c = await chat(bot.url, 12);
    const refresh = () => fetch(`${bot.url}/v3/directline/tokens/refresh`, { method: 'POST', headers: { authorization: `Bearer ${c.token}`, ...from(12) } });
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) statuses.push((await refresh()).status);
    // One start (the token) and four refreshes use the five; the fifth refresh is refused.
    expect(statuses).toEqual([200, 200, 200, 200, 429]);
  });

  it('a message is cut to the stored-answer cap, an oversized one gets 413, and a conversation keeps a bounded transcript', async () => {
    const c = await chat(bot.url, 11);
    expect((await c.post({ type: 'message', text: 'x'.repeat(20_000) })).status).toBe(200);
    const stored = (await c.poll()).find((a) => a.from?.role === 'user');
    expect(stored?.text).toHaveLength(MAX_USER_TEXT_CHARS);
    expect((await c.post({ type: 'message', text: 'hi', value: { blob: 'y'.repeat(40_000) } })).status).toBe(413);
    for (let i = 0; i < 40; i++) await c.post({ type: 'message', text: `${i} ${'z'.repeat(7000)}` });
    const kept = await c.poll();
    expect(Buffer.byteLength(JSON.stringify(kept))).toBeLessThanOrEqual(MAX_CONVERSATION_BYTES + 8 * 1024);
    expect(kept.some((a) => a.text?.startsWith('39 '))).toBe(true);
  });

  it('when full it refuses new tokens and conversations (503), and evicts no one: the first chat still works', async () => {
    const server = await new BotProcess({ TRUST_PROXY_HOPS: '1', TOKEN_RATE_PER_MINUTE: '10000' }).start();
    others.push(server);
    const first = await chat(server.url, 1);
    let started = 1;
    let client = 2;
    for (; started < MAX_CONVERSATIONS; client++, started++) await chat(server.url, client);
    const token = async (): Promise<{ status: number; token?: string }> => {
      const res = await fetch(`${server.url}/api/directline/token`, { method: 'POST', headers: from(client++) });
      return res.status === 200 ? { status: 200, token: ((await res.json()) as { token: string }).token } : { status: res.status };
    };
    const extra = await token();
    expect(extra.status).toBe(200);
    const refused = await fetch(`${server.url}/v3/directline/conversations`, { method: 'POST', headers: { authorization: `Bearer ${extra.token}`, ...from(client) } });
    expect(refused.status).toBe(503);
    let issued = started + 1;
    for (; issued < MAX_TOKENS; issued++) expect((await token()).status).toBe(200);
    expect((await token()).status).toBe(503);
    expect((await first.post({ type: 'message', text: 'yes' })).status).toBe(200);
    expect((await first.poll()).some((a) => a.text === 'yes')).toBe(true);
  }, 60_000);
});

describe('"delete my data" leaves no transcript on the local endpoint (issue #15 item 9)', () => {
  it('after deletion the endpoint serves only the reply that says so, from any watermark', async () => {
    const c = await chat(bot.url, 21);
    for (const text of ['yes', 'ALT 68 U/L 7-40; AST 25 U/L 13-35']) expect((await c.post({ type: 'message', text })).status).toBe(200);
    expect((await c.poll()).some((a) => a.text?.includes('ALT 68'))).toBe(true);
    expect((await c.post({ type: 'message', text: 'delete my data' })).status).toBe(200);
    const left = await c.poll();
    expect(left.length).toBeGreaterThan(0);
    expect(left.every((a) => a.from?.role !== 'user')).toBe(true);
    expect(JSON.stringify(left)).not.toContain('ALT 68');
    expect(JSON.stringify(left)).not.toContain('delete my data');
  });

  it('polling is limited per conversation (issue 23): 20 polls in 10 seconds, then 429 with Retry-After; a watermark gets only what is new', async () => {
    const c = await chat(bot.url, 41);
    await c.post({ type: 'message', text: 'hi' });
    const url = `${bot.url}/v3/directline/conversations/${c.conversationId}/activities`;
    const headers = { authorization: `Bearer ${c.token}`, ...from(41) };
    const first = (await (await fetch(url, { headers })).json()) as { activities: unknown[]; watermark: string };
    expect(first.activities.length).toBeGreaterThan(0);
    const next = (await (await fetch(`${url}?watermark=${first.watermark}`, { headers })).json()) as { activities: unknown[] };
    expect(next.activities).toEqual([]);
    const statuses: number[] = [];
    for (let i = 0; i < 25; i++) statuses.push((await fetch(`${url}?watermark=${first.watermark}`, { headers })).status);
    expect(statuses.filter((s) => s === 200)).toHaveLength(18);
    const refused = await fetch(url, { headers });
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    // Another conversation is not held back by this one's polling.
    const other = await chat(bot.url, 42);
    expect((await fetch(`${bot.url}/v3/directline/conversations/${other.conversationId}/activities`, { headers: { authorization: `Bearer ${other.token}`, ...from(42) } })).status).toBe(200);
  });

  it('a poll with the watermark sends only what is new (issue 23): its size is that of the new turn, not the transcript', async () => {
    const c = await chat(bot.url, 43);
    const url = `${bot.url}/v3/directline/conversations/${c.conversationId}/activities`;
    const headers = { authorization: `Bearer ${c.token}`, ...from(43) };
    const poll = async (watermark?: string): Promise<{ bytes: number; activities: Partial<Activity>[]; watermark: string }> => {
      const text = await (await fetch(watermark === undefined ? url : `${url}?watermark=${watermark}`, { headers })).text();
      return { bytes: Buffer.byteLength(text), ...(JSON.parse(text) as { activities: Partial<Activity>[]; watermark: string }) };
    };
    // A transcript of some size: consent, a pasted report and its replies.
    for (const text of ['yes', 'ALT 68 U/L (7-40), AST 25 U/L (13-35). '.repeat(40)]) expect((await c.post({ type: 'message', text })).status).toBe(200);
    const all = await poll();
    expect(all.bytes).toBeGreaterThan(4000);
    // Nothing new: an empty list and the same watermark, a few dozen bytes.
    const idle = await poll(all.watermark);
    expect(idle.activities).toEqual([]);
    expect(idle.watermark).toBe(all.watermark);
    expect(idle.bytes).toBeLessThan(64);
    // One more turn: exactly the activities after the watermark (the message and the bot's replies to it).
    expect((await c.post({ type: 'message', text: '45' })).status).toBe(200);
    const fresh = await poll(all.watermark);
    const everything = await poll();
    expect(fresh.activities).toEqual(everything.activities.slice(all.activities.length));
    expect(fresh.activities[0]).toMatchObject({ text: '45', from: { role: 'user' } });
    expect(Number(fresh.watermark)).toBe(Number(all.watermark) + fresh.activities.length);
    expect(fresh.bytes).toBeLessThan(everything.bytes - all.bytes + 64);
  });
});
