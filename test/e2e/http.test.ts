import { MemoryStorage, type Activity, type StoreItems } from 'botbuilder';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { translator } from '../../src/i18n';
import { startApp, type StartedApp } from '../helpers/app';
import { FakeChannel, activityFrom, postActivity } from '../helpers/fakeChannel';

const en = translator('en');
const zh = translator('zh-CN');

let channel: FakeChannel;
const running: StartedApp[] = [];

beforeAll(async () => {
  channel = await new FakeChannel().start();
});
afterAll(async () => {
  await channel.stop();
});
afterEach(async () => {
  await Promise.all(running.splice(0).map((s) => s.app.close()));
});

async function start(env: Record<string, string> = {}, storage?: MemoryStorage): Promise<StartedApp> {
  const s = await startApp(env, storage);
  running.push(s);
  return s;
}

describe('the service over HTTP, through a fake channel', () => {
  it('answers /healthz with status and version', async () => {
    const { url } = await start();
    const res = await fetch(`${url}/healthz`);
    expect(res.status).toBe(200);
    const body = (await res.json()) as { status: string; version: string };
    expect(Object.keys(body).sort()).toEqual(['status', 'version']);
    expect(body.status).toBe('ok');
    expect(body.version).toMatch(/^\d+\.\d+\.\d+/);
  });

  it('welcomes on conversationUpdate and replies to a message', async () => {
    const { url } = await start();
    const id = 'conv-http-1';
    const update = activityFrom(channel, id, { type: 'conversationUpdate', membersAdded: [{ id: `user-${id}`, name: 'Patient' }] });
    expect((await postActivity(url, update)).status).toBe(200);
    const welcome = await channel.waitFor(id, 1);
    expect(welcome.map((a) => a.text).join('\n')).toContain(en('welcome.intro'));
    expect(welcome.map((a) => a.text).join('\n')).toContain(en('consent.ask', { hours: 24 }));
    expect((await postActivity(url, activityFrom(channel, id, { text: 'yes' }))).status).toBe(200);
    const replies = await channel.waitFor(id, 2);
    expect(replies.map((a) => a.text).join('\n')).toContain(en('questions.results.ask'));
    expect(replies.every((a) => a.replyToId === undefined || typeof a.replyToId === 'string')).toBe(true);
  });

  it('with MicrosoftAppId set, refuses an unauthenticated request with 401', async () => {
    const { url } = await start({ MicrosoftAppId: '00000000-0000-0000-0000-000000000001', MicrosoftAppPassword: 'not-a-real-secret', MicrosoftAppTenantId: '00000000-0000-0000-0000-0000000000aa' });
    const res = await postActivity(url, activityFrom(channel, 'conv-auth', { text: 'hello' }));
    expect(res.status).toBe(401);
    expect(channel.repliesIn('conv-auth')).toEqual([]);
  });

  it('answers an oversized body with 413 and malformed JSON with 400, then serves the next request', async () => {
    const { url } = await start({ MAX_BODY_KB: '16' });
    const big = await postActivity(url, activityFrom(channel, 'conv-big', { text: 'x'.repeat(64 * 1024) }));
    expect(big.status).toBe(413);
    const bad = await fetch(`${url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"type": "message", ' });
    expect(bad.status).toBe(400);
    const noType = await fetch(`${url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '[1,2]' });
    expect(noType.status).toBe(400);
    const id = 'conv-after-bad';
    expect((await postActivity(url, activityFrom(channel, id, { text: 'hi' }))).status).toBe(200);
    expect((await channel.waitFor(id, 1)).map((a) => a.text).join('\n')).toContain(en('welcome.intro'));
  });

  it('a failing turn gets a kind apology in the person’s language; the log has the error and the id, not the words', async () => {
    class BrokenStorage extends MemoryStorage {
      override async read(): Promise<StoreItems> {
        throw new Error('store exploded while reading secret text');
      }
    }
    const { url, logs } = await start({}, new BrokenStorage());
    const id = 'conv-error';
    await postActivity(url, activityFrom(channel, id, { text: 'ALT 187 my private words', locale: 'zh-CN' }));
    const replies = await channel.waitFor(id, 1);
    expect(replies[0]?.text).toBe(zh('errors.apology'));
    expect(replies.map((a) => a.text).join()).not.toMatch(/The bot encountered an error/);
    const line = logs.lines.find((l) => l.includes('turn_error'));
    expect(line).toBeDefined();
    expect(line).not.toContain(id);
    expect(line).toMatch(/"conversationId":"h:[\w-]{16}"/);
    expect(logs.text).not.toContain('private words');
    expect(logs.text).not.toContain('secret text');
  });
});

