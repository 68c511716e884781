import DoubleMetaphone from 'natural/lib/natural/phonetics/double_metaphone';
import { DamerauLevenshteinDistance } from 'natural/lib/natural/distance';
import stopwords = require('natural/lib/natural/util/stopwords');
import common from './data/common-words.json';
import { capForPhrases } from './inputLimits';
import { VOCAB } from './vocabulary';

/**
 * Sound-alikes in English (issue #29 item 2): dictation and fast typing write a warning sign's word as another that
 * sounds the same ("pail stalls" for pale stools, "blod", "chest pane") or split it ("john dice", "you're in"). A
 * word, or two words run together, whose Double Metaphone key (natural) is a sign word's key is written as that word;
 * the reply is then read again, so negation and ConText apply as to any reply, and a sign found only this way is
 * asked about with one short question (redFlags.ts), never acted on.
 */
const dm = new DoubleMetaphone();
const STOP = new Set<string>(stopwords.words);
const COMMON = new Set<string>((common as { en: string[] }).en);

/** Keys up to this long: "jaundice" and "john dice" alike, "blod this" not "blood". */
const KEY_CHARS = 8;
const keyOf = (w: string): string => dm.process(w, KEY_CHARS)[0] ?? '';

/** The English words of the warning signs' concepts (symptoms only: not self-harm or drinking). */
function signWords(): string[] {
  const words = new Set<string>();
  for (const [sign, phrases] of Object.entries(VOCAB.signs)) {
    if (sign === 'self_harm' || sign.startsWith('alcohol') || sign === 'paracetamol_overdose') continue;
    for (const phrase of phrases) {
      for (const part of phrase.split('+')) {
        const list = part.startsWith('@') ? (VOCAB.concepts[part.slice(1)] ?? []) : [part];
        for (const w of list.flatMap((p) => p.split(/\s+/))) if (/^[a-z]{3,}$/.test(w) && !STOP.has(w)) words.add(w);
      }
    }
  }
  return [...words];
}

const WORDS = signWords();
const SIGN_WORD = new Set(WORDS);
/** Sign words by key, the longer first (a key shared by "bowel" and "pale" is told by the first letter). */
const BY_KEY = new Map<string, string[]>();
for (const w of WORDS.filter((x) => x.length >= 4).sort((a, b) => b.length - a.length)) {
  const key = keyOf(w);
  if (key.length >= 2) BY_KEY.set(key, [...(BY_KEY.get(key) ?? []), w]);
}
/** Sign words of five letters or more by first letter, for a slip of one letter ("uring", "blod" is by key). */
const BY_FIRST = new Map<string, string[]>();
for (const w of WORDS.filter((x) => x.length >= 5)) BY_FIRST.set(w[0] ?? '', [...(BY_FIRST.get(w[0] ?? '') ?? []), w]);
const WORD = /[a-z]+(?:'[a-z]+)?/g;

function alikeOf(typed: string, joined: boolean): string | null {
  const letters = typed.replace(/'/g, '');
  if (letters.length < 3 || SIGN_WORD.has(letters)) return null;
  // A short everyday word ("pen", "oak") is itself; a word of four letters or more may be a slip of dictation ("pail").
  if (!joined && (STOP.has(letters) || (letters.length < 4 && COMMON.has(letters)))) return null;
  if (joined && letters.length < 6) return null;
  const key = keyOf(letters);
  const near = (w: string): number => Math.abs(w.length - letters.length);
  const byKey = (key.length >= (joined ? 3 : 2) ? (BY_KEY.get(key) ?? []) : []).filter((w) => near(w) <= 2).sort((a, b) => near(a) - near(b));
  const same = byKey.find((w) => w[0] === letters[0]);
  if (same || joined) return same ?? byKey[0] ?? null;
  const slip = letters.length < 4 ? undefined : (BY_FIRST.get(letters[0] ?? '') ?? []).find((w) => near(w) <= 1 && DamerauLevenshteinDistance(letters, w) === 1);
  return slip ?? byKey.find((w) => w.length >= 5) ?? null;
}

/** The reply with each English sound-alike of a sign word written as the word, or null when it holds none. */
export function withEnglishSoundAlikes(text: string): string | null {
  const lower = capForPhrases(text).toLowerCase();
  if (!/[a-z]/.test(lower)) return null;
  const words = [...lower.matchAll(WORD)].map((m) => ({ w: m[0], start: m.index, end: m.index + m[0].length }));
  let out = '';
  let at = 0;
  for (let i = 0; i < words.length; i++) {
    const a = words[i];
    if (!a) continue;
    const b = words[i + 1];
    // Two words run together first ("john dice", "you're in"), when only a space stands between them and the second is
    // no everyday little word of its own ("blod this" is not one word).
    const split = b && lower.slice(a.end, b.start) === ' ' && !SIGN_WORD.has(a.w) && !SIGN_WORD.has(b.w) && (b.w.length <= 2 || !STOP.has(b.w));
    const pair = split && b ? alikeOf(a.w + b.w, true) : null;
    const one = pair ?? alikeOf(a.w, false);
    if (one === null) continue;
    const end = pair && b ? b.end : a.end;
    out += `${lower.slice(at, a.start)}${one}`;
    at = end;
    if (pair) i++;
  }
  return at === 0 ? null : out + lower.slice(at);
}
