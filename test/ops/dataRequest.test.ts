import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { BlobsStorage } from 'botbuilder-azure-blobs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config';
import { createLogger } from '../../src/logger';
import { createStorage } from '../../src/storage/createStorage';
import { stateKeys } from '../../src/tools/dataRequest';
import { LogCapture } from '../helpers/app';
import { Azurite } from '../helpers/azurite';
import { Conversation } from '../helpers/conversation';

/** A patient's data request, answered with the two commands of the Runbook, against Azurite (issue #25 item 11). */
const ROOT = path.resolve(__dirname, '../..');
const CONTAINER = 'request-state';
const PATIENT = '+15550100001';
const OTHER = '+15550100002';
const SECRET = 'f'.repeat(64);
let azurite: Azurite;

function env(): Record<string, string> {
  return { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', STATE_STORE: 'blob', BLOB_CONNECTION_STRING: azurite.connectionString, BLOB_CONTAINER: CONTAINER, LOG_ID_SECRET: SECRET };
}

/** The command as `npm run data:…` runs it (from source here, through tsx). */
function command(args: string[]): { code: number; out: string } {
  try {
    const out = execFileSync(process.execPath, ['--import', 'tsx', 'src/tools/dataRequest.ts', ...args], { cwd: ROOT, env: env(), encoding: 'utf8', stdio: 'pipe', timeout: 60_000 });
    return { code: 0, out: out.trim() };
  } catch (e) {
    const err = e as { status: number; stderr: string };
    return { code: err.status, out: err.stderr.trim() };
  }
}

async function smsChat(phone: string): Promise<void> {
  const c = new Conversation({ channelId: 'sms', conversationId: phone, storage: createStorage(loadConfig(env())) });
  c.adapter.conversation.user = { id: phone, name: 'patient' };
  await c.say('hi');
  await c.say('yes');
}

beforeAll(async () => {
  azurite = await new Azurite().start();
  await smsChat(PATIENT);
  await smsChat(OTHER);
}, 60_000);
afterAll(async () => {
  await azurite?.dispose();
});

describe('data requests', () => {
  it("deletes one person's state by channel and id, and only theirs", async () => {
    const raw = new BlobsStorage(azurite.connectionString, CONTAINER);
    // One item a conversation (issue #25 item 8): the person's profile is in the conversation's; the user key is
    // the old layout's, still deleted in case it was written before.
    expect(Object.keys(await raw.read(stateKeys('sms', PATIENT, PATIENT)))).toEqual([`sms/conversations/${PATIENT}/`]);
    const result = command(['delete', '--channel', 'sms', '--id', PATIENT]);
    expect(result).toEqual({ code: 0, out: 'deleted: 1 stored item(s) for that person; none left' });
    expect(result.out).not.toContain(PATIENT);
    // What stays is at most a tombstone with no state in it (issue #23: it refuses a stale write of an in-flight turn).
    const left = Object.values(await raw.read(stateKeys('sms', PATIENT, PATIENT))) as { v?: unknown; d?: number }[];
    for (const item of left) expect(item).toMatchObject({ v: {}, d: 1 });
    expect(Object.keys(await raw.read(stateKeys('sms', OTHER, OTHER)))).toEqual([`sms/conversations/${OTHER}/`]);
  }, 70_000);

  it('prints the hash an id has in the logs, with LOG_ID_SECRET', () => {
    const logs = new LogCapture();
    createLogger('info', logs, SECRET).info({ event: 'turn', conversationId: PATIENT });
    const logged = (JSON.parse(logs.lines[0] ?? '{}') as { conversationId: string }).conversationId;
    expect(command(['hash', '--id', PATIENT])).toEqual({ code: 0, out: logged });
    expect(logged).not.toContain('5550100001');
  }, 70_000);

  it('refuses without the arguments it needs, and says why', () => {
    expect(command(['delete', '--channel', 'sms']).code).toBe(2);
    expect(command(['hash']).out).toMatch(/^usage: /);
  }, 70_000);

  it('npm run data:delete and data:hash run the built command', () => {
    const scripts = (JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;
    expect(scripts['data:delete']).toBe('node dist/src/tools/dataRequest.js delete');
    expect(scripts['data:hash']).toBe('node dist/src/tools/dataRequest.js hash');
  });
});
