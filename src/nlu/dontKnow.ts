import { isNegated, negatedRanges } from './negation';
import { compile, matchPattern } from './phrases';
import { sentencesOf } from './sentences';
import { VOCAB } from './vocabulary';

const DONT_KNOW = compile({ dontKnow: VOCAB.dontKnow });

/**
 * "I don't know" to a question about the report: "not sure", "can't find it", "it isn't printed", "there's no
 * range", "不知道", "没写", "报告上没有". The phrases are data (`dontKnow` in locales/nlu/, both languages). A phrase
 * that is itself denied ("it's not that I can't find it", "不是不知道") does not count; "no, it doesn't say" does.
 */
export function saysDontKnow(text: string): boolean {
  return sentencesOf(text).some((s) => {
    const negations = negatedRanges(s);
    return DONT_KNOW.some((p) => matchPattern(s, p, 2).some((m) => !m.spans.some((sp) => isNegated(sp, negations))));
  });
}
