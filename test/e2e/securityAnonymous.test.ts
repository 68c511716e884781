import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { networkInterfaces } from 'node:os';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BotProcess } from '../helpers/botProcess';
import { FakeChannel, activityFrom, postActivity } from '../helpers/fakeChannel';

/**
 * Issue #15 item 3, against real server processes: without an app id the bot listens on loopback unless
 * ALLOW_REMOTE_ANONYMOUS says otherwise, and never sends a reply to a serviceUrl off this machine.
 */

/** This machine's address on the network, if it has one (the tests that need it are skipped otherwise). */
const lanAddress = Object.values(networkInterfaces())
  .flat()
  .find((i) => i && i.family === 'IPv4' && !i.internal)?.address;

let channel: FakeChannel;
/** A server of "the caller's own", on the network, counting what the bot sends it. */
let attacker: Server;
let attackerUrl = 'https://attacker.example';
let attackerHits = 0;
const bots: BotProcess[] = [];

beforeAll(async () => {
  channel = await new FakeChannel().start();
  attacker = createServer((req, res) => {
    attackerHits += 1;
    req.resume();
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end('{"id":"stolen"}');
  });
  await new Promise<void>((resolve) => attacker.listen(0, '0.0.0.0', resolve));
  if (lanAddress) attackerUrl = `http://${lanAddress}:${(attacker.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await Promise.all(bots.map((b) => b.stop()));
  await channel.stop();
  attacker.closeAllConnections();
  await new Promise<void>((resolve) => attacker.close(() => resolve()));
});

async function start(env: Record<string, string>): Promise<BotProcess> {
  const bot = new BotProcess(env);
  bots.push(bot);
  return bot.start();
}

const portOf = (url: string): string => new URL(url).port;

describe('anonymous means local (issue #15 item 3)', () => {
  it('with no app id and no HOST, it listens on loopback only', async () => {
    const bot = await start({ HOST: '' });
    expect(new URL(bot.url).hostname).toBe('127.0.0.1');
    expect((await fetch(`${bot.url}/healthz`)).status).toBe(200);
    if (lanAddress) await expect(fetch(`http://${lanAddress}:${portOf(bot.url)}/healthz`)).rejects.toThrow();
  });

  it('with no app id, HOST=0.0.0.0 is refused with one clear line unless ALLOW_REMOTE_ANONYMOUS=true', async () => {
    await expect(start({ HOST: '0.0.0.0' })).rejects.toThrow(/Configuration error: HOST must be a loopback address/);
  });

  it('replies to an allowed loopback serviceUrl, and refuses any other (403; 400 when not http): the caller’s server gets nothing', async () => {
    const bot = await start({ HOST: '' });
    const id = 'anon-ok';
    expect((await postActivity(bot.url, activityFrom(channel, id, { text: 'hi' }))).status).toBe(200);
    expect((await channel.waitFor(id, 1)).length).toBeGreaterThan(0);

    for (const serviceUrl of [attackerUrl, 'https://attacker.example', 'http://0.0.0.0:9/', 'http://user:pw@127.0.0.1:9/', 'ftp://127.0.0.1/']) {
      const res = await postActivity(bot.url, { ...activityFrom(channel, 'anon-stolen', { text: 'yes' }), serviceUrl });
      expect(res.status, serviceUrl).toBe(serviceUrl.startsWith('ftp:') ? 400 : 403);
    }
    await new Promise((r) => setTimeout(r, 200));
    expect(attackerHits).toBe(0);
  });

  it.skipIf(!lanAddress)('ALLOW_REMOTE_ANONYMOUS=true: reachable on the network, the chat page works, and /api/messages sends nowhere', async () => {
    const bot = await start({ HOST: '0.0.0.0', ALLOW_REMOTE_ANONYMOUS: 'true' });
    const remote = `http://${lanAddress}:${portOf(bot.url)}`;
    expect((await fetch(`${remote}/healthz`)).status).toBe(200);
    const { token } = (await (await fetch(`${remote}/api/directline/token`, { method: 'POST' })).json()) as { token: string };
    const started = await fetch(`${remote}/v3/directline/conversations`, { method: 'POST', headers: { authorization: `Bearer ${token}` } });
    expect(started.status).toBe(201);

    const before = channel.received.length;
    for (const serviceUrl of [channel.url, attackerUrl]) {
      const res = await postActivity(remote, { ...activityFrom(channel, 'remote-anon', { text: 'hi' }), serviceUrl });
      expect(res.status).toBe(403);
    }
    await new Promise((r) => setTimeout(r, 200));
    expect(channel.received.length).toBe(before);
    expect(attackerHits).toBe(0);
  });
});
