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

export function nluTurn(scripts: readonly Script[], repeats: number): { medianMs: number; p95Ms: number; utterances: number } {
  const corpus = scripts.flatMap((s) => s.turns.map(([q, text]) => ({ q, text, locale: s.locale })));
  for (const u of corpus) understand(u.text, u.q, u.locale);
  const perUtterance: number[] = [];
  for (const u of corpus) {
    // Each reading as the first: the NLU remembers replies it has read (a memo), which would make repeats free.
    let spent = 0;
    for (let i = 0; i < repeats; i++) {
      clearTextMemos();
      const t0 = performance.now();
      understand(u.text, u.q, u.locale);
      spent += performance.now() - t0;
    }
    perUtterance.push(spent / repeats);
  }
  perUtterance.sort((a, b) => a - b);
  return { medianMs: percentile(perUtterance, 50), p95Ms: percentile(perUtterance, 95), utterances: corpus.length };
}
