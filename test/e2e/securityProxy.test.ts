import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BotProcess } from '../helpers/botProcess';

/**
 * Issue #15 item 7, against real server processes: the token route counts each client, not the proxy. With
 * TRUST_PROXY_HOPS=1 the client is the rightmost X-Forwarded-For entry (what the proxy saw), IPv6 grouped by /64;
 * with 0 (the default) the header is ignored, so it cannot be used to dodge the limit.
 */
const RATE = 3;
let direct: BotProcess;
let proxied: BotProcess;

beforeAll(async () => {
  [direct, proxied] = await Promise.all([
    new BotProcess({ TOKEN_RATE_PER_MINUTE: String(RATE) }).start(),
    new BotProcess({ TOKEN_RATE_PER_MINUTE: String(RATE), TRUST_PROXY_HOPS: '1' }).start(),
  ]);
}, 30_000);
afterAll(async () => {
  await Promise.all([direct.stop(), proxied.stop()]);
});

async function statuses(bot: BotProcess, forwardedFor: string[]): Promise<number[]> {
  const out: number[] = [];
  for (const xff of forwardedFor) out.push((await fetch(`${bot.url}/api/directline/token`, { method: 'POST', headers: { 'x-forwarded-for': xff } })).status);
  return out;
}

describe('rate limits count clients, not the proxy (issue #15 item 7)', () => {
  it('behind one trusted proxy, two patients each get their own limit', async () => {
    expect(await statuses(proxied, ['203.0.113.1', '203.0.113.1', '203.0.113.1', '203.0.113.1'])).toEqual([200, 200, 200, 429]);
    expect(await statuses(proxied, ['203.0.113.2'])).toEqual([200]);
  });

  it('entries a client adds on the left of X-Forwarded-For are not believed', async () => {
    const spoofed = ['10.0.0.1, 203.0.113.3', '10.0.0.2, 203.0.113.3', '10.0.0.3, 203.0.113.3', '10.0.0.4, 203.0.113.3'];
    expect(await statuses(proxied, spoofed)).toEqual([200, 200, 200, 429]);
  });

  it('a port after the address does not make a new client, and what is not an address is one shared client', async () => {
    expect(await statuses(proxied, ['9.9.9.9:1', '9.9.9.9:2', '[9.9.9.9]:3', '9.9.9.9:4'])).toEqual([200, 200, 200, 429]);
    expect(await statuses(proxied, ['[2001:db8:9:9::1]:443'])).toEqual([200]);
    expect(await statuses(proxied, ['not-an-ip-1', 'garbage 2', 'x3', 'unknown'])).toEqual([200, 200, 200, 429]);
  });

  it('IPv6 addresses are grouped by /64', async () => {
    const sameNetwork = ['2001:db8:1:2::1', '2001:db8:1:2::ffff', '2001:db8:1:2:abcd::9', '2001:db8:1:2::2'];
    expect(await statuses(proxied, sameNetwork)).toEqual([200, 200, 200, 429]);
    expect(await statuses(proxied, ['2001:db8:1:3::1'])).toEqual([200]);
  });

  it('with no trusted proxy (the default) X-Forwarded-For is ignored', async () => {
    expect(await statuses(direct, ['203.0.113.10', '203.0.113.11', '203.0.113.12', '203.0.113.13'])).toEqual([200, 200, 200, 429]);
  });
});
