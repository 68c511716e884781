import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type StartedApp } from '../helpers/app';
import { FakeChannel, activityFrom } from '../helpers/fakeChannel';

/**
 * Issue 23 item 4: on loopback without an app id, a DNS-rebound page (a foreign Host or Origin) got 200 from
 * /api/messages and could make the bot post to any loopback port and read replies. The token route's Host/Origin
 * check now applies there too.
 */
let channel: FakeChannel;
let app: StartedApp;

beforeAll(async () => {
  channel = await new FakeChannel().start();
  app = await startApp({});
});
afterAll(async () => {
  await app.app.close();
  await channel.stop();
});

/** Posts with the given Host and Origin headers (fetch may not set Host). */
function post(headers: Record<string, string>): Promise<number> {
  const url = new URL(`${app.url}/api/messages`);
  const body = JSON.stringify(activityFrom(channel, 'rebound', { text: 'hi' }));
  return new Promise((resolve, reject) => {
    const req = request({ host: url.hostname, port: url.port, path: url.pathname, method: 'POST', headers: { 'content-type': 'application/json', ...headers } }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode ?? 0));
    });
    req.on('error', reject);
    req.end(body);
  });
}

describe('/api/messages on an anonymous loopback server', () => {
  it('refuses a foreign Host (DNS rebinding) and a foreign Origin with 403', async () => {
    const own = new URL(app.url).host;
    expect(await post({ host: `evil.example:${new URL(app.url).port}`, origin: `http://evil.example:${new URL(app.url).port}` })).toBe(403);
    expect(await post({ host: `evil.example:${new URL(app.url).port}` })).toBe(403);
    expect(await post({ host: own, origin: 'http://evil.example' })).toBe(403);
  });

  it('takes a local program (loopback Host, no Origin) as before', async () => {
    expect(await post({ host: new URL(app.url).host })).toBe(200);
    expect(await post({ host: `localhost:${new URL(app.url).port}` })).toBe(200);
  });
});

describe('the serviceUrl of an anonymous loopback server is pinned (issue 23)', () => {
  it('a loopback serviceUrl not listed in LOCAL_SERVICE_URLS gets 403, and nothing is posted to it', async () => {
    // Another program on this machine, on another loopback port: a DNS-rebound page could name it as the serviceUrl.
    const foreign = await new FakeChannel().start();
    try {
      const url = new URL(foreign.url);
      for (const serviceUrl of [foreign.url, `${foreign.url}/any/path`, `http://localhost:${url.port}`, `http://127.0.0.2:${url.port}`]) {
        const res = await fetch(`${app.url}/api/messages`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(activityFrom(channel, 'pinned', { text: 'hi', serviceUrl })),
        });
        expect(res.status, serviceUrl).toBe(403);
      }
      // The listed channel still gets its replies, so the refusals above were not for some other reason.
      const ok = await fetch(`${app.url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(activityFrom(channel, 'pinned-ok', { text: 'hi' })) });
      expect(ok.status).toBe(200);
      expect((await channel.waitFor('pinned-ok', 1)).length).toBeGreaterThan(0);
      await new Promise((r) => setTimeout(r, 200));
      expect(foreign.received).toEqual([]);
      expect(channel.repliesIn('pinned')).toEqual([]);
    } finally {
      await foreign.stop();
    }
  });

  it("the server's own origin is accepted, and LOCAL_SERVICE_URLS replaces the default list", async () => {
    const own = await fetch(`${app.url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(activityFrom(channel, 'own', { text: 'hi', serviceUrl: app.url })) });
    expect(own.status).not.toBe(403);
    const other = await startApp({ LOCAL_SERVICE_URLS: 'http://localhost:9' });
    try {
      const res = await fetch(`${other.url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(activityFrom(channel, 'not-listed', { text: 'hi' })) });
      expect(res.status).toBe(403);
      await new Promise((r) => setTimeout(r, 200));
      expect(channel.repliesIn('not-listed')).toEqual([]);
    } finally {
      await other.app.close();
    }
  });
});
