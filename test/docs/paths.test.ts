import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The newcomer's documents stay true to the code (issue #30 item 9): every file or folder they name exists, and the
 * Agents SDK note lists exactly the source files that import the Bot Framework today.
 */
const root = path.resolve(__dirname, '../..');
const read = (doc: string): string => readFileSync(path.join(root, 'docs', doc), 'utf8');
const TOP = ['src', 'dialogs', 'test', 'locales', 'public', 'docs', 'bench', 'infra', 'scripts', 'teams'];

/** Paths in backticks that start with a top folder of the repository (an example's placeholder such as `<l>` or `…` aside). */
function namedPaths(text: string): string[] {
  const found = [...text.matchAll(/`([\w.{},/-]+)`/g)].map((m) => m[1] ?? '');
  return found
    .filter((p) => TOP.some((t) => p === t || p.startsWith(`${t}/`)))
    .flatMap((p) => {
      // locales/nlu/{en,zh-CN}.json names both files.
      const braces = /\{([^}]+)\}/.exec(p);
      return braces?.[1] ? braces[1].split(',').map((alt) => p.replace(braces[0], alt)) : [p];
    })
    .map((p) => p.replace(/\/$/, ''));
}

function sources(dir: string): string[] {
  return readdirSync(path.join(root, dir)).flatMap((f) => {
    const rel = `${dir}/${f}`;
    return statSync(path.join(root, rel)).isDirectory() ? sources(rel) : rel.endsWith('.ts') ? [rel] : [];
  });
}

describe('the documents name only what exists', () => {
  it.each(['how-to.md', 'agents-sdk-port.md', 'architecture.md'])('docs/%s', (doc) => {
    const named = namedPaths(read(doc));
    expect(named.length).toBeGreaterThan(10);
    const examples = /seizure|RF-SEIZURE|\/es\.json|\/line/;
    expect(named.filter((p) => !examples.test(p) && !existsSync(path.join(root, p)))).toEqual([]);
  });

  it('docs/agents-sdk-port.md lists every source file that imports botbuilder or botframework-connector, and no other', () => {
    const importing = [...sources('src'), ...sources('dialogs')]
      .filter((f) => /from '(?:botbuilder|botframework-connector)[^']*'|require\('botbuilder/.test(readFileSync(path.join(root, f), 'utf8')))
      .sort();
    const doc = read('agents-sdk-port.md');
    // The first column of each table row: one file, or two joined by a comma.
    const rows = [...doc.matchAll(/^\| (`[^|]+`) \|/gm)].map((m) => m[1] ?? '');
    const listed = rows.flatMap((cell) => [...cell.matchAll(/`((?:src|dialogs)\/[\w/.]+\.ts)`/g)].map((m) => m[1] ?? ''));
    expect([...new Set(listed)].sort()).toEqual(importing);
    expect(doc).toContain(`Today ${importing.length} source files`);
  });
});
