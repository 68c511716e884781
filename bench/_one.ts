import { understand } from './nluTurn';
import { clearTextMemos } from '../src/nlu/memo';
const [q, text, locale] = [process.argv[2] ?? '', process.argv[3] ?? '', process.argv[4] ?? 'en-US'];
understand(text, q, locale);
const t0 = process.cpuUsage();
for (let i = 0; i < 1000; i++) { clearTextMemos(); understand(text, q, locale); }
const u = process.cpuUsage(t0); console.log(((u.user + u.system) / 1000 / 1000).toFixed(3), 'ms');
