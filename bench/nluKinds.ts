import { readFileSync } from 'node:fs';
import path from 'node:path';
import { CORPUS_NOW, format, score, type CorpusItem } from '../test/nlu/corpusScore';
import { understand } from '../src/nlu/understand';

/**
 * `npm run nlu:kinds [kind …]`: per blind set (blind1/blind2, both languages), the figures per kind of reply
 * (signs caught, false alarms, understood, ordinary words shown), and for the kinds named, the items that fail, so
 * that one sees which concepts fail (fix by concept, never by sentence).
 */
const ROOT = path.resolve(__dirname, __dirname.includes(`${path.sep}dist${path.sep}`) ? '../..' : '..');
const SETS = ['blind1-en', 'blind1-zh-CN', 'blind2-en', 'blind2-zh-CN'];
const wanted = process.argv.slice(2);
const started = process.cpuUsage();
for (const name of SETS) {
  const items = JSON.parse(readFileSync(path.join(ROOT, 'test/nlu/corpus', `${name}.json`), 'utf8')) as CorpusItem[];
  const r = score(items);
  console.log(format(name, r));
  const fails = (i: CorpusItem): boolean => wanted.length === 0 || (i.kinds ?? []).some((k) => wanted.includes(k));
  if (wanted.length === 0) continue;
  const got = (i: CorpusItem): string => { const s = understand(i.question, i.text, CORPUS_NOW).signs; return JSON.stringify({ got: [...s.symptoms, ...s.conditions, ...s.beyondContract], unclear: s.unclear }); };
  for (const m of r.missedSigns.filter((x) => fails(x.item))) console.log(`  MISSED ${m.item.id} ${m.sign} [${m.item.question}] ${got(m.item)}: ${m.item.text}`);
  for (const i of r.falseAlarmItems.filter(fails)) console.log(`  FALSE ALARM ${i.id} [${i.question}] want ${JSON.stringify(i.expect)} ${got(i)}: ${i.text}`);
  for (const i of [...new Set(r.wrongAnswers)].filter(fails)) console.log(`  NOT UNDERSTOOD ${i.id} [${i.question}] ${JSON.stringify(i.expect)}: ${i.text}`);
}
const cpu = process.cpuUsage(started);
console.log(`CPU ${((cpu.user + cpu.system) / 1000).toFixed(0)} ms`);
