import { understand } from './nluTurn';
import { SCRIPTS } from './scripts';
import { clearTextMemos } from '../src/nlu/memo';
const cpu = (): number => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
const corpus = SCRIPTS.flatMap((s) => s.turns.map(([q, text]) => ({ q, text, locale: s.locale })));
for (const u of corpus) understand(u.text, u.q, u.locale);
const rows: [number, number, string][] = [];
for (const u of corpus) {
  let a = 0, b = 0;
  for (let i = 0; i < 100; i++) { clearTextMemos(); const t = cpu(); understand(u.text, u.q, u.locale); a += cpu() - t; }
  for (let i = 0; i < 100; i++) { const t = cpu(); understand(u.text, u.q, u.locale); b += cpu() - t; }
  rows.push([a / 100, b / 100, `${u.q}: ${u.text.replace(/\n/g, ' ')}`]);
}
rows.sort((x, y) => y[0] - x[0]);
for (const r of rows) console.log(r[0].toFixed(3), r[1].toFixed(3), r[2]);
