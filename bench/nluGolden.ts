import { readdirSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { understand } from '../src/nlu/understand';

/**
 * `npm run nlu:golden`: today's reading of every reply of every corpus, held-out, probe and blind set
 * (test/nlu/corpus/*.json), written to test/nlu/golden/readings.json: per reply its command, its warning signs and its
 * answer, as deterministic JSON (keys sorted). test/nlu/golden.test.ts reads the corpus again and compares byte for
 * byte, so a change to how replies are read (issue 30 item 1: read each reply once) must leave every reading as it was.
 * Write it again only when a reading is meant to change, and say why in the commit.
 */
const ROOT = path.resolve(__dirname, __dirname.includes(`${path.sep}dist${path.sep}`) ? '../..' : '..');
export const CORPUS_DIR = path.join(ROOT, 'test/nlu/corpus');
export const GOLDEN_FILE = path.join(ROOT, 'test/nlu/golden/readings.json');
/** The day the corpus's relative dates count from, as test/nlu/corpusScore.ts's CORPUS_NOW: Tuesday 1 December 2026. */
export const GOLDEN_NOW = new Date(2026, 11, 1, 12);

interface Item {
  id: string;
  question: string;
  text: string;
}

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

/** Keys sorted at every depth; `undefined` members dropped as JSON drops them; arrays keep their order. */
function sorted(value: unknown): Json {
  if (value === null || value === undefined) return null;
  if (Array.isArray(value)) return value.map(sorted);
  if (typeof value === 'object') {
    const out: { [k: string]: Json } = {};
    for (const k of Object.keys(value).sort()) {
      const v = (value as Record<string, unknown>)[k];
      if (v !== undefined) out[k] = sorted(v);
    }
    return out;
  }
  if (typeof value === 'boolean' || typeof value === 'number' || typeof value === 'string') return value;
  throw new Error(`cannot write ${typeof value} in the golden file`);
}

/** Every set's replies read now: { set: { id: { command, signs, answer } } }, as the text of the golden file. */
export function goldenReadings(): string {
  const sets = readdirSync(CORPUS_DIR)
    .filter((f) => f.endsWith('.json'))
    .sort();
  const out: Record<string, Record<string, unknown>> = {};
  for (const file of sets) {
    const items = JSON.parse(readFileSync(path.join(CORPUS_DIR, file), 'utf8')) as Item[];
    const set: Record<string, unknown> = {};
    for (const item of items) {
      if (item.id in set) throw new Error(`${file}: reply id ${item.id} twice`);
      const u = understand(item.question, item.text, GOLDEN_NOW);
      set[item.id] = { command: u.command, signs: u.signs, answer: u.answer };
    }
    out[file.replace(/\.json$/, '')] = set;
  }
  // One line a reply: a changed reading shows as one changed line.
  const lines = Object.entries(out).map(
    ([set, replies]) => `${JSON.stringify(set)}: {\n${Object.entries(replies).map(([id, r]) => `  ${JSON.stringify(id)}: ${JSON.stringify(sorted(r))}`).join(',\n')}\n }`,
  );
  return `{\n ${lines.join(',\n ')}\n}\n`;
}

if (process.argv[1] !== undefined && path.resolve(process.argv[1]) === path.resolve(__filename)) {
  mkdirSync(path.dirname(GOLDEN_FILE), { recursive: true });
  writeFileSync(GOLDEN_FILE, goldenReadings());
  process.stdout.write(`wrote ${path.relative(ROOT, GOLDEN_FILE)}\n`);
}
