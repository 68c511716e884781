/**
 * The NLU's CPU time per reply as the dialog reads it (bench/nluTurn.ts's `understand`): every reply of the corpus,
 * the held-out, probe and blind sets, each read as new (memo cleared), warm, three rounds; the median round is the
 * figure. Run: node --import tsx bench/nluCost.ts
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { clearTextMemos } from '../src/nlu/memo';
import { understand } from './nluTurn';

const dir = path.join(__dirname, '..', 'test', 'nlu', 'corpus');
const items = readdirSync(dir)
  .filter((f) => f.endsWith('.json'))
  .flatMap((f) => (JSON.parse(readFileSync(path.join(dir, f), 'utf8')) as { question: string; text: string }[]).map((i) => ({ ...i, locale: f.includes('zh') ? 'zh-CN' : 'en-US' })));
for (const i of items) understand(i.text, i.question, i.locale);
const rounds: number[] = [];
for (let r = 0; r < 3; r++) {
  const t0 = process.cpuUsage();
  for (const i of items) {
    clearTextMemos();
    understand(i.text, i.question, i.locale);
  }
  const c = process.cpuUsage(t0);
  rounds.push((c.user + c.system) / 1000 / items.length);
}
rounds.sort((a, b) => a - b);
console.log(`${items.length} replies: median ${rounds[1]?.toFixed(3)} ms CPU a reply (rounds ${rounds.map((r) => r.toFixed(3)).join(', ')})`);
