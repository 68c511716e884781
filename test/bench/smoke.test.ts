import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(__dirname, '../..');

describe('the benchmark harness (a smoke run, so it cannot rot)', () => {
  it('drives the bot, the echo baseline and the dialog floor over HTTP and ends with one JSON line of figures', () => {
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'bench/run.ts', '--smoke'], { cwd: root, encoding: 'utf8', timeout: 200_000 });
    expect(run.status, run.stderr).toBe(0);
    const lines = run.stdout.trim().split('\n');
    const summary = JSON.parse(lines.at(-1) ?? '{}') as Record<string, number | boolean>;
    for (const key of ['turnsPerSecond', 'baselineTurnsPerSecond', 'throughputRatio', 'p99Ms', 'baselineP99Ms', 'nluMedianMs', 'startupMs', 'rssMbPer10k', 'stateBytesPerConversation', 'floorTurnsPerSecond', 'floorThroughputRatio', 'throughputRatioToFloor', 'floorP99Ms', 'blobTurnsPerSecond', 'blobP99Ms', 'blobStoreCallsPerTurn', 'telemetryTurnsPerSecond']) {
      expect(typeof summary[key], key).toBe('number');
      expect(summary[key] as number, key).toBeGreaterThan(0);
    }
    expect(summary.errors).toBe(0);
    expect(summary.turns as number).toBeGreaterThanOrEqual(3 * 11);
    expect(run.stdout).toMatch(/turns per second\s+[\d.]+\s+[\d.]+\s+[\d.]+\s+[\d.]+\s+[\d.]+/);
    expect(summary.throughputRatio).toBeCloseTo((summary.turnsPerSecond as number) / (summary.baselineTurnsPerSecond as number), 2);
    expect(summary.throughputRatioToFloor).toBeCloseTo((summary.turnsPerSecond as number) / (summary.floorTurnsPerSecond as number), 2);
    expect(run.stdout).toMatch(/p99 latency per turn \(ms\)/);
    // The Blob phase really goes to the store: a turn reads its state, and writes it when it changed (one state
    // object a turn, issue #25 item 8: one read and at most one write).
    expect(summary.blobStoreCallsPerTurn as number).toBeGreaterThanOrEqual(1);
    expect(summary.blobStoreCallsPerTurn as number).toBeLessThanOrEqual(2.1);
    expect(run.stdout).toMatch(/Blob \(Azurite\)\s+[\d.]+/);
  }, 230_000);
});
