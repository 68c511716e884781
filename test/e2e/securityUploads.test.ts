import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BotProcess } from '../helpers/botProcess';

/**
 * Issue #15 item 2, against real server processes: only JSON is accepted where JSON is expected (415 otherwise),
 * before authentication, and no upload ever reaches the disk (each process has a temp folder of its own to check).
 */
const APP = { MicrosoftAppId: '00000000-0000-0000-0000-000000000001', MicrosoftAppPassword: 'not-a-real-secret', MicrosoftAppTenantId: '00000000-0000-0000-0000-0000000000aa', LOCAL_CHAT: 'true' };

interface Running {
  bot: BotProcess;
  tmp: string;
}
const running: Running[] = [];

async function start(env: Record<string, string>): Promise<Running> {
  const tmp = mkdtempSync(path.join(tmpdir(), 'ltg-uploads-'));
  const bot = await new BotProcess({ ...env, TMPDIR: tmp, MAX_BODY_KB: '64' }).start();
  const r = { bot, tmp };
  running.push(r);
  return r;
}

let anonymous: Running;
let withAppId: Running;
beforeAll(async () => {
  [anonymous, withAppId] = await Promise.all([start({}), start(APP)]);
}, 60_000);
afterAll(async () => {
  for (const r of running) {
    await r.bot.stop();
    rmSync(r.tmp, { recursive: true, force: true });
  }
});

/** What is in a process's temp folder, apart from tsx's compile cache (the test runs the bot from source). */
const leftIn = (tmp: string): string[] => readdirSync(tmp).filter((name) => !name.startsWith('tsx-'));

function upload(): FormData {
  const form = new FormData();
  form.append('type', 'message');
  form.append('file', new Blob([new Uint8Array(2 * 1024 * 1024).fill(65)]), 'report.pdf');
  return form;
}

const ROUTES = ['/api/messages', '/api/directline/token', '/v3/directline/conversations', '/v3/directline/conversations/abc/activities', '/v3/directline/tokens/refresh'];

describe('only JSON reaches the server, and nothing reaches the disk (issue #15 item 2)', () => {
  it.each(ROUTES)('a 2 MB multipart upload to %s gets 415, with and without an app id', async (route) => {
    for (const { bot, tmp } of [anonymous, withAppId]) {
      const res = await fetch(`${bot.url}${route}`, { method: 'POST', body: upload() });
      expect(res.status).toBe(415);
      expect(leftIn(tmp)).toEqual([]);
    }
  });

  it.each([
    ['text/plain', 'hello'],
    ['application/x-www-form-urlencoded', 'type=message&text=hi'],
    ['application/octet-stream', 'AAAA'],
    ['application/xml', '<activity/>'],
  ])('a %s body gets 415', async (type, body) => {
    for (const { bot } of [anonymous, withAppId]) {
      const res = await fetch(`${bot.url}/api/messages`, { method: 'POST', headers: { 'content-type': type }, body });
      expect(res.status).toBe(415);
    }
  });

  it('a compressed JSON body gets 415 (no gzip bomb is ever inflated)', async () => {
    const body = gzipSync(Buffer.from(JSON.stringify({ type: 'message', text: 'x'.repeat(10_000_000) })));
    const res = await fetch(`${anonymous.bot.url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json', 'content-encoding': 'gzip' }, body });
    expect(res.status).toBe(415);
  });

  it('a JSON body over MAX_BODY_KB gets 413; the temp folder stays empty; JSON still works', async () => {
    const res = await fetch(`${anonymous.bot.url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ type: 'message', text: 'x'.repeat(100 * 1024) }),
    });
    expect(res.status).toBe(413);
    const token = await fetch(`${anonymous.bot.url}/api/directline/token`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"locale":"en-US"}' });
    expect(token.status).toBe(200);
    const unauthenticated = await fetch(`${withAppId.bot.url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json; charset=utf-8' }, body: '{}' });
    expect(unauthenticated.status).toBe(400);
    for (const { tmp } of running) expect(leftIn(tmp)).toEqual([]);
  });
});
