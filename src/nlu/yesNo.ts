import { cultureOfScript } from '../i18n/locales';
import { memoByText } from './memo';
import { recognizeBoolean } from '@microsoft/recognizers-text-choice';
import Bayes = require('natural/lib/natural/classifiers/bayes_classifier');
import type { BayesClassifier } from 'natural/lib/natural/classifiers';
import { foldForMatch, hasCjk } from './normalise';
import { compile, matchPattern } from './phrases';
import { isNegated, negatedRanges } from './negation';
import { sentencesOf } from './sentences';
import { featureTokens } from './tokens';
import { CLASSIFIER_EXAMPLES, VOCAB } from './vocabulary';

export type YesNo = 'yes' | 'no' | 'unsure';
const LABELS: readonly YesNo[] = ['yes', 'no', 'unsure'];

/** Trained once, when the module loads, on the examples in locales/nlu/ (both languages). */
function train(): { classifier: BayesClassifier; vocabulary: Set<string> } {
  const classifier: BayesClassifier = new Bayes();
  const vocabulary = new Set<string>();
  for (const examples of Object.values(CLASSIFIER_EXAMPLES)) {
    for (const label of LABELS) {
      for (const example of examples[label]) {
        const tokens = featureTokens(example);
        tokens.forEach((t) => vocabulary.add(t));
        classifier.addDocument(tokens, label);
      }
    }
  }
  classifier.train();
  return { classifier, vocabulary };
}

const model = train();
const MIN_SHARE = 0.6;
/** Recognizers-Text's boolean model is asked only about short replies (its cost grows with length). */
const BOOLEAN_MAX_CHARS = 80;

const STARTS = Object.fromEntries(LABELS.map((l) => [l, [...(VOCAB.answerStarts[l] ?? [])].sort((a, b) => b.length - a.length)])) as Record<YesNo, string[]>;

/** The label whose phrase opens the reply, longest phrase first ("no problem" is a yes, "not sure" unsure). */
function opening(folded: string): YesNo | null {
  let best: { label: YesNo; length: number } | null = null;
  for (const label of LABELS) {
    for (const w of STARTS[label]) {
      const cjk = hasCjk(w);
      const hit = cjk ? folded.startsWith(w) : folded === w || folded.startsWith(`${w} `);
      if (hit && (!best || w.length > best.length)) best = { label, length: w.length };
    }
  }
  return best?.label ?? null;
}

function exact(folded: string): YesNo | null {
  // "unsure" first: "don't know" must not be read as a "no".
  for (const label of ['unsure', 'yes', 'no'] as const) if (VOCAB.answers[label]?.includes(folded)) return label;
  return null;
}

function booleanModel(text: string): YesNo | null {
  if (text.length > BOOLEAN_MAX_CHARS) return null;
  const found = recognizeBoolean(text, cultureOfScript(hasCjk(text) ? 'Hans' : 'Latn'));
  const first = found[0]?.resolution as { value?: unknown } | undefined;
  return first?.value === true ? 'yes' : first?.value === false ? 'no' : null;
}

function classify(folded: string): YesNo | null {
  const tokens = featureTokens(folded);
  const known = tokens.filter((t) => model.vocabulary.has(t));
  if (known.length === 0 || known.length * 2 < tokens.length) return null;
  const scores = model.classifier.getClassifications(known);
  const total = scores.reduce((sum, s) => sum + s.value, 0);
  const top = scores[0];
  if (!top || total <= 0 || top.value / total < MIN_SHARE) return null;
  return LABELS.find((l) => l === top.label) ?? null;
}

const UNSURE_ANYWHERE = compile({ unsure: VOCAB.answerStarts.unsure ?? [] });

/** Replies this short may say "maybe" or "不确定" anywhere and mean it as the answer. */
const UNSURE_ANYWHERE_MAX_WORDS = 8;

/** "maybe", "I can't remember", "不确定" anywhere in a short reply. */
function unsureAnywhere(text: string): boolean {
  if (foldForMatch(text).split(' ').length > UNSURE_ANYWHERE_MAX_WORDS) return false;
  return sentencesOf(text).some((s) => UNSURE_ANYWHERE.some((p) => matchPattern(s, p, 1).length > 0));
}

function whole(text: string, folded: string): YesNo | null {
  return exact(folded) ?? opening(folded) ?? (unsureAnywhere(text) ? 'unsure' : null) ?? booleanModel(text) ?? classify(folded);
}

/** A last clause this short is a plain answer ("…, let's do it", "… 别的都没有"). */
const SHORT_CLAUSE_WORDS = 4;
const SHORT_CLAUSE_CHARS = 20;
const SHORT_CJK_CLAUSE = 6;

const CLAUSE = /[,，.。!！?？;；]+|(?<!\s)\s+but\s+|(?<!\s)\s+(?=[\u3400-\u9fff])/i;

