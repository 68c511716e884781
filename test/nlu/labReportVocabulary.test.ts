import { describe, expect, it } from 'vitest';
import { parseLabReport } from '../../src/nlu/labReport';
import VOCAB from '../../src/nlu/report/vocabulary.json';

/** The report vocabulary is data people will extend: its shape is checked here. */
describe('src/nlu/report/vocabulary.json', () => {
  const lists: [string, string[]][] = [
    ['names.alt.latin', VOCAB.names.alt.latin],
    ['names.alt.cjk', VOCAB.names.alt.cjk],
    ['names.ast.latin', VOCAB.names.ast.latin],
    ['names.ast.cjk', VOCAB.names.ast.cjk],
    ['names.other.latin', VOCAB.names.other.latin],
    ['names.other.cjk', VOCAB.names.other.cjk],
  ];

  it.each(lists)('%s holds non-empty lower-case names', (_, names) => {
    expect(names.length).toBeGreaterThan(0);
    for (const n of names) {
      expect(n.trim()).toBe(n);
      expect(n.length).toBeGreaterThan(0);
      expect(n).toBe(n.toLowerCase());
    }
  });

  it('no name stands for two analytes', () => {
    const all = [...lists.map(([, names]) => names)].flatMap((names, i) => names.map((n) => `${Math.floor(i / 2)}:${n}`));
    const names = all.map((x) => x.slice(2));
    const seen = new Map<string, string>();
    for (const [i, name] of names.entries()) {
      const kind = all[i]?.slice(0, 1) ?? '';
      if (seen.has(name)) expect(seen.get(name), name).toBe(kind);
      seen.set(name, kind);
    }
  });

  it('every ALT and AST name is read as that analyte, and every look-alike as neither', () => {
    for (const name of [...VOCAB.names.alt.latin, ...VOCAB.names.alt.cjk]) expect(parseLabReport(`${name.toUpperCase()} 68`).alt?.value, name).toBe(68);
    for (const name of [...VOCAB.names.ast.latin, ...VOCAB.names.ast.cjk]) expect(parseLabReport(`${name.toUpperCase()} 25`).ast?.value, name).toBe(25);
    for (const name of [...VOCAB.names.other.latin, ...VOCAB.names.other.cjk]) {
      const r = parseLabReport(`${name} 80`);
      expect([r.alt, r.ast], name).toEqual([null, null]);
    }
  });
});
