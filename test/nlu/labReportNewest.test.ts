import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseLabReport } from '../../src/nlu/labReport';

/**
 * Issue #28, must show: for any report built from the layouts with several dates (cumulative tables with the dates
 * as column heads in any order, portal lists with a date on each line, names across one line, two reports pasted
 * one after the other, "previous"/"current" columns), in either language, with dates in any format (also 03/02/2026
 * and 3/2/2026, which may read either way round), the value read is the newest date's, or the bot asks; never another
 * column's.
 */
interface Column {
  /** yyyymmdd */
  date: number;
  alt: number;
  ast: number;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const pad = (n: number): string => String(n).padStart(2, '0');
const parts = (d: number): [number, number, number] => [Math.floor(d / 10000), Math.floor(d / 100) % 100, d % 100];

/** Date formats that say which number is the day: ISO, 05-Jun-2026, 2026年6月5日, 2026/06/05. */
const FORMATS: ((d: number) => string)[] = [
  (d) => { const [y, m, day] = parts(d); return `${y}-${pad(m)}-${pad(day)}`; },
  (d) => { const [y, m, day] = parts(d); return `${pad(day)}-${MONTHS[m - 1] ?? 'Jan'}-${y}`; },
  (d) => { const [y, m, day] = parts(d); return `${y}年${m}月${day}日`; },
  (d) => { const [y, m, day] = parts(d); return `${y}/${pad(m)}/${pad(day)}`; },
];

/** Formats that may not say which number is the day: 03/02/2026 (UK) and 3/2/2026 (US). */
const LOOSE_FORMATS: ((d: number) => string)[] = [
  (d) => { const [y, m, day] = parts(d); return `${pad(day)}/${pad(m)}/${y}`; },
  (d) => { const [y, m, day] = parts(d); return `${m}/${day}/${y}`; },
];

const NAMES = {
  en: { alt: ['ALT', 'SGPT', 'ALT (SGPT)', 'Alanine aminotransferase'], ast: ['AST', 'SGOT', 'AST (SGOT)', 'Aspartate aminotransferase'], test: 'Test', range: 'Range', previous: 'Previous', current: 'Current', date: 'Date' },
  zh: { alt: ['谷丙转氨酶', '丙氨酸氨基转移酶(ALT)', 'ALT'], ast: ['谷草转氨酶', '天门冬氨酸氨基转移酶(AST)', 'AST'], test: '项目', range: '参考值', previous: '上次', current: '本次', date: '日期' },
} as const;

type Lang = keyof typeof NAMES;

interface Spec {
  /** Dates in a format that may read either way round. */
  loose: boolean;
  lang: Lang;
  altName: number;
  astName: number;
  astFirst: boolean;
  format: number;
  sep: string;
  unit: boolean;
}

const ALT_RANGE = '0-40';
const AST_RANGE = '0-35';

function names(s: Spec): { alt: string; ast: string } {
  const n = NAMES[s.lang];
  return { alt: n.alt[s.altName % n.alt.length] ?? 'ALT', ast: n.ast[s.astName % n.ast.length] ?? 'AST' };
}

function fmt(s: Spec, d: number): string {
  const formats = s.loose ? LOOSE_FORMATS : FORMATS;
  return (formats[s.format % formats.length] ?? FORMATS[0])?.(d) ?? String(d);
}

const unitOf = (s: Spec): string => (s.unit ? `${s.sep}U/L` : '');

/** Dates as column heads, in the order given. */
function cumulative(s: Spec, cols: readonly Column[]): string {
  const n = names(s);
  const head = [NAMES[s.lang].test, ...cols.map((c) => fmt(s, c.date)), NAMES[s.lang].range].join(s.sep);
  const alt = [n.alt, ...cols.map((c) => String(c.alt)), ALT_RANGE].join(s.sep) + unitOf(s);
  const ast = [n.ast, ...cols.map((c) => String(c.ast)), AST_RANGE].join(s.sep) + unitOf(s);
  return [head, ...(s.astFirst ? [ast, alt] : [alt, ast])].join('\n');
}

/** One block per test, a date on each line (a portal list). */
function portalBlocks(s: Spec, cols: readonly Column[]): string {
  const n = names(s);
  const block = (name: string, pick: (c: Column) => number, range: string): string =>
    [`${name}${s.unit ? ' (U/L)' : ''}`, `${NAMES[s.lang].date}${s.sep}${NAMES[s.lang].range}`, ...cols.map((c) => `${fmt(s, c.date)}${s.sep}${pick(c)}${s.sep}${range}`)].join('\n');
  const alt = block(n.alt, (c) => c.alt, ALT_RANGE);
  const ast = block(n.ast, (c) => c.ast, AST_RANGE);
  return (s.astFirst ? [ast, alt] : [alt, ast]).join('\n\n');
}

/** Names across one line, a line of results per date. */
function namesAcross(s: Spec, cols: readonly Column[]): string {
  const n = names(s);
  const head = [NAMES[s.lang].date, ...(s.astFirst ? [n.ast, n.alt] : [n.alt, n.ast])].join(s.sep);
  const lines = cols.map((c) => [fmt(s, c.date), ...(s.astFirst ? [c.ast, c.alt] : [c.alt, c.ast])].join(s.sep));
  return [head, ...lines].join('\n');
}

/** Whole reports pasted one after the other, each with its date above. */
function pastedReports(s: Spec, cols: readonly Column[]): string {
  const n = names(s);
  return cols
    .map((c) => {
      const alt = `${n.alt}${s.sep}${c.alt}${unitOf(s)}${s.sep}${ALT_RANGE}`;
      const ast = `${n.ast}${s.sep}${c.ast}${unitOf(s)}${s.sep}${AST_RANGE}`;
      return [fmt(s, c.date), ...(s.astFirst ? [ast, alt] : [alt, ast])].join('\n');
    })
    .join('\n\n');
}

const LAYOUTS = { cumulative, portalBlocks, namesAcross, pastedReports };

const spec = fc.record({
  loose: fc.boolean(),
  lang: fc.constantFrom<Lang>('en', 'zh'),
  altName: fc.nat(3),
  astName: fc.nat(3),
  astFirst: fc.boolean(),
  format: fc.nat(FORMATS.length - 1),
  sep: fc.constantFrom('\t', '  ', ' '),
  unit: fc.boolean(),
});

const day = fc.record({ y: fc.integer({ min: 2023, max: 2026 }), m: fc.integer({ min: 1, max: 12 }), d: fc.integer({ min: 1, max: 28 }) }).map(({ y, m, d }) => y * 10000 + m * 100 + d);

/** 2 to 4 columns; values distinct across columns (so a value names its column); dates may repeat. */
const columns = fc
  .uniqueArray(fc.integer({ min: 12, max: 400 }), { minLength: 4, maxLength: 8 })
  .chain((values) => {
    const count = Math.floor(values.length / 2);
    return fc.array(day, { minLength: count, maxLength: count }).map((dates) =>
      dates.map((date, i): Column => ({ date, alt: values[2 * i] ?? 0, ast: values[2 * i + 1] ?? 0 })),
    );
  });

function newestOf(cols: readonly Column[]): Column | null {
  const max = Math.max(...cols.map((c) => c.date));
  const latest = cols.filter((c) => c.date === max);
  return latest.length === 1 ? (latest[0] ?? null) : null;
}

describe('several dates in one paste: the newest is read, or the bot asks (issue #28)', () => {
  for (const [name, layout] of Object.entries(LAYOUTS)) {
    it(`${name}: any order of dates and columns, either language: the newest date's values or a question, never another column's`, () => {
      fc.assert(
        fc.property(spec, columns, (s, cols) => {
          const r = parseLabReport(layout(s, cols));
          const newest = newestOf(cols);
          if (r.newestBy === 'ask') {
            expect(r.alt).toBeNull();
            expect(r.reports.length).toBeGreaterThan(1);
            return;
          }
          // Two columns of one date can't be told apart: they must be asked, never guessed.
          expect(newest).not.toBeNull();
          expect(r.alt?.value).toBe(newest?.alt);
          expect(r.ast?.value).toBe(newest?.ast);
        }),
        { numRuns: 300 },
      );
    });

    it(`${name}: with distinct dates the newest is read without asking, and the one before it is "previous"`, () => {
      fc.assert(
        fc.property(spec, columns, (s, cols) => {
          const dates = new Set(cols.map((c) => c.date));
          fc.pre(dates.size === cols.length && !s.loose);
          const r = parseLabReport(layout(s, cols));
          const sorted = [...cols].sort((a, b) => b.date - a.date);
          expect(r.newestBy).not.toBe('ask');
          expect(r.alt?.value).toBe(sorted[0]?.alt);
          expect(r.ast?.value).toBe(sorted[0]?.ast);
          expect(r.previous?.alt).toBe(sorted[1]?.alt);
        }),
        { numRuns: 200 },
      );
    });
  }

  it('"previous" and "current" columns in either order and language: the current column', () => {
    fc.assert(
      fc.property(spec, fc.boolean(), fc.uniqueArray(fc.integer({ min: 12, max: 400 }), { minLength: 4, maxLength: 4 }), (s, currentFirst, [a1 = 0, a2 = 0, s1 = 0, s2 = 0]) => {
        const n = names(s);
        const words = NAMES[s.lang];
        const head = [words.test, ...(currentFirst ? [words.current, words.previous] : [words.previous, words.current]), words.range].join(s.sep);
        const row = (name: string, cur: number, prev: number, range: string): string =>
          [name, ...(currentFirst ? [cur, prev] : [prev, cur]), range].join(s.sep) + unitOf(s);
        const text = [head, row(n.alt, a1, a2, ALT_RANGE), row(n.ast, s1, s2, AST_RANGE)].join('\n');
        const r = parseLabReport(text);
        expect(r.alt?.value).toBe(a1);
        expect(r.ast?.value).toBe(s1);
        expect(r.previous?.alt).toBe(a2);
      }),
      { numRuns: 200 },
    );
  });
});
