import { compile, matchPattern } from './phrases';
import { sentences, terminatorPatterns } from './sentences';
import { VOCAB } from './vocabulary';

const DONT_KNOW = compile({ dontKnow: VOCAB.dontKnow });
const TERMINATORS = terminatorPatterns(VOCAB.negation.terminators ?? []);

/** "not sure", "can't find it", "it isn't printed", "不知道", "没写": the person does not have what was asked. */
export function saysDontKnow(text: string): boolean {
  return sentences(text, TERMINATORS).some((s) => DONT_KNOW.some((p) => matchPattern(s, p, 1).length > 0));
}
