import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config';
import { translator } from '../../src/i18n';
import { startApp, type StartedApp } from '../helpers/app';

const SECRET = 'direct-line-secret-never-in-a-browser';
let fakeDirectLine: Server;
let dlUrl = '';
const seen: { auth: string | undefined; body: string }[] = [];
const running: StartedApp[] = [];

beforeAll(async () => {
  fakeDirectLine = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      seen.push({ auth: req.headers.authorization, body: Buffer.concat(chunks).toString() });
      if (req.url !== '/v3/directline/tokens/generate' || req.headers.authorization !== `Bearer ${SECRET}`) {
        res.writeHead(403);
        res.end();
        return;
      }
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ conversationId: 'c1', token: 'short-lived-token', expires_in: 1800 }));
    });
  });
  await new Promise<void>((resolve) => fakeDirectLine.listen(0, '127.0.0.1', resolve));
  dlUrl = `http://127.0.0.1:${(fakeDirectLine.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise<void>((resolve) => fakeDirectLine.close(() => resolve()));
});
afterEach(async () => {
  await Promise.all(running.splice(0).map((s) => s.app.close()));
});

async function start(env: Record<string, string>): Promise<StartedApp> {
  const s = await startApp(env);
  running.push(s);
  return s;
}

const token = (url: string) => fetch(`${url}/api/directline/token`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"locale":"en-US"}' });

describe('POST /api/directline/token', () => {
  it('exchanges the Direct Line secret for a token bound to a user id; the secret never reaches the browser', async () => {
    const { url } = await start({ DIRECT_LINE_SECRET: SECRET, DIRECT_LINE_ENDPOINT: dlUrl, LOCAL_CHAT: 'false' });
    const res = await token(url);
    expect(res.status).toBe(200);
    const body = await res.text();
    expect(body).not.toContain(SECRET);
    const reply = JSON.parse(body) as { token: string; userId: string; domain: string; webSocket: boolean };
    expect(reply).toMatchObject({ token: 'short-lived-token', domain: `${dlUrl}/v3/directline`, webSocket: true });
    expect(reply.userId).toMatch(/^dl_/);
    expect(JSON.parse(seen.at(-1)?.body ?? '{}')).toEqual({ user: { id: reply.userId } });
  });

  it('is rate limited per client', async () => {
    const { url } = await start({ DIRECT_LINE_SECRET: SECRET, DIRECT_LINE_ENDPOINT: dlUrl, TOKEN_RATE_PER_MINUTE: '4' });
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) statuses.push((await token(url)).status);
    expect(statuses.slice(0, 2)).toEqual([200, 200]);
    expect(statuses).toContain(429);
  });

  it('answers 502 when Direct Line refuses, and 503 when nothing is configured', async () => {
    const wrong = await start({ DIRECT_LINE_SECRET: 'wrong', DIRECT_LINE_ENDPOINT: dlUrl });
    expect((await token(wrong.url)).status).toBe(502);
    const none = await start({ MicrosoftAppId: 'a', MicrosoftAppPassword: 'b', MicrosoftAppTenantId: 't' });
    expect((await token(none.url)).status).toBe(503);
  });

  it('locally, issues a token for the built-in endpoint (no web socket)', async () => {
    const { url } = await start({});
    const reply = (await (await token(url)).json()) as { domain: string; webSocket: boolean };
    expect(reply).toMatchObject({ domain: `${url}/v3/directline`, webSocket: false });
  });
});

describe('the hospital widget', () => {
  it('takes its name, colour and logo from config, with its words in the page language', async () => {
    const { url } = await start({ HOSPITAL_NAME: 'St Elsewhere', HOSPITAL_PRIMARY_COLOR: '#7A1F3D', HOSPITAL_LOGO_URL: 'https://hospital.example/logo.png' });
    const en = (await (await fetch(`${url}/api/widget/config?locale=en-GB`)).json()) as { name: string; color: string; logoUrl: string; strings: Record<string, string> };
    expect(en).toMatchObject({ name: 'St Elsewhere', color: '#7a1f3d', logoUrl: 'https://hospital.example/logo.png' });
    expect(en.strings.chatRegion).toBe(translator('en')('widget.chatRegion', { name: 'St Elsewhere' }));
    const zh = (await (await fetch(`${url}/api/widget/config?locale=zh-CN`)).json()) as { strings: Record<string, string> };
    expect(zh.strings.openChat).toBe(translator('zh-CN')('widget.openChat'));
    for (const file of ['/', '/widget.js', '/widget.css', '/embed.js', '/embed-demo.html']) expect((await fetch(`${url}${file}`)).status).toBe(200);
  });

  it('refuses a brand colour that would fail WCAG AA contrast with white text', () => {
    expect(() => loadConfig({ HOSPITAL_PRIMARY_COLOR: '#ffcc00' })).toThrow(/HOSPITAL_PRIMARY_COLOR must have a contrast of at least 4.5:1/);
    expect(loadConfig({ HOSPITAL_PRIMARY_COLOR: '#0B5394' }).hospital.color).toBe('#0b5394');
  });
});
