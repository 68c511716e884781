import { compile, firstPartSpans } from './phrases';
import { typedForSomeoneElse } from './context';
import { memoByText } from './memo';
import { sentencesOf } from './sentences';
import { VOCAB } from './vocabulary';

/** Who the typist answers for (issue #29 item 1); `family` when the reply names nobody by relation ("he is 72"). */
export type Relation = 'father' | 'mother' | 'husband' | 'wife' | 'partner' | 'son' | 'daughter' | 'brother' | 'sister' | 'grandfather' | 'grandmother' | 'friend' | 'family';

const RELATIONS = compile(VOCAB.relations);
const KNOWN = new Set<string>(Object.keys(VOCAB.relations));

/**
 * The relation of the patient to the one typing, when the reply says it is typed for someone else ("I'm filling this
 * in for my dad", "我替我妈填", "佢今年72"): the first relation word named, the longest where two start together.
 * null when the reply is not typed for someone else. Read once per reply, and only when ConText's typing-for
 * triggers fire, so it costs nothing on most replies.
 */
export const typistRelation: (text: string) => Relation | null = memoByText((text) => {
  if (!typedForSomeoneElse(text)) return null;
  for (const sentence of sentencesOf(text)) {
    // A word as written before a near spelling ("grandma" is not a misspelt "grandpa"), then the first, then the longest.
    const exact = (sp: { start: number; end: number; key: string }): number => ((VOCAB.relations[sp.key] ?? []).includes(sentence.text.slice(sp.start, sp.end)) ? 0 : 1);
    const spans = firstPartSpans(sentence, RELATIONS).sort((a, b) => exact(a) - exact(b) || a.start - b.start || b.end - a.end);
    const key = spans[0]?.key;
    if (key && KNOWN.has(key)) return key as Relation;
  }
  return 'family';
});
