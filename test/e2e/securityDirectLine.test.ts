import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeServer } from '../../bench/loopback';
import { startApp, type StartedApp } from '../helpers/app';

/** Issue #15 item 7 (Direct Line enhanced authentication): tokens are bound to the chat page's and the hospital's origins. */
let directLine: Server;
let directLineUrl = '';
const bodies: unknown[] = [];
const running: StartedApp[] = [];

beforeAll(async () => {
  directLine = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      bodies.push(JSON.parse(Buffer.concat(chunks).toString('utf8')));
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ conversationId: 'c', token: 'tok', expires_in: 1800 }));
    });
  });
  await new Promise<void>((resolve) => directLine.listen(0, '127.0.0.1', resolve));
  directLineUrl = `http://127.0.0.1:${(directLine.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await Promise.all(running.map((r) => r.app.close()));
  await closeServer(directLine);
});

describe('Direct Line tokens with trusted origins', () => {
  it('asks Direct Line for a token that works only from PUBLIC_URL and HOSPITAL_ORIGINS', async () => {
    const app = await startApp({
      DIRECT_LINE_SECRET: 'secret',
      DIRECT_LINE_ENDPOINT: directLineUrl,
      PUBLIC_URL: 'https://bot.st-elsewhere.example/',
      HOSPITAL_ORIGINS: 'https://www.st-elsewhere.example',
    });
    running.push(app);
    const res = await fetch(`${app.url}/api/directline/token`, { method: 'POST' });
    expect(res.status).toBe(200);
    const { userId } = (await res.json()) as { userId: string };
    expect(bodies.at(-1)).toEqual({ user: { id: userId }, trustedOrigins: ['https://bot.st-elsewhere.example', 'https://www.st-elsewhere.example'] });
    expect(userId).toMatch(/^dl_/);
  });
});