/**
 * yes / no / not sure, in everyday words ("sure thing", "alright, let's do it", "nah", "好啊", "行吧", "可以的",
 * "不确定"); null when the reply says neither. Word lists first, then the phrase that opens the reply, then
 * Recognizers-Text's boolean model, then a Bayes classifier trained on examples.
 */
/** parseYesNo, remembered per reply text: one turn asks the same reply more than once (issue 30 item 1). */
export const parseYesNo: (text: string) => YesNo | null = memoByText((text) => readYesNo(text));

function readYesNo(text: string): YesNo | null {
  const folded = foldForMatch(text);
  if (folded === '') return null;
  const clauses = text.split(CLAUSE).map((c) => c.trim()).filter(Boolean);
  // "I don't want to stop, let's do it", "i think so? not sure about the drinks": a last clause that answers plainly has the last word.
  const lastFolded = clauses.length > 1 ? foldForMatch(clauses[clauses.length - 1] ?? '') : '';
  const last = lastFolded ? (exact(lastFolded) ?? opening(lastFolded)) : null;
  // A short last clause answers; a long one only when it doubts ("not sure about the drinks part").
  const short = hasCjk(lastFolded) ? [...lastFolded].length <= SHORT_CJK_CLAUSE : lastFolded.split(' ').length <= SHORT_CLAUSE_WORDS && lastFolded.length <= SHORT_CLAUSE_CHARS;
  if (last && (last === 'unsure' || short)) return last;
  const direct = whole(text, folded);
  if (direct) return direct;
  // "looks right. oh and my eyes went yellow yesterday": the answer stands in its own clause.
  if (clauses.length < 2) return null;
  for (const c of [clauses[0] ?? '']) {
    const f = foldForMatch(c);
    const found = f ? (exact(f) ?? opening(f)) : null;
    if (found) return found;
  }
  return null;
}

const SLEEP = compile({ loss: VOCAB.topics.sleepLoss ?? [], well: VOCAB.topics.sleptWell ?? [] });

/**
 * The sleep question: lost sleep or not, from what the reply tells ("pulled an all-nighter", "night shifts all
 * week", "熬夜到两点" are yes; "slept like a baby", "didn't stay up late" are no), then plain yes / no / not sure.
 */
/** A bare yes or no that opens the reply is the answer, not a negation of what follows ("No I was in bed by 10"). */
const OPENING_ANSWER = /^\s*(?:no|nope|nah|yes|yeah|yep|yup|ya|不|没有|是|对)(?:\s*[,.!，。！]+\s*|\s+(?=(?:i|im|i m|i was|my|we|it|that|just|only|slept|was)\b))/i;

/** parseSleepLoss, remembered per reply text: one turn asks the same reply more than once (issue 30 item 1). */
export const parseSleepLoss: (text: string) => YesNo | null = memoByText((text) => readSleepLoss(text));

function readSleepLoss(text: string): YesNo | null {
  // "记不清了，好像有一两天睡得晚？": a reply that opens unsure is unsure.
  const first = foldForMatch(text.split(CLAUSE)[0] ?? '');
  if (first && (exact(first) ?? opening(first)) === 'unsure') return 'unsure';
  let loss = 0;
  let well = 0;
  for (const sentence of sentencesOf(text.replace(OPENING_ANSWER, ''))) {
    const negations = negatedRanges(sentence);
    for (const p of SLEEP) {
      for (const m of matchPattern(sentence, p, 2)) {
        const negated = m.spans.some((s) => isNegated(s, negations));
        if ((p.key === 'loss') !== negated) loss++;
        else well++;
      }
    }
  }
  if (loss > well) return 'yes';
  if (well > 0) return 'no';
  return parseYesNo(text);
}

const CHANGE = compile({ change: VOCAB.summaryChange });

/**
 * A reply to "Is this right?": yes, or no when it asks to change something ("change the alcohol, it's more like
 * 10", "年龄错了 我是38", "药那里改一下").
 */
/** parseSummaryReply, remembered per reply text: one turn asks the same reply more than once (issue 30 item 1). */
export const parseSummaryReply: (text: string) => YesNo | null = memoByText((text) => readSummaryReply(text));

function readSummaryReply(text: string): YesNo | null {
  // "yes correct. forgot to say, been vomiting blood": a plain yes first is the answer; what follows is news.
  const first = foldForMatch(text.split(CLAUSE)[0] ?? '');
  if (first && (exact(first) ?? opening(first)) === 'yes' && text.split(CLAUSE).length > 1) return 'yes';
  const asksChange = sentencesOf(text).some((s) => {
    const negations = negatedRanges(s);
    return CHANGE.some((p) => matchPattern(s, p, 2).some((m) => !m.spans.some((sp) => isNegated(sp, negations))));
  });
  return asksChange ? 'no' : parseYesNo(text);
}
