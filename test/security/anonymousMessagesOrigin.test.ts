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
