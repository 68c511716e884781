import { compile, firstPartSpans, type Span } from './phrases';
import { segmentAt, type Sentence } from './sentences';
import { VOCAB } from './vocabulary';

/**
 * NegEx-style negation scope (Chapman et al., 2001), for English and Chinese. A pre-negation ("no", "never",
 * "didn't", "没有", "不") reaches forward over a few words, to the end of its segment; a post-negation ("was
 * normal", "没有" after the sign) reaches back. Pseudo-negations ("can't stop", "not sure", "不停") negate nothing.
 * Hypotheticals ("what if", "万一") count as negations: they do not affirm a sign. A list joined by "or"
 * ("no fever, vomiting or yellow eyes") carries the negation past its commas.
 */
const PRE = compile({ pre: VOCAB.negation.pre ?? [], hypothetical: VOCAB.negation.hypothetical ?? [] });
const POST = compile({ post: VOCAB.negation.post ?? [] });
const PSEUDO = compile({ pseudo: VOCAB.negation.pseudo ?? [] });

/** Words a Latin pre-negation reaches, and characters a Chinese one reaches ("不" binds tighter). */
const LATIN_PRE_WORDS = 6;
const LATIN_POST_WORDS = 5;
const CJK_PRE_CHARS = 8;
const CJK_BU_CHARS = 4;
const CJK_POST_CHARS = 6;

function spansOf(sentence: Sentence, patterns: ReturnType<typeof compile>): (Span & { key: string })[] {
  return firstPartSpans(sentence, patterns);
}

function inside(at: number, spans: readonly Span[]): boolean {
  return spans.some((s) => at >= s.start && at < s.end);
}

function isCjk(sentence: Sentence, at: number): boolean {
  return /[\u3400-\u9fff]/.test(sentence.text[at] ?? '');
}

/** End of a Latin pre-negation's reach: n words on, or the segment's end, carried over a list joined by "or". */
function latinReach(sentence: Sentence, from: number, segEnd: number): number {
  const after = sentence.tokens.filter((t) => t.start >= from);
  const inSegment = after.filter((t) => t.end <= segEnd);
  if (inSegment.length > LATIN_PRE_WORDS) return inSegment[LATIN_PRE_WORDS - 1]?.end ?? segEnd;
  const beyond = after.filter((t) => t.start >= segEnd).slice(0, 8);
  const or = beyond.findIndex((t) => t.w === 'or' || t.w === 'nor');
  if (or >= 0) return beyond[Math.min(beyond.length - 1, or + 3)]?.end ?? segEnd;
  return segEnd;
}

/**
 * A post-negation counts only where it closes its segment ("my temperature was normal", "发烧没有"), and not in a
 * question ("is that normal"): "吐血没去医院" (no hospital yet) does not deny the blood.
 */
function closesSegment(sentence: Sentence, t: Span): boolean {
  const [, segEnd] = segmentAt(sentence, t.start);
  const rest = sentence.text.slice(t.end, segEnd);
  if (isCjk(sentence, t.start)) return /^[\s了的啊呀哦吧呢哈~]*$/.test(rest);
  if (!/^\s*(?:(?:now|too|again|though|thankfully|luckily|at the moment|so far)\s*)?$/.test(rest)) return false;
  const before = sentence.tokens.filter((x) => x.end <= t.start).slice(-2).map((x) => x.w);
  return !(before.length === 2 && ['is', 'was', 'are', 'am'].includes(before[0] ?? '') && ['that', 'it', 'this', 'they'].includes(before[1] ?? ''));
}

/** Where a negation reaches, and the words that said it (a phrase that contains them is not negated by them). */
export interface NegatedRange extends Span {
  trigger: Span;
  /** A hypothetical ("what if", "万一") rather than a denial: self-harm said as "it would be easier if…" is still said. */
  hypothetical: boolean;
}

export function negatedRanges(sentence: Sentence): NegatedRange[] {
  const pseudo = spansOf(sentence, PSEUDO);
  const out: NegatedRange[] = [];
  for (const t of spansOf(sentence, PRE)) {
    if (inside(t.start, pseudo)) continue;
    const [, segEnd] = segmentAt(sentence, t.start);
    if (isCjk(sentence, t.start)) {
      const reach = sentence.text.slice(t.start, t.end) === '不' ? CJK_BU_CHARS : CJK_PRE_CHARS;
      out.push({ start: t.end, end: Math.min(segEnd, t.end + reach), trigger: t, hypothetical: t.key === 'hypothetical' });
    } else {
      out.push({ start: t.end, end: latinReach(sentence, t.end, segEnd), trigger: t, hypothetical: t.key === 'hypothetical' });
    }
  }
  for (const t of spansOf(sentence, POST)) {
    if (inside(t.start, pseudo) || !closesSegment(sentence, t)) continue;
    const [segStart] = segmentAt(sentence, t.start);
    if (isCjk(sentence, t.start)) {
      out.push({ start: Math.max(segStart, t.start - CJK_POST_CHARS), end: t.start, trigger: t, hypothetical: false });
    } else {
      const before = sentence.tokens.filter((x) => x.end <= t.start && x.start >= segStart);
      out.push({ start: before[Math.max(0, before.length - LATIN_POST_WORDS)]?.start ?? t.start, end: t.start, trigger: t, hypothetical: false });
    }
  }
  return out;
}

export function isNegated(span: Span, ranges: readonly NegatedRange[], hypotheticalsCount = true): boolean {
  return ranges.some(
    (r) => (hypotheticalsCount || !r.hypothetical) && span.start >= r.start && span.start < r.end && !(r.trigger.start < span.end && span.start < r.trigger.end),
  );
}

/** Whether a reply denies something ("没有", "none of those", "no fever"): not a hypothetical, not a pseudo-negation. */
export function deniesSomething(sentenceList: readonly Sentence[]): boolean {
  return sentenceList.some((s) => negatedRanges(s).some((r) => !r.hypothetical));
}
