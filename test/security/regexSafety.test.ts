import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { beforeAll, describe, expect, it } from 'vitest';
import { check as recheck, type Diagnostics } from 'recheck';

/**
 * Issue 23 item 2: every regular expression the bot runs is checked with recheck (a ReDoS checker); one it calls
 * vulnerable fails this test. Two sources:
 * - the literals written in src/, dialogs/ and bench/ (read with the TypeScript parser, so none is missed);
 * - every `new RegExp(...)` the bot builds while it runs, most of them from the word lists in locales/nlu/*.json:
 *   the RegExp constructor is wrapped to record each one, every module that builds one is loaded, and every
 *   question's reader is run on the labelled corpus (test/nlu/corpus), so the patterns built per word are built too.
 * recheck's default ('auto') backend uses the native checker npm installs with it (recheck-linux-x64), and falls back
 * to its pure-JavaScript checker where there is none; nothing is downloaded. A pattern without unbounded repetition
 * (no `*`, `+` or `{n,}`) matches a bounded length, so it cannot take super-linear time and is not sent to recheck
 * (most of the patterns built per word are such).
 */

const ROOT = path.resolve(__dirname, '../..');
const SOURCE_DIRS = ['src', 'dialogs', 'bench'];
/**
 * Long enough for recheck's automaton check on the largest alternations even on a loaded machine. On a timeout the
 * fuzzer decides, and the fuzzer is a heuristic: with a 10 s limit and other jobs on the 2 cores, the automaton check
 * timed out and the fuzzer called different safe patterns "vulnerable" on each run (drinks.ts, medicineMatcher.ts,
 * overdose.ts), where an idle run proves them all safe.
 */
const CHECK_TIMEOUT_MS = 60_000;
const RANDOM_SEED = 23;

interface Pattern {
  source: string;
  flags: string;
  where: string;
}

function tsFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.ts') && !e.name.endsWith('.d.ts'))
    .map((e) => path.join(e.parentPath, e.name));
}

/** Every regular-expression literal in the bot's sources, with where it stands. */
function literals(): Pattern[] {
  const out: Pattern[] = [];
  for (const file of SOURCE_DIRS.flatMap((d) => tsFiles(path.join(ROOT, d)))) {
    const sf = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
    const visit = (node: ts.Node): void => {
      if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const text = node.getText(sf);
        const end = text.lastIndexOf('/');
        const { line } = sf.getLineAndCharacterOfPosition(node.getStart(sf));
        out.push({ source: text.slice(1, end), flags: text.slice(end + 1), where: `${path.relative(ROOT, file)}:${line + 1}` });
      }
      ts.forEachChild(node, visit);
    };
    visit(sf);
  }
  return out;
}

const BOT_FRAME = new RegExp(`${path.join(ROOT, '(?:src|dialogs)').replace(/[\\/.]/g, '\\$&')}[\\\\/][^:]+:\\d+`);

/** The first frame of the stack that is in the bot's own code (not a library's, not this test's), or null. */
function botCaller(): string | null {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 4;
  const stack = new Error().stack ?? '';
  Error.stackTraceLimit = limit;
  const frame = BOT_FRAME.exec(stack);
  return frame ? path.relative(ROOT, frame[0]) : null;
}

/** Records every RegExp the bot's code builds with the constructor from now on (libraries' own are theirs). */
function recordConstructed(): Map<string, Pattern> {
  const built = new Map<string, Pattern>();
  const Original = globalThis.RegExp;
  globalThis.RegExp = new Proxy(Original, {
    construct(target, args: [string | RegExp, string?], newTarget: NewableFunction) {
      const re = Reflect.construct(target, args, newTarget) as RegExp;
      const key = `${re.flags}/${re.source}`;
      if (!built.has(key)) {
        const where = botCaller();
        if (where) built.set(key, { source: re.source, flags: re.flags, where: `new RegExp at ${where}` });
      }
      return re;
    },
  });
  return built;
}

