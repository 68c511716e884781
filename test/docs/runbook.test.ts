import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { configSchema } from '../../src/config';

/** The runbook (docs/operations.md) names only commands, settings, parameters and log events that exist (issue #25 item 11). */
const root = path.resolve(__dirname, '../..');
const operations = readFileSync(path.join(root, 'docs', 'operations.md'), 'utf8');
const start = operations.indexOf('## Runbook');
const end = operations.indexOf('\n## ', start + 5);
const runbook = operations.slice(start, end < 0 ? undefined : end);
const scripts = Object.keys((JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts);
const template = JSON.parse(readFileSync(path.join(root, 'infra', 'main.json'), 'utf8')) as {
  parameters: Record<string, unknown>;
  outputs: Record<string, unknown>;
  resources: { type: string; properties?: { siteConfig?: { appSettings?: { name: string }[] } } }[];
};
const appSettings = template.resources.flatMap((r) => r.properties?.siteConfig?.appSettings ?? []).map((s) => s.name);

function sources(dir: string): string {
  return readdirSync(dir)
    .map((f) => path.join(dir, f))
    .map((f) => (statSync(f).isDirectory() ? sources(f) : f.endsWith('.ts') ? readFileSync(f, 'utf8') : ''))
    .join('\n');
}

describe('the runbook', () => {
  it('has its sections', () => {
    for (const h of ['### Deploy', '### Rotate secrets', '### Watch and alert', '### A patient asks', '### Data flow', '### Roll back']) expect(runbook).toContain(h);
  });

  it('names only npm scripts that exist, and both data-request commands', () => {
    const named = [...runbook.matchAll(/npm run ([\w:-]+)/g)].map((m) => m[1] ?? '');
    expect(named).toEqual(expect.arrayContaining(['build', 'start:prod', 'data:delete', 'data:hash', 'teams:package']));
    for (const s of named) expect(scripts, s).toContain(s);
  });

  it('names only settings the service reads or the template sets', () => {
    const known = new Set([...Object.keys(configSchema.shape), ...appSettings]);
    const named = [...runbook.matchAll(/`([A-Z][A-Z0-9_]{3,}|Microsoft[A-Za-z]+)`/g)].map((m) => m[1] ?? '');
    expect(named.length).toBeGreaterThan(5);
    for (const n of named) expect(known.has(n), n).toBe(true);
  });

  it('names only template parameters, outputs and log fields that exist', () => {
    const code = sources(path.join(root, 'src'));
    const named = [...runbook.matchAll(/`([a-z]+[A-Z][A-Za-z]*)`/g)].map((m) => m[1] ?? '');
    expect(named).toEqual(expect.arrayContaining(['logIdSecret', 'botAuth', 'twilioAuthToken', 'directLineSecret']));
    for (const n of named) expect(n in template.parameters || n in template.outputs || new RegExp(`\\b${n}\\b`).test(code), n).toBe(true);
  });

  it('alerts only on log events the code writes', () => {
    const code = sources(path.join(root, 'src'));
    const events = [...runbook.matchAll(/event: "([a-z_]+)"/g)].map((m) => m[1] ?? '');
    expect(events.length).toBeGreaterThan(4);
    for (const e of events) expect(code, e).toContain(`event: '${e}'`);
  });
});
