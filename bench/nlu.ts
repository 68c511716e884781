import { nluTurn } from './nluTurn';
import { SCRIPTS } from './scripts';

/**
 * `npm run bench:nlu`: the NLU figure of `npm run bench` alone (the same function, the same replies), in CPU time,
 * without the load phases: each reply read as new (warm), and read again (remembered).
 */
const repeats = Number(process.argv.find((a) => a.startsWith('--repeats='))?.split('=')[1] ?? 200);
const r = nluTurn(SCRIPTS, repeats);
const ms = (n: number): string => n.toFixed(4);
process.stdout.write(
  `NLU per utterance (warm, CPU time): as new median ${ms(r.medianMs)} ms, p95 ${ms(r.p95Ms)} ms; read before median ${ms(r.seenMedianMs)} ms, p95 ${ms(r.seenP95Ms)} ms; over ${r.utterances} utterances, ${repeats} repeats\n`,
);
