import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { START_FLAGS, nodeArgs } from '../../bench/processes';

/**
 * Issue 23, defence in depth: every way the service starts passes V8's
 * --enable-experimental-regexp-engine-on-excessive-backtracks, so a pattern that starts to backtrack without bound
 * falls back to V8's linear-time engine instead of taking the process's CPU.
 */
const FLAG = '--enable-experimental-regexp-engine-on-excessive-backtracks';
const ROOT = path.resolve(__dirname, '../..');
const scripts = (JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;

/** CPU milliseconds a node process with `flags` spends on an exponential pattern that must fail. */
function exponentialMatchCpuMs(flags: string[]): number {
  const script = `const t=process.cpuUsage();/^(?:\\d|\\d\\d)+$/.test('1'.repeat(60)+'x');const u=process.cpuUsage(t);console.log((u.user+u.system)/1000)`;
  const run = spawnSync(process.execPath, [...flags, '-e', script], { encoding: 'utf8', timeout: 20_000 });
  expect(run.status).toBe(0);
  return Number(run.stdout.trim());
}

describe('the regexp engine flag', () => {
  it('is passed by npm start, npm run dev, and so by every test and bench server process (nodeArgs)', () => {
    expect(scripts.start?.split(' ')).toContain(FLAG);
    expect(scripts.dev?.split(' ')).toContain(FLAG);
    expect(START_FLAGS).toContain(FLAG);
    expect(nodeArgs('src/index.ts')).toContain(FLAG);
  });

  it('makes an exponential pattern fail fast in a process started with the start flags', () => {
    // Without the flag this test takes 2^30 steps and the spawn times out; with it, V8 switches engines.
    expect(exponentialMatchCpuMs(START_FLAGS)).toBeLessThan(200);
  });
});
