import { NLU_SOURCES, nluInScript, type NluData } from '../i18n/resources';
import { capForPhrases } from './inputLimits';
import { memoByText } from './memo';
import { hasCjk, normaliseText } from './normalise';

/**
 * A question about what a word means ("what is a tarry stool?", "does fish oil count as a supplement", "U/L是什么意思",
 * "腹水是什么"): it is answered from the glossary (locales/*.json `glossary`, every term the bot uses) and the
 * question is asked again. It is not an answer, and asking what a sign means is not the sign (spec v4).
 * The terms and the ways of asking are data: locales/nlu/*.json `glossary` and `glossaryAsk`.
 */
export type GlossaryTerm = string;

/** A question about a word the glossary does not hold: the bot says so and asks again. */
export const UNKNOWN_TERM = 'unknown';

/** Lower case, with "what s" (how sentences.ts keeps "what's") read as "what's". */
const low = (t: string): string =>
  normaliseText(t)
    .toLowerCase()
    .replace(/\b(what|that|it|who|where)\s(s)\b/g, "$1'$2");
const escape = (w: string): string => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

interface Term {
  id: string;
  re: RegExp;
}

const TERMS: Term[] = NLU_SOURCES.map((n) => n.glossary).flatMap((g) =>
  Object.entries(g).flatMap(([id, words]) =>
    words.map((w) => {
      const f = low(w);
      return { id, re: new RegExp(hasCjk(f) ? escape(f) : `(?<![a-z0-9])${escape(f).replace(/\s+/g, '\\s+')}(?![a-z0-9])`, 'g') };
    }),
  ),
);

const latin = (pick: (n: NluData) => string[]): string[] => nluInScript('Latn').flatMap(pick);
const cjk = (pick: (n: NluData) => string[]): string[] => nluInScript('Hans').flatMap(pick);

/** "does", "do" and "is" ask about a word only with a closing cue ("does fish oil count"); the others ask by themselves. */
const WEAK_PRE = new Set(['does', 'do', 'is']);
const LATIN_PRE = latin((n) => n.glossaryAsk.pre).map(low).filter((w) => !WEAK_PRE.has(w));
const words = (list: readonly string[]): string => [...list].sort((a, b) => b.length - a.length).map(escape).join('|');
/** The asking words just before the term, with at most an article or two between ("what is a", "what are the"). */
const LATIN_BEFORE = new RegExp(`(?<![a-z0-9])(?:${words(LATIN_PRE)})\\s+(?:(?:a|an|the|this|that|these|those|u|ur)\\s+){0,2}$`);
const LATIN_AFTER = new RegExp(`^\\s*(?:[a-z0-9]+\\s+){0,3}?(?:${words(latin((n) => n.glossaryAsk.post).map(low))})(?![a-z0-9])`);
const CJK_BEFORE = new RegExp(`(?:${words(cjk((n) => n.glossaryAsk.pre))})\\s*$`);
const CJK_AFTER = new RegExp(`^(?:到底|究竟|具体|又|就|[呀啊]|\\s)*(?:${words(cjk((n) => n.glossaryAsk.post))})`);
/** Asking words with no term the glossary knows: "what does GGT mean?", "这个是什么意思". */
const ASK_ALONE = new RegExp(`^\\s*(?:what does|what do|wat does)\\s+[a-z0-9/]{2,12}\\s+(?:mean|stand for)|^\\s*(?:what is|what's|whats)\\s+(?:a|an)\\s+[a-z0-9]{2,12}\\s*\\?|^[a-z0-9/]{2,10}\\s*(?:是什么意思|什么意思|啥意思|是什么|是啥)`);

/** Words that ask what something means, anywhere in the sentence ("jaundice is what exactly?", "柏油便长啥样"). */
const MEANING = NLU_SOURCES.flatMap((n) => n.glossaryAsk.meaning).map(low);
/** Any question ("is cod liver oil a supplement?", "保健品也要算进去吗"): enough for a word that is not a sign. */
const ZH_FINAL = ['吗', '呢', '嘛', '么'];
const QUESTION = new RegExp(
  `\\?|^\\s*(?:${words(latin((n) => n.glossaryAsk.question).filter((w) => w !== '?'))})(?![a-z0-9])|(?:${words(cjk((n) => n.glossaryAsk.question).filter((w) => w !== '?' && !ZH_FINAL.includes(w)))})|[${ZH_FINAL.join('')}][啊呀哦]?\\s*$`,
);
/** Terms that name a warning sign: only a question about their meaning asks for the glossary, so "are my eyes yellow?" stays a sign. */
const SIGN_TERMS = new Set(NLU_SOURCES.flatMap((n) => n.glossarySigns));

