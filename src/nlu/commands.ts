import { DamerauLevenshteinDistance } from 'natural/lib/natural/distance';
import { LANGUAGE_COMMANDS } from '../i18n/locales';
import { memoByText } from './memo';
import { foldForMatch, hasCjk, normaliseText } from './normalise';
import { isNegated, negatedRanges } from './negation';
import { candidates, compile, matchPattern, type Pattern } from './phrases';
import { sentencesOf } from './sentences';
import { VOCAB } from './vocabulary';

function findAffirmed(text: string, patterns: readonly Pattern[]): Set<string> {
  const out = new Set<string>();
  for (const s of sentencesOf(text)) {
    // Negation is worked out only once a pattern has matched (most sentences match none).
    let negations: ReturnType<typeof negatedRanges> | null = null;
    for (const p of candidates(s, patterns)) {
      const matches = matchPattern(s, p, 2);
      if (matches.length === 0) continue;
      negations ??= negatedRanges(s);
      const ranges = negations;
      if (matches.some((m) => !m.spans.some((sp) => isNegated(sp, ranges)))) out.add(p.key);
    }
  }
  return out;
}

export const COMMANDS = ['help', 'back', 'restart', 'cancel', 'deleteData', ...LANGUAGE_COMMANDS] as const;
export type Command = (typeof COMMANDS)[number];

/** A command is a short reply: longer ones are answers that happen to contain a command's words. */
const MAX_WORDS = 12;
const MAX_CJK = 24;
/** Words (Latin) or characters (Chinese) a clause may hold besides the command and polite fillers: one, or three after a command of several words ("go back to the medicines one"). */
const SPARE_WORDS = 1;
const SPARE_WORDS_LONG = 3;
const SPARE_CJK = 2;
const SPARE_CJK_LONG = 4;

/**
 * A phrase of the word lists, made once at start-up (issue 30 item 1: the command check built some 300 regular
 * expressions a turn). Chinese phrases stand anywhere; Latin ones as whole words (`re`). A phrase is looked for as
 * plain text first: the expression runs only where the text holds it.
 */
interface Words {
  text: string;
  cjk: boolean;
  /** Whole-word expression of a Latin phrase (`g` where every place is replaced); null for a Chinese one. */
  re: RegExp | null;
}

