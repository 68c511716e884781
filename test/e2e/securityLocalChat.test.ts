import type { Activity } from 'botbuilder';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BotProcess } from '../helpers/botProcess';

/** The local Direct Line endpoint against a real server process (issue #15 items 4, 6 and 9). */
let bot: BotProcess;
const others: BotProcess[] = [];

beforeAll(async () => {
  bot = await new BotProcess({}).start();
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

async function chat(url = bot.url): Promise<Chat> {
  const { token } = (await (await fetch(`${url}/api/directline/token`, { method: 'POST' })).json()) as { token: string };
  const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
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
    const env = { MicrosoftAppId: '00000000-0000-0000-0000-000000000001', MicrosoftAppPassword: 'x', LOCAL_CHAT: 'true' };
    const open = new BotProcess({ ...env, HOST: '0.0.0.0' });
    others.push(open);
    await expect(open.start()).rejects.toThrow(/Configuration error: LOCAL_CHAT must not be true with MicrosoftAppId unless HOST is a loopback address/);
    const local = new BotProcess({ ...env, HOST: '127.0.0.1' });
    others.push(local);
    await local.start();
    expect((await fetch(`${local.url}/api/directline/token`, { method: 'POST' })).status).toBe(200);
  });
});
