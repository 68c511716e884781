import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(__dirname, '../..');

function runAssess(arg: string, stdin?: string) {
  return spawnSync(process.execPath, ['--import', 'tsx', 'src/assessment/cli.ts', arg], { cwd: root, input: stdin, encoding: 'utf8' });
}

describe('npm run assess (the CLI)', () => {
  it('prints the result JSON for an input file', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'assess-'));
    const file = path.join(dir, 'in.json');
    writeFileSync(file, JSON.stringify({ locale: 'en', sex: 'female', alt: 68, ast: 25, altRange: [7, 40], astRange: [13, 35], medications: ['lipiter'] }));
    const out = runAssess(file);
    expect(out.status).toBe(0);
    const result = JSON.parse(out.stdout) as { triage: string; factors: string[]; specVersion: string };
    expect(result.triage).toBe('routine');
    expect(result.factors).toContain('medication:atorvastatin');
    expect(result.specVersion).toBe('4');
  });

  it('accepts site and alcohol_dependence (version 3)', () => {
    const out = runAssess('-', JSON.stringify({ site: 'gb', sex: 'male', alt: 30, ast: 20, altRange: [0, 40], astRange: [0, 40], alcohol: { drinksPerWeek: 8.1 }, conditions: ['alcohol_dependence'] }));
    expect(out.status).toBe(0);
    const result = JSON.parse(out.stdout) as { triage: string; rules: string[]; notes: string[]; alcoholLimit: number; retest: unknown };
    expect(result).toMatchObject({ triage: 'soon', alcoholLimit: 8, retest: null });
    expect(result.rules).toEqual(expect.arrayContaining(['ALC-HEAVY', 'FACTOR-ALCOHOL']));
    expect(result.notes).toContain('alcohol_help');
  });

  it('a site that is not a two-letter code prints one line and exits 2', () => {
    const out = runAssess('-', JSON.stringify({ site: 'Britain', alt: 60, ast: 20 }));
    expect(out.status).toBe(2);
    expect(out.stderr).toMatch(/^invalid input: site: /);
  });

  it('reads standard input with -', () => {
    const out = runAssess('-', JSON.stringify({ alt: 500, ast: 30, altRange: [0, 40], astRange: [0, 40] }));
    expect(out.status).toBe(0);
    expect(JSON.parse(out.stdout)).toMatchObject({ triage: 'urgent', alt: { band: 'moderate' } });
  });

  it.each([
    ['{"alt": -1, "ast": 20}', /alt: not_positive/],
    ['{"alt": 60, "ast": 20, "altRange": [40, 7]}', /altRange: range_backwards/],
    ['{"alt": "high"}', /alt/],
    ['not json', /not valid JSON/],
  ])('bad input %s prints one line and exits 2', (stdin, message) => {
    const out = runAssess('-', stdin);
    expect(out.status).toBe(2);
    expect(out.stdout).toBe('');
    expect(out.stderr.trim().split('\n')).toHaveLength(1);
    expect(out.stderr).toMatch(message);
  });

  it('a missing file exits 2', () => {
    const out = runAssess('/nonexistent/in.json');
    expect(out.status).toBe(2);
    expect(out.stderr).toMatch(/cannot read/);
  });
});