function escape(w: string): string {
  return w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function words(text: string, flags = ''): Words {
  const cjk = hasCjk(text);
  return { text, cjk, re: cjk ? null : new RegExp(`(?<![a-z0-9])${escape(text)}(?![a-z0-9])`, flags) };
}

/** Whether the text holds the phrase (as a whole word, for a Latin one). */
function holds(text: string, w: Words): boolean {
  return text.includes(w.text) && (w.re === null || w.re.test(text));
}

interface Phrase extends Words {
  command: Command;
}

const PHRASES: Phrase[] = COMMANDS.flatMap((command) => (VOCAB.commands[command] ?? []).map((text) => ({ command, ...words(text) }))).sort(
  (a, b) => b.text.length - a.text.length,
);
const FILLERS = [...VOCAB.commandFillers].sort((a, b) => b.length - a.length).map((f) => words(f, 'g'));

function remove(text: string, phrase: Words): string | null {
  if (!holds(text, phrase)) return null;
  return text.replace(phrase.re ?? phrase.text, ' ');
}

function stripFillers(text: string): string {
  let s = ` ${text} `;
  for (const f of FILLERS) {
    if (!s.includes(f.text)) continue;
    s = f.re === null ? s.split(f.text).join(' ') : s.replace(f.re, ' ');
  }
  return s.replace(/\s+/g, ' ').trim();
}

function littleLeft(rest: string, phrase: string): boolean {
  const cjk = [...rest].filter((c) => hasCjk(c)).length;
  const words = rest.replace(/[\u3400-\u9fff]/g, ' ').split(' ').filter((w) => w.length > 0);
  const long = hasCjk(phrase) ? [...phrase].length >= 3 : phrase.includes(' ');
  return cjk <= (long ? SPARE_CJK_LONG : SPARE_CJK) && words.length <= (long ? SPARE_WORDS_LONG : SPARE_WORDS) && !(cjk > 0 && words.length > 0);
}

/** Questions about the question ("what counts as a drink?", "啥意思") ask for help wherever they stand in a short reply. */
const HELP_QUESTIONS = (VOCAB.commandQuestions.help ?? []).map((q) => words(q));
function asksForHelp(plain: string): boolean {
  if (NOT_COMMANDS.some((w) => holds(plain, w))) return false;
  return HELP_QUESTIONS.some((q) => holds(plain, q));
}

const CLAUSES = /[,，.。!！?？;；]+|(?<!\s)\s+(?:and|then)\s+|然后|(?<=[\u3400-\u9fff])\s+(?=[\u3400-\u9fff])/;

/** Phrases in which a command's words are an answer ("back to normal", "can't stop", "thanks for the help"). */
const NOT_COMMANDS = VOCAB.commandExclusions.map((w) => words(w));

function commandIn(clause: string): Command | null {
  if (NOT_COMMANDS.some((w) => holds(clause, w))) return null;
  for (const p of PHRASES) {
    const rest = remove(clause, p);
    if (rest !== null && littleLeft(stripFillers(rest), p.text)) return p.command;
  }
  return null;
}

/** A one-letter slip in a one-word command of 4 letters or more ("hlep", "restrat"). */
function typo(folded: string): Command | null {
  if (folded.length < 4 || !/^[a-z]+$/.test(folded)) return null;
  for (const p of PHRASES) {
    if (!p.cjk && !p.text.includes(' ') && p.text.length >= 4 && Math.abs(p.text.length - folded.length) <= 1 && DamerauLevenshteinDistance(folded, p.text) <= 1) return p.command;
  }
  return null;
}

/**
 * A command that works at any point, in everyday words: "oops, go back", "start over please", "I want to stop",
 * "can I change my last answer", "返回上一题", "重新来", "不想做了", "删掉我的信息". The reply must be mostly the
 * command: besides polite fillers ("please", "oops", "wait", "请", "吧") at most one other word is allowed, so an
 * answer that contains a command's words ("I stopped taking it", "my back pain started again") stays an answer.
 */
export const detectCommand: (text: string) => Command | null = memoByText((text) => readCommand(text));

function readCommand(text: string): Command | null {
  const plain = foldForMatch(text);
  if (plain === '' && /[?？]/.test(text) && text.trim().length <= 3) return 'help';
  const words = plain.split(' ').filter(Boolean).length;
  if (plain.length === 0 || words > MAX_WORDS || [...plain].filter((c) => hasCjk(c)).length > MAX_CJK) return null;
  const whole = commandIn(plain);
  if (whole) return whole;
  // "go back, i typed the ALT wrong", "i changed my mind, delete my data": a clause that is a command on its own.
  const clauses = normaliseText(text).toLowerCase().split(CLAUSES).map(foldForMatch).filter((c) => c.length > 0);
  if (clauses.length > 1) {
    for (const clause of clauses) {
      const found = commandIn(clause);
      if (found) return found;
    }
  }
  if (asksForHelp(plain)) return 'help';
  return byPattern(text) ?? typo(plain);
}

/** Commands said as a pattern of concepts ("please remove all of my information", "我想改一下刚才那个"), not denied. */
const COMMAND_PATTERNS = compile(VOCAB.commandPatterns);
const isCommand = (k: string): k is Command => (COMMANDS as readonly string[]).includes(k);

function byPattern(text: string): Command | null {
  const found = findAffirmed(text, COMMAND_PATTERNS);
  return [...found].find(isCommand) ?? null;
}

/** A reply that is one bare command word ("stop", "back", "停"): the only kind that could also be an answer. */
export function isBareCommandWord(text: string): boolean {
  const folded = foldForMatch(text);
  return folded.length > 0 && !folded.includes(' ') && PHRASES.some((p) => p.text === folded);
}

/** What the question asked says about a reply: whether it takes it, and the bare words it takes as answers. */
export interface QuestionView {
  accepts(text: string): boolean;
  /** Words that are answers to this question though they are also commands ("stop" to "did you stop a medicine?"). */
  answerWords?: readonly string[];
  /** The question takes corrections itself ("Is this right?"): "年龄写错了" there is an answer, not "back". */
  takesCorrections?: boolean;
}

/** Words that ask to go back in so many words: these stay "back" even where a question takes corrections. */
const EXPLICIT_BACK = /\b(?:back|previous|prev|undo)\b|上一|返回|回到|退回/;

const CORRECTION = compile({ change: VOCAB.summaryChange });

/**
 * A command or an answer? The question asked decides a word that could be either: a bare command word that the
 * question names among its answers is unclear, and the bot asks; a correction ("不对 年龄写错了 是56") that the question
 * takes is its answer, not "back"; anything else that reads as a command is one.
 */
export function commandOrAnswer(text: string, question: QuestionView): 'command' | 'answer' | 'ask' {
  const command = detectCommand(text);
  if (command === null) return 'answer';
  if (isBareCommandWord(text)) return question.answerWords?.includes(foldForMatch(text)) && question.accepts(text) ? 'ask' : 'command';
  const corrects = sentencesOf(text).some((s) => candidates(s, CORRECTION).some((p) => matchPattern(s, p, 1).length > 0));
  const yields = command === 'back' && question.takesCorrections === true && corrects && !EXPLICIT_BACK.test(foldForMatch(text));
  return yields && question.accepts(text) ? 'answer' : 'command';
}