function asked(s: string): GlossaryTerm | null {
  let best: { id: string; length: number } | null = null;
  for (const { id, re } of TERMS) {
    for (const m of s.matchAll(re)) {
      if (best !== null && best.length >= m[0].length) continue;
      if (askedAbout(s, id, m.index, m[0])) best = { id, length: m[0].length };
    }
  }
  return best?.id ?? (ASK_ALONE.test(s) ? UNKNOWN_TERM : null);
}

/** Whether the term at this place is asked about; "what is my ALT" asks for a value, not a meaning. */
function askedAbout(s: string, id: string, at: number, term: string): boolean {
  const before = s.slice(Math.max(0, at - 40), at);
  if (/(?:\bmy|\byour|我的|我)\s*$/.test(before)) return false;
  const after = s.slice(at + term.length, at + term.length + 30);
  if ((hasCjk(term) || /[\u3400-\u9fff]/.test(after.slice(0, 2))) && (CJK_BEFORE.test(before) || CJK_AFTER.test(after))) return true;
  if (LATIN_BEFORE.test(before) || LATIN_AFTER.test(after)) return true;
  // Said about the sign itself, not the person: a word of meaning (in a Chinese reply, in the term's own clause), or
  // for other terms a question in the term's own sentence ("overweight. also chest pain, is that related?" answers).
  const clause = hasCjk(term) ? around(s, at, at + term.length, CLAUSE_ENDS) : s;
  return MEANING.some((w) => clause.includes(w)) || (!SIGN_TERMS.has(id) && QUESTION.test(around(s, at, at + term.length, SENTENCE_ENDS)));
}

const SENTENCE_ENDS = '.!?。！？\n';
const CLAUSE_ENDS = '.!?。！？\n，,；; ';

/** The part of a text around a match, from the mark before it to the next mark (kept, so "fatty liver?" keeps its "?"). */
function around(s: string, start: number, end: number, marks: string): string {
  let from = start;
  while (from > 0 && !marks.includes(s.charAt(from - 1))) from -= 1;
  let to = end;
  while (to < s.length && !marks.includes(s.charAt(to))) to += 1;
  while (to < s.length && '?？'.includes(s.charAt(to))) to += 1;
  return s.slice(from, to);
}

/** A data word without its trailing '?', '=' and spaces (a loop, so no pattern moves over them). */
function withoutTrailingMarks(w: string): string {
  let end = w.length;
  while (end > 0 && '?= \t\n'.includes(w.charAt(end - 1))) end -= 1;
  return w.slice(0, end);
}

/** Any word of asking at all: a reply without one asks about no word, and is not searched for terms. */
const ASKING_WORDS: readonly string[] = [
  ...latin((n) => [...n.glossaryAsk.pre, ...n.glossaryAsk.post, ...n.glossaryAsk.meaning]).map(low).filter((w) => !WEAK_PRE.has(w)).map(withoutTrailingMarks).filter((w) => w.length > 1),
  ...cjk((n) => [...n.glossaryAsk.pre, ...n.glossaryAsk.post, ...n.glossaryAsk.meaning, ...n.glossaryAsk.question]).filter((w) => w !== '?'),
];
/** A reply that opens as a yes/no question ("is …", "does …"). */
const OPENS_AS_QUESTION = /^\s*(?:is|does|do)\b/;
/** Any word of asking at all, looked for as plain text (one alternation of every word was polynomial for recheck). */
function anyAsking(s: string): boolean {
  return s.includes('?') || ASKING_WORDS.some((w) => s.includes(w)) || OPENS_AS_QUESTION.test(s);
}

function askedIn(text: string): GlossaryTerm | null {
  const s = low(capForPhrases(text));
  return anyAsking(s) ? asked(s) : null;
}

/** The term a reply asks the meaning of, or null when it asks none. */
export const askedTerm: (text: string) => GlossaryTerm | null = memoByText(askedIn);

/** Whether a sentence asks what a word means: a sign named there is not said ("what's jaundice?"). */
export function asksMeaning(sentence: string): boolean {
  return askedIn(sentence) !== null;
}
