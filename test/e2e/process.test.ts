import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { START_FLAGS } from '../../bench/processes';

const root = path.resolve(__dirname, '../..');

interface Running {
  child: ChildProcess;
  stdout: string[];
  stderr: string[];
  exited: Promise<number | null>;
}

const children: ChildProcess[] = [];
afterEach(() => {
  for (const c of children.splice(0)) if (c.exitCode === null) c.kill('SIGKILL');
});

function run(env: Record<string, string>): Running {
  const child = spawn(process.execPath, [...START_FLAGS, '--import', 'tsx', 'src/index.ts'], {
    cwd: root,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', HOST: '127.0.0.1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  const stdout: string[] = [];
  const stderr: string[] = [];
  child.stdout?.on('data', (d: Buffer) => stdout.push(...d.toString().split('\n').filter(Boolean)));
  child.stderr?.on('data', (d: Buffer) => stderr.push(...d.toString().split('\n').filter(Boolean)));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, stdout, stderr, exited };
}

async function waitForLine(lines: string[], pattern: RegExp, timeoutMs = 15_000): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const hit = lines.find((l) => pattern.test(l));
    if (hit) return hit;
    if (Date.now() > deadline) throw new Error(`no line matching ${pattern}; saw ${lines.join(' | ')}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe('the process', () => {
  it('starts quietly (JSON log lines only, no warnings), serves /healthz, and stops on SIGTERM within 5 s', async () => {
    const p = run({ PORT: '0' });
    const ready = JSON.parse(await waitForLine(p.stdout, /"event":"listening"/)) as { url: string };
    const health = await fetch(`${ready.url}/healthz`);
    expect(health.status).toBe(200);
    for (const line of p.stdout) {
      expect(() => {
        JSON.parse(line);
      }).not.toThrow();
    }
    expect(p.stderr).toEqual([]);
    const stopAt = Date.now();
    p.child.kill('SIGTERM');
    expect(await p.exited).toBe(0);
    expect(Date.now() - stopAt).toBeLessThan(5000);
  });

  it.each([
    [{ PORT: 'abc' }, /^Configuration error: PORT /],
    [{ MicrosoftAppType: 'Sometimes' }, /^Configuration error: MicrosoftAppType /],
    [{ MicrosoftAppId: 'abc' }, /^Configuration error: MicrosoftAppPassword is required when MicrosoftAppId is set$/],
    [{ MicrosoftAppType: 'SingleTenant', MicrosoftAppId: 'a', MicrosoftAppPassword: 'b' }, /^Configuration error: MicrosoftAppTenantId is required/],
    [{ SITE_COUNTRY: 'Britain' }, /^Configuration error: SITE_COUNTRY must be a two-letter country code/],
    [{ LOCAL_CHAT: 'maybe' }, /^Configuration error: LOCAL_CHAT must be true or false$/],
  ])('a bad value %j stops it with one clear line', async (env, message) => {
    const p = run(env);
    expect(await p.exited).toBe(1);
    expect(p.stderr).toHaveLength(1);
    expect(p.stderr[0]).toMatch(message);
  });
});
