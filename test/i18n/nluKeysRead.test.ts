import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';

/**
 * Issue 30 item 8: every word list in locales/nlu/ is read by the code. Each language's data is handed to the NLU
 * through recording proxies; every module of src/nlu is loaded (the readers compile their lists at start-up) and a
 * few replies are read (for what is read lazily). A key no code reads is a list nobody listens for: use it or
 * remove it.
 */
const read = new Set<string>();
const proxies = new WeakMap<object, object>();

function recording<T extends object>(target: T, at: string): T {
  const known = proxies.get(target);
  if (known) return known as T;
  const proxy = new Proxy(target, {
    get(t, key, receiver) {
      const value: unknown = Reflect.get(t, key, receiver);
      if (typeof key !== 'string' || Array.isArray(t)) return value;
      const here = at ? `${at}.${key}` : key;
      read.add(here);
      return value !== null && typeof value === 'object' && !Array.isArray(value) ? recording(value, here) : value;
    },
  });
  proxies.set(target, proxy);
  return proxy;
}

vi.mock('../../src/i18n/resources', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/i18n/resources')>();
  // Each language's file is recorded under its own name, so that a list read in one language only is found too.
  const data = Object.fromEntries(Object.entries(real.NLU_DATA).map(([l, n]) => [l, recording(n, l)])) as typeof real.NLU_DATA;
  return {
    ...real,
    NLU_DATA: data,
    NLU_SOURCES: real.NLU_SOURCES.map((n) => recording(n, '')),
    nluInScript: (script: Parameters<typeof real.nluInScript>[0]) => real.nluInScript(script).map((n) => recording(n, '')),
  };
});

/** Every path from the top of a file down to a list or a value: `glossaryAsk.pre`, `drinks.types` (not `$comment`s). */
function paths(tree: Record<string, unknown>, at = ''): string[] {
  return Object.entries(tree).filter(([k]) => !k.startsWith('$')).flatMap(([k, v]) => {
    const here = at ? `${at}.${k}` : k;
    return v !== null && typeof v === 'object' && !Array.isArray(v) ? [here, ...paths(v as Record<string, unknown>, here)] : [here];
  });
}

function modules(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? modules(path.join(dir, e.name)) : e.name.endsWith('.ts') ? [path.join(dir, e.name)] : [],
  );
}

describe('locales/nlu', () => {
  it('has no key that no code reads', async () => {
    const nluDir = path.resolve(__dirname, '../../src/nlu');
    for (const file of modules(nluDir)) await import(file);
    const { parseYesNo } = await import('../../src/nlu/yesNo');
    const { askedTerm } = await import('../../src/nlu/glossary');
    for (const reply of ['yes', '是的', 'what does jaundice mean?', '黄疸是什么意思']) {
      parseYesNo(reply);
      askedTerm(reply);
    }
    // Walked from the files themselves (walking the data handed to the code would record every key as read).
    const { LOCALES } = await import('../../src/i18n/locales');
    const file = (l: string): Record<string, unknown> => JSON.parse(readFileSync(path.resolve(__dirname, '../../locales/nlu', `${l}.json`), 'utf8')) as Record<string, unknown>;
    // Records whose keys are data (a sign's id, a drink's name) count as read when the code walks the record.
    const unread = LOCALES.flatMap((l) => paths(file(l), l).filter((p) => !read.has(p)));
    expect(unread).toEqual([]);
  }, 120_000);
});
