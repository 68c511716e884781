import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULES } from '../../src/assessment/rules';
import { SPEC_VERSION } from '../../src/assessment/types';

const spec = readFileSync(path.resolve(__dirname, '../../docs/clinical-spec.md'), 'utf8');

describe('rule ids and the clinical spec', () => {
  it('is the version the spec states', () => {
    expect(spec).toMatch(new RegExp(`^# Clinical specification, version ${SPEC_VERSION}\\b`, 'm'));
  });
  it.each(Object.keys(RULES))('%s stands in the spec', (id) => {
    expect(spec).toMatch(new RegExp(`\\b${id.replace(/-/g, '\\-')}\\b`));
  });
  it.each(Object.entries(RULES))('%s cites sources the spec lists', (_id, { sources }) => {
    for (const source of sources) expect(spec).toContain(`[${source}]`);
  });
  it.each(Object.entries(RULES).filter(([, r]) => r.when))('%s sets the level of its row in §5', (id, { level }) => {
    const row = spec.split('\n').find((l) => l.startsWith(`| ${id} |`));
    expect(row, `${id} has a row in §5`).toBeDefined();
    expect(row?.split('|')[3]?.trim().split(/\W/)[0]).toBe(level);
  });
  it('knows every rule id the spec defines', () => {
    const inSpec = new Set(spec.match(/\b(?:UNIT|VALUE|AGE|ULN|BAND|PATTERN|RF|SYM|COND|FACTOR|MED|RETEST|ALC|ASK|SAY)-[A-Z][A-Z-]*[A-Z]\b/g) ?? []);
    for (const id of inSpec) expect(Object.keys(RULES), id).toContain(id);
  });
});