/** Whether a pattern can repeat without bound (an escaped `\*` or a class holding `+` only over-counts). */
function repeatsWithoutBound(source: string): boolean {
  return /[*+]|\{\d+,\}/.test(source.replace(/\\./g, ''));
}

interface CorpusItem {
  question: string;
  text: string;
}

/** Runs every reader the bot has on real-style answers, so that every pattern built per word gets built. */
async function runEveryReader(): Promise<void> {
  const modules = SOURCE_DIRS.slice(0, 2)
    .flatMap((d) => tsFiles(path.join(ROOT, d)))
    .filter((f) => /new RegExp/.test(readFileSync(f, 'utf8')))
    .filter((f) => !/src[\\/](index|tools[\\/])|cli\.ts$/.test(f));
  for (const m of modules) await import(m);
  const { understand } = await import('../../src/nlu/understand');
  const { parseParacetamolDose } = await import('../../src/nlu/paracetamolDose');
  const { parseDaysAgo } = await import('../../src/nlu/daysAgo');
  const corpusDir = path.join(ROOT, 'test/nlu/corpus');
  const items = readdirSync(corpusDir)
    .filter((f) => f.endsWith('.json'))
    .flatMap((f) => JSON.parse(readFileSync(path.join(corpusDir, f), 'utf8')) as CorpusItem[]);
  const now = new Date('2026-06-01T12:00:00Z');
  for (const { question, text } of items) {
    understand(question, text, now);
    parseParacetamolDose(text);
    parseDaysAgo(text, now);
  }
}

async function check(p: Pattern): Promise<Diagnostics> {
  // A fixed seed: recheck's fuzzer is random, and the same patterns must get the same verdict on every run.
  const first = await recheck(p.source, p.flags, { timeout: CHECK_TIMEOUT_MS, randomSeed: RANDOM_SEED });
  return first.status === 'unknown' ? recheck(p.source, p.flags, { timeout: CHECK_TIMEOUT_MS, randomSeed: RANDOM_SEED, checker: 'fuzz' }) : first;
}

function unique(patterns: Pattern[]): Pattern[] {
  const seen = new Map<string, Pattern>();
  for (const p of patterns) if (!seen.has(`${p.flags}/${p.source}`)) seen.set(`${p.flags}/${p.source}`, p);
  return [...seen.values()];
}

let built: Pattern[] = [];
beforeAll(async () => {
  const recorded = recordConstructed();
  await runEveryReader();
  built = [...recorded.values()];
}, 120_000);

describe('no regular expression the bot runs can backtrack without bound (recheck)', () => {
  it('collects the literals and the patterns built from the word lists', () => {
    const fromLiterals = literals();
    // Guards against the collection silently finding nothing: the bot has hundreds of each.
    expect(fromLiterals.length).toBeGreaterThan(200);
    expect(built.length).toBeGreaterThan(300);
    // Words from locales/nlu/{en,zh-CN}.json are found inside built patterns (the drinks reader builds one per word).
    expect(built.some((p) => p.source.includes('pint') && p.where.includes('drinks.ts'))).toBe(true);
    expect(built.some((p) => p.where.includes('medicines.ts'))).toBe(true);
    expect(built.some((p) => p.where.includes('commands.ts'))).toBe(true);
  });

  it('recheck calls none of them vulnerable', async () => {
    const all = unique([...literals(), ...built]).filter((p) => repeatsWithoutBound(p.source));
    const vulnerable: string[] = [];
    let unknown = 0;
    for (const p of all) {
      const d = await check(p);
      if (d.status === 'vulnerable') vulnerable.push(`${p.where} /${p.source}/${p.flags}: ${d.complexity.type}, attack ${d.attack.pattern}`);
      if (d.status === 'unknown') unknown += 1;
    }
    expect(vulnerable).toEqual([]);
    expect(unknown).toBe(0);
  }, 900_000);
});
