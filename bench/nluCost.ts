import { readFileSync } from 'node:fs';
import path from 'node:path';
import { CORPUS_NOW, type CorpusItem } from '../test/nlu/corpusScore';
import { understand } from '../src/nlu/understand';

/**
 * `node --import tsx bench/nluCost.ts`: CPU time to read every reply of the blind sets (each a new text, so the
 * reading memo does not help), after one warm-up pass of different texts. The figure to compare before and after an
 * NLU change (issue #27: the NLU cost per reply must not grow).
 */
const ROOT = path.resolve(__dirname, '..');
const items = ['blind1-en', 'blind1-zh-CN', 'blind2-en', 'blind2-zh-CN'].flatMap((n) => JSON.parse(readFileSync(path.join(ROOT, 'test/nlu/corpus', `${n}.json`), 'utf8')) as CorpusItem[]);
for (const i of items) understand(i.question, `${i.text} .`, CORPUS_NOW);
const rounds = 3;
const started = process.cpuUsage();
for (let r = 0; r < rounds; r++) for (const i of items) understand(i.question, `${i.text}${' '.repeat(r + 2)}`, CORPUS_NOW);
const cpu = process.cpuUsage(started);
console.log(`${items.length * rounds} replies: ${((cpu.user + cpu.system) / 1000 / (items.length * rounds)).toFixed(3)} ms CPU a reply`);
