import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Azurite } from '../helpers/azurite';

/**
 * Blob state through a token credential (the managed identity's path, issue #25 item 3) against Azurite with OAuth
 * on, which needs https: a throwaway certificate for 127.0.0.1 is made with openssl for this run.
 */
const root = path.resolve(__dirname, '../..');
let dir = '';
let azurite: Azurite;

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'oauth-'));
  execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '1', '-subj', '/CN=127.0.0.1', '-addext', 'subjectAltName=IP:127.0.0.1',
    '-keyout', path.join(dir, 'key.pem'), '-out', path.join(dir, 'cert.pem')], { stdio: 'ignore' });
  azurite = await new Azurite(['--oauth', 'basic', '--cert', path.join(dir, 'cert.pem'), '--key', path.join(dir, 'key.pem')]).start();
}, 60_000);
afterAll(async () => {
  await azurite?.dispose();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

function probe(env: Record<string, string>): { ok: boolean; read?: number; after?: string[]; error?: string; requests: number } {
  const out = execFileSync(process.execPath, ['--import', 'tsx', 'test/helpers/tokenBlobProbe.ts'], {
    cwd: root,
    encoding: 'utf8',
    timeout: 60_000,
    env: {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? '',
      NODE_EXTRA_CA_CERTS: path.join(dir, 'cert.pem'),
      STATE_STORE: 'blob',
      BLOB_SERVICE_URL: `https://127.0.0.1:${azurite.port}/devstoreaccount1`,
      BLOB_CONTAINER: 'identity-state',
      ...env,
    },
  });
  return JSON.parse(out.trim().split('\n').at(-1) ?? '{}') as ReturnType<typeof probe>;
}

describe('Blob state with a token credential (no key), against Azurite over https with OAuth', () => {
  it('writes, reads and deletes with a bearer token', () => {
    const result = probe({});
    expect(result).toMatchObject({ ok: true, read: 42, after: [] });
    expect(result.requests).toBeGreaterThan(0);
  }, 70_000);

  it('an expired token is refused: the store really checks the token', () => {
    expect(probe({ PROBE_TOKEN: 'expired' })).toMatchObject({ ok: false, error: 'StorageUnavailableError' });
  }, 70_000);
});
