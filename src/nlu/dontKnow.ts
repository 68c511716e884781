import { memoByText } from './memo';
import { isNegated, negatedRanges } from './negation';
import { candidates, compile, matchPattern } from './phrases';
import { sentencesOf } from './sentences';
import { VOCAB } from './vocabulary';

const DONT_KNOW = compile({ dontKnow: VOCAB.dontKnow });

/**
 * "I don't know" to a question about the report: "not sure", "can't find it", "it isn't printed", "there's no
 * range", "不知道", "没写", "报告上没有". The phrases are data (`dontKnow` in locales/nlu/, both languages). A phrase
 * that is itself denied ("it's not that I can't find it", "不是不知道") does not count; "no, it doesn't say" does.
 */
/** saysDontKnow, remembered per reply text: one turn asks the same reply more than once (issue 30 item 1). */
export const saysDontKnow: (text: string) => boolean = memoByText((text) => readSaysDontKnow(text));

function readSaysDontKnow(text: string): boolean {
  return sentencesOf(text).some((s) =>
    candidates(s, DONT_KNOW).some((p) => {
      const matches = matchPattern(s, p, 2);
      if (matches.length === 0) return false;
      const negations = negatedRanges(s);
      return matches.some((m) => !m.spans.some((sp) => isNegated(sp, negations)));
    }),
  );
}
