/**
 * Per set and per kind of reply: warning-sign recall, false alarms, understood the first time, ordinary words shown as
 * medicines; with `--kind <name>` also the failing replies of that kind (ids and question only unless `--text`).
 * Run: npm run nlu:blind-kinds [-- --kind several_answers --text]
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { answerRight, CORPUS_NOW, score, shownOrdinaryWords, signsOf, type CorpusItem } from '../test/nlu/corpusScore';
import { understand } from '../src/nlu/understand';

const SETS = process.argv.includes('--set') ? [process.argv[process.argv.indexOf('--set') + 1] ?? ''] : ['blind1-en', 'blind1-zh-CN', 'blind2-en', 'blind2-zh-CN', 'blind3-en', 'blind3-zh-CN'];
const args = process.argv.slice(2);
const kindArg = args.includes('--kind') ? args[args.indexOf('--kind') + 1] : undefined;
const showText = args.includes('--text');
const pct = (n: number, d: number): string => (d === 0 ? '    -' : `${((100 * n) / d).toFixed(1).padStart(5)}`);

const cpuStart = process.cpuUsage();
for (const name of SETS) {
  const items = JSON.parse(readFileSync(path.join(__dirname, '..', 'test', 'nlu', 'corpus', `${name}.json`), 'utf8')) as CorpusItem[];
  const r = score(items);
  const answers = [...r.answers.values()];
  const signs = [...r.signs.values()];
  const tp = signs.reduce((n, s) => n + s.tp, 0);
  const fn = signs.reduce((n, s) => n + s.fn, 0);
  console.log(
    `${name}: recall ${pct(tp, tp + fn)}%  false alarms ${pct(r.falseAlarmItems.length, r.items)}%  understood ${pct(
      answers.reduce((n, a) => n + a.right, 0),
      answers.reduce((n, a) => n + a.total, 0),
    )}%  ordinary shown ${r.ordinaryShown.length}`,
  );
  for (const [k, v] of [...r.kinds].sort()) {
    console.log(`  ${k.padEnd(24)} signs ${pct(v.signsCaught, v.signsWanted)}  fa ${String(v.falseAlarms).padStart(2)}  understood ${pct(v.right, v.total)} (${v.right}/${v.total})  ordinary ${v.ordinaryShown}`);
  }
  if (kindArg) {
    const wrong = new Set([...r.wrongAnswers, ...r.falseAlarmItems, ...r.ordinaryShown, ...r.missedSigns.map((m) => m.item)]);
    for (const item of items.filter((i) => (i.kinds ?? []).includes(kindArg) && wrong.has(i))) {
      const u = understand(item.question, item.text, CORPUS_NOW);
      const detail = showText ? ` ${JSON.stringify(item.text)} want ${JSON.stringify(item.expect)} got ${JSON.stringify({ a: u.answer, also: (u as { also?: unknown }).also, g: u.glossary, s: [...signsOf(u)], c: u.command })}` : '';
      console.log(`    ✗ ${item.id} [${item.question}] right=${String(answerRight(item, u))} ordinary=${shownOrdinaryWords(item, u).length}${detail}`);
    }
  }
}
const cpu = process.cpuUsage(cpuStart);
console.log(`CPU ${((cpu.user + cpu.system) / 1000).toFixed(0)} ms for the four sets`);