describe('the local chat endpoint (Direct Line-compatible)', () => {
  async function dl(url: string, path: string, token: string, init: RequestInit = {}): Promise<Response> {
    return fetch(`${url}${path}`, { ...init, headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', ...(init.headers ?? {}) } });
  }

  it('starts a conversation, takes a message, and is polled for the welcome and the reply', async () => {
    const { url } = await start();
    const tokenRes = await fetch(`${url}/api/directline/token`, { method: 'POST' });
    const { token, domain } = (await tokenRes.json()) as { token: string; domain: string };
    expect(domain).toBe(`${url}/v3/directline`);
    const started = await dl(url, '/v3/directline/conversations', token, { method: 'POST' });
    expect(started.status).toBe(201);
    const { conversationId, expires_in } = (await started.json()) as { conversationId: string; expires_in: number };
    expect(expires_in).toBeGreaterThan(0);

    const poll = async (watermark?: string) => {
      const q = watermark ? `?watermark=${watermark}` : '';
      const res = await dl(url, `/v3/directline/conversations/${conversationId}/activities${q}`, token);
      return (await res.json()) as { activities: Partial<Activity>[]; watermark: string };
    };
    let first = await poll();
    // Polled about as Web Chat polls (once a second), within the local endpoint's limit of 20 polls in 10 s.
    for (let i = 0; i < 20 && first.activities.length < 2; i++) {
      await new Promise((r) => setTimeout(r, 700));
      first = await poll();
    }
    expect(first.activities.map((a) => a.text).join('\n')).toContain(en('welcome.intro'));

    const posted = await dl(url, `/v3/directline/conversations/${conversationId}/activities`, token, {
      method: 'POST',
      body: JSON.stringify({ type: 'message', text: 'yes', from: { id: 'someone-else' }, locale: 'en-US' }),
    });
    expect(posted.status).toBe(200);
    expect(((await posted.json()) as { id: string }).id).toMatch(/\|/);
    const next = await poll(first.watermark);
    expect(next.activities[0]).toMatchObject({ text: 'yes', from: { role: 'user' } });
    expect(next.activities[0]?.from?.id).toMatch(/^dl_/);
    expect(next.activities.map((a) => a.text).join('\n')).toContain(en('questions.results.ask'));

    const refreshed = await dl(url, '/v3/directline/tokens/refresh', token, { method: 'POST' });
    expect(refreshed.status).toBe(200);
    expect(await refreshed.json()).toMatchObject({ conversationId, token });
  }, 30_000);

  it('answers an activity without a type with 400, once, and keeps serving', async () => {
    const { url } = await start();
    const { token } = (await (await fetch(`${url}/api/directline/token`, { method: 'POST' })).json()) as { token: string };
    const { conversationId } = (await (await dl(url, '/v3/directline/conversations', token, { method: 'POST' })).json()) as { conversationId: string };
    const bad = await dl(url, `/v3/directline/conversations/${conversationId}/activities`, token, { method: 'POST', body: JSON.stringify({ text: 'no type' }) });
    expect(bad.status).toBe(400);
    const good = await dl(url, `/v3/directline/conversations/${conversationId}/activities`, token, { method: 'POST', body: JSON.stringify({ type: 'message', text: 'yes' }) });
    expect(good.status).toBe(200);
  });

  it('refuses a wrong token', async () => {
    const { url } = await start();
    const res = await dl(url, '/v3/directline/conversations', 'not-a-token', { method: 'POST' });
    expect(res.status).toBe(403);
    const poll = await dl(url, '/v3/directline/conversations/abc/activities', 'not-a-token');
    expect(poll.status).toBe(403);
  });

  it('serves the chat page and Web Chat from node_modules, not a CDN', async () => {
    const { url } = await start();
    const page = await (await fetch(`${url}/`)).text();
    expect(page).toContain('/vendor/webchat.js');
    expect(page).not.toMatch(/https?:\/\/(cdn|unpkg|jsdelivr)/);
    const bundle = await fetch(`${url}/vendor/webchat.js`);
    expect(bundle.status).toBe(200);
    expect((await bundle.text()).length).toBeGreaterThan(100_000);
  });

  it('is off when an app id is set, unless LOCAL_CHAT=true', async () => {
    const auth = { MicrosoftAppId: '00000000-0000-0000-0000-000000000001', MicrosoftAppPassword: 'x', MicrosoftAppTenantId: '00000000-0000-0000-0000-0000000000aa' };
    const off = await start(auth);
    expect((await fetch(`${off.url}/v3/directline/conversations`, { method: 'POST' })).status).toBe(404);
    const on = await start({ ...auth, LOCAL_CHAT: 'true' });
    expect((await fetch(`${on.url}/api/directline/token`, { method: 'POST' })).status).toBe(200);
  });
});
