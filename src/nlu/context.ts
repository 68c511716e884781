import { compile, firstPartSpans, regionAt, type Span } from './phrases';
import { segmentAt, sentencesOf, type Sentence } from './sentences';
import { memoByText } from './memo';
import { VOCAB } from './vocabulary';

/**
 * ConText (Harkema et al., J Biomed Inform 2009), NegEx's successor: besides negation (negation.ts), who a sign
 * belongs to (the experiencer: the patient or someone else) and when it happened (temporality: now, or long ago and
 * over). Triggers are data, per language, in locales/nlu/ (`context`); a trigger's scope is the part of the sentence
 * up to a contrast ("but", 不过), as ConText's termination terms end a scope.
 *
 * Spec v4: a sign that happened to someone else ("my dad went yellow last year", "同事吐过血"), or long ago and
 * over ("jaundice as a baby"), does not fire. Someone typing for the patient ("I'm filling this in for my mum",
 * "我替我妈填") makes the patient the one named: their signs count, the typist's own do not.
 */
const C = VOCAB.context;
const TRIGGERS = compile({
  other: C.other ?? [],
  pronoun: C.pronoun ?? [],
  self: C.self ?? [],
  historical: C.historical ?? [],
  current: C.current ?? [],
  pastEvent: C.pastEvent ?? [],
  conditional: C.conditional ?? [],
  resolved: C.resolved ?? [],
  notTrigger: C.notTrigger ?? [],
});
const TYPING_FOR = compile({ typingFor: C.typingFor ?? [] });

type Kind = 'other' | 'pronoun' | 'self' | 'historical' | 'current' | 'pastEvent' | 'conditional' | 'resolved';
interface Trigger extends Span {
  kind: Kind;
}

const triggerCache = new WeakMap<Sentence, Trigger[]>();

function triggersOf(sentence: Sentence): Trigger[] {
  let found = triggerCache.get(sentence);
  if (found) return found;
  const spans = firstPartSpans(sentence, TRIGGERS).map(({ key, ...s }) => ({ ...s, kind: key }));
  const blocked = spans.filter((s) => s.kind === 'notTrigger');
  // A shorter trigger inside a longer one is the longer one's ("我" in "我妈", "he" in "he's" is still "he").
  found = spans
    .filter((s): s is Trigger => s.kind !== 'notTrigger')
    .filter((s) => !blocked.some((b) => s.start < b.end && b.start < s.end))
    .filter((s) => !spans.some((o) => o !== s && o.kind !== s.kind && o.start <= s.start && o.end >= s.end && o.end - o.start > s.end - s.start));
  triggerCache.set(sentence, found);
  return found;
}

export type Experiencer = 'patient' | 'other';

export interface SignContext {
  experiencer: Experiencer;
  /** Long ago and over ("as a baby", "以前", "last year"), with nothing said of now in the same part. */
  historical: boolean;
  /** Someone else's, in the past ("my husband was confused after his op"). */
  otherPast: boolean;
  /**
   * Anywhere in the sentence, a time long past ("以前", "in 2019") or a habit said as a condition ("if I skip a day",
   * "一停酒就"): an event sign such as withdrawal is then a history, not happening now.
   */
  notNow: boolean;
}

/**
 * The context of a sign matched at these spans: the experiencer is the nearer of a person named ("my dad", "他")
 * and the speaker ("I", "我"), within the sign's part of the sentence; temporality from the historical and current
 * triggers there.
 */
export function signContext(sentence: Sentence, spans: readonly Span[], typingFor: () => boolean, resolvable = true): SignContext {
  const at = spans[0]?.start ?? 0;
  const [rs, re] = regionAt(sentence, at);
  const [ss, se] = segmentAt(sentence, at);
  const all = triggersOf(sentence);
  const overlaps = (t: Trigger): boolean => spans.some((s) => t.start < s.end && s.start < t.end);
  const inRegion = all.filter((t) => t.start >= rs && t.end <= re && !overlaps(t));
  const distance = (t: Trigger): number => at - t.end;
  // ConText's experiencer triggers reach forward: the subject stands before what it does ("hep B, my mum had it too").
  const people = inRegion.filter((t) => t.start < at && (t.kind === 'other' || t.kind === 'pronoun' || t.kind === 'self')).sort((a, b) => distance(a) - distance(b));
  // A sign said of the speaker's own body ("my belly", "我眼睛") is the speaker's, whoever else is named.
  let nearest: Kind | 'proxy' | undefined = all.some((t) => t.kind === 'self' && overlaps(t)) ? 'self' : people[0]?.kind;
  // "he" or "she" with nobody named before is the one the reply is about: the patient, typed for by someone else.
  if (nearest === 'pronoun') nearest = all.some((t) => t.kind === 'other' && t.start < at) ? 'other' : 'proxy';
  // Typing for someone: the one named is the patient, the typist ("I") is not.
  // Whether the reply is typed for someone is read only where a person is named (most signs name none).
  const forSomeone = nearest !== undefined && typingFor();
  const experiencer: Experiencer = forSomeone ? (nearest === 'self' ? 'other' : 'patient') : nearest === 'other' ? 'other' : 'patient';
  // When: ConText's temporal triggers reach to the end of their part of the sentence (a comma, 、 or a contrast).
  const has = (k: Kind): boolean => all.some((t) => t.kind === k && t.start >= ss && t.end <= se && !overlaps(t));
  // ConText's "resolved" (a post-trigger): "had a fever at the weekend but it's gone now", "前天吐过一次 吃坏东西了 现在好了":
  // a sign before it in the sentence is over, unless something said of now stands between them. Not an emergency sign
  // (`resolvable` false): black stools last week, "back to normal now", may still be a bleed to see about.
  const end = Math.max(...spans.map((s) => s.end));
  const resolved = resolvable && all.some((t) => t.kind === 'resolved' && t.start >= end && !all.some((c) => c.kind === 'current' && c.start >= end && c.start < t.start));
  const historical = (has('historical') || resolved) && !has('current');
  const inSentence = (k: Kind): boolean => all.some((t) => t.kind === k && !overlaps(t));
  return {
    experiencer,
    historical,
    otherPast: nearest === 'other' && (has('pastEvent') || historical),
    notNow: (inSentence('historical') && !inSentence('current')) || all.some((t) => t.kind === 'conditional'),
  };
}

/** Whether the reply is typed for someone else (the patient): "I'm typing for my dad", "他今年72", "我替我妈填". */
export const typedForSomeoneElse: (text: string) => boolean = memoByText((text) => {
  const list = sentencesOf(text);
  if (list.some((s) => firstPartSpans(s, TYPING_FOR).length > 0)) return true;
  return false;
});
