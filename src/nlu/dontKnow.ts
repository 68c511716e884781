import en from '../../locales/en.json';
import zhCN from '../../locales/zh-CN.json';
import { CJK_RE, foldForMatch } from './normalise';

/**
 * "I don't know" to a question about the report: "not sure", "can't find it", "it isn't printed", "there's no range",
 * "不知道", "没写", "报告上没有". The phrases are data (`nlu.dontKnow` in locales/, both languages, since people mix
 * them). A phrase counts only as a whole phrase ("I know" is not "don't know"), and not when it is itself denied
 * ("it's not that I can't find it", "不是不知道").
 */

/** Apostrophes dropped so "don't", "don’t" and "dont" are one word. */
function latinWords(text: string): string[] {
  return foldForMatch(text.replace(/['’‘`]/g, ''))
    .split(/[^a-z0-9\u00c0-\u024f]+/)
    .filter((w) => w.length > 0);
}

const phrases = [...en.nlu.dontKnow, ...zhCN.nlu.dontKnow];
const LATIN = phrases.filter((p) => !CJK_RE.test(p)).map(latinWords);
const CJK = phrases.filter((p) => CJK_RE.test(p)).map(foldForMatch);

/** Words that deny the phrase after them, within a few words of it. "no" is left out: "no, it doesn't say" says it. */
const DENIALS = new Set(['not', 'never', 'isnt', 'wasnt']);
const DENIAL_WINDOW = 3;
const CJK_DENIALS = ['不是', '并非', '并不是', '并没有'];
const CLAUSES = /[,;.!?，。；！？\n]|\bbut\b|但是|不过/;

function latinClauseSays(words: readonly string[]): boolean {
  for (const phrase of LATIN) {
    for (let i = 0; i + phrase.length <= words.length; i++) {
      if (!phrase.every((w, k) => words[i + k] === w)) continue;
      const before = words.slice(Math.max(0, i - DENIAL_WINDOW), i);
      if (!before.some((w) => DENIALS.has(w))) return true;
    }
  }
  return false;
}

function cjkClauseSays(clause: string): boolean {
  for (const phrase of CJK) {
    let at = clause.indexOf(phrase);
    while (at >= 0) {
      const before = clause.slice(Math.max(0, at - 3), at);
      if (!CJK_DENIALS.some((d) => before.endsWith(d))) return true;
      at = clause.indexOf(phrase, at + 1);
    }
  }
  return false;
}

/** Does the reply say the person does not know, or that the report does not give it? */
export function saysDontKnow(text: string): boolean {
  for (const clause of text.toLowerCase().split(CLAUSES)) {
    if (latinClauseSays(latinWords(clause)) || cjkClauseSays(foldForMatch(clause))) return true;
  }
  return false;
}
