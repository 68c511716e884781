import { interview } from '../dialogs/questions';
import { newSession } from '../dialogs/session';
import { resolveLocale } from '../src/i18n';
import { otherAnswers } from '../src/nlu/alsoAnswers';
import { detectCommand } from '../src/nlu/commands';
import { clearTextMemos } from '../src/nlu/memo';
import { detectWarningSigns } from '../src/nlu/redFlags';
import { percentile } from './load';
import type { Script } from './scripts';

const QUESTIONS = interview(24);

/**
 * What the NLU does with one reply in a turn, as the dialog does it: the command check, the warning-sign check,
 * and the reading of the reply by the question it answers. Timed warm (models loaded) but each time as a reply
 * not read before (the memo cleared), repeated; the median over the corpus is the figure.
 */
export function understand(text: string, questionId: string, locale: string): unknown[] {
  const question = QUESTIONS.find((q) => q.id === questionId);
  const now = new Date();
  const parsed = question?.parse(text, { locale: resolveLocale(locale), session: newSession(), now });
  // One reply, several answers: the dialog reads the other answers a typed reply gives too (dialogs/otherAnswers.ts).
  return [detectCommand(text), detectWarningSigns(text), parsed, otherAnswers(questionId, text, now)];
}

/** CPU time of this process (user and system), in ms: what the reading costs, not what the machine's other load adds. */
function cpuMs(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

export interface NluFigures {
  /** Each reply read as new (memos cleared), warm: CPU ms per reply, median and p95 over the replies. */
  medianMs: number;
  p95Ms: number;
  /** Each reply read again (remembered): CPU ms per reply, median and p95. */
  seenMedianMs: number;
  seenP95Ms: number;
  utterances: number;
}

function perReply(corpus: readonly { q: string; text: string; locale: string }[], repeats: number, fresh: boolean): number[] {
  const out: number[] = [];
  for (const u of corpus) {
    let spent = 0;
    for (let i = 0; i < repeats; i++) {
      // Each reading as the first: the NLU remembers replies it has read (a memo), which would make repeats free.
      if (fresh) clearTextMemos();
      const t0 = cpuMs();
      understand(u.text, u.q, u.locale);
      spent += cpuMs() - t0;
    }
    out.push(spent / repeats);
  }
  return out.sort((a, b) => a - b);
}

export function nluTurn(scripts: readonly Script[], repeats: number): NluFigures {
  const corpus = scripts.flatMap((s) => s.turns.map(([q, text]) => ({ q, text, locale: s.locale })));
  for (const u of corpus) understand(u.text, u.q, u.locale);
  const fresh = perReply(corpus, repeats, true);
  const seen = perReply(corpus, repeats, false);
  return { medianMs: percentile(fresh, 50), p95Ms: percentile(fresh, 95), seenMedianMs: percentile(seen, 50), seenP95Ms: percentile(seen, 95), utterances: corpus.length };
}
