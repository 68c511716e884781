import DoubleMetaphone from 'natural/lib/natural/phonetics/double_metaphone';
import { DamerauLevenshteinDistance } from 'natural/lib/natural/distance';
import stopwords = require('natural/lib/natural/util/stopwords');
import common from './data/common-words.json';
import { capForPhrases } from './inputLimits';
import { VOCAB } from './vocabulary';

/**
 * Sound-alikes in English (issue #29 item 2): dictation and fast typing write a warning sign's word as another that
 * sounds the same ("pail stalls" for pale stools, "blod", "chest pane") or split it ("john dice", "you're in"). A
 * word, or two words run together, whose Double Metaphone key (natural) is a sign word's key, or a slip of one letter ("uring"), is written as that word;
 * the reply is then read again, so negation and ConText apply as to any reply, and a sign found only this way is
 * asked about with one short question (redFlags.ts), never acted on.
 */
const dm = new DoubleMetaphone();
const STOP = new Set<string>(stopwords.words);
const COMMON = new Set<string>((common as { en: string[] }).en);

/** Keys up to this long: "jaundice" and "john dice" alike, "blod this" not "blood". */
const KEY_CHARS = 8;
const keyOf = (w: string): string => dm.process(w, KEY_CHARS)[0] ?? '';

/**
 * The concepts whose words are a sign's own words (the body part, the colour, the event): a sound-alike of one of
 * these is worth a second reading. Words of wider concepts ("light", "wake", "white") would be found everywhere.
 */
const SIGN_CONCEPTS = ['yellow', 'urine', 'stool', 'pale', 'blood', 'black', 'chest', 'vomit', 'painWord', 'itchWord', 'feverWord', 'nauseaWord', 'belly', 'swollen', 'confusedWord'];

/** Sign words said on their own, outside those concepts. */
const OWN_WORDS = ['jaundice', 'jaundiced', 'itchy', 'itching', 'fever', 'confused', 'bleeding', 'bruising'];

/** The English words of those concepts, and the sign words said on their own. */
function signWords(): string[] {
  const words = new Set<string>();
  const phrases = [...SIGN_CONCEPTS.flatMap((c) => VOCAB.concepts[c] ?? []), ...OWN_WORDS];
  for (const w of phrases.flatMap((p) => p.split(/\s+/))) if (/^[a-z]{3,}$/.test(w) && !STOP.has(w)) words.add(w);
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

const alikes = new Map<string, string | null>();
/** A typed word's (or two words') sign word, remembered: the same everyday words come again and again. */
function alikeOf(typed: string, joined: boolean): string | null {
  const at = `${joined ? '+' : ''}${typed}`;
  let found = alikes.get(at);
  if (found === undefined) {
    found = readAlike(typed, joined);
    if (alikes.size < 20_000) alikes.set(at, found);
  }
  return found;
}

function readAlike(typed: string, joined: boolean): string | null {
  const letters = typed.replace(/'/g, '');
  if (letters.length < 3 || SIGN_WORD.has(letters)) return null;
  // A short everyday word ("pen", "oak") is itself; a word of four letters or more may be a slip of dictation ("pail").
  if (!joined && (STOP.has(letters) || letters.length < 4 || typed.includes("'"))) return null;
  if (joined && letters.length < 6) return null;
  const key = keyOf(letters);
  const near = (w: string): number => Math.abs(w.length - letters.length);
  const byKey = (key.length >= (joined ? 3 : 2) ? (BY_KEY.get(key) ?? []) : []).filter((w) => near(w) <= 2).sort((a, b) => near(a) - near(b));
  const same = byKey.find((w) => w[0] === letters[0]);
  // One word keeps its first letter ("pail", "blod"); two run together may not ("you're in").
  if (same || joined) return same ?? byKey[0] ?? null;
  return (BY_FIRST.get(letters[0] ?? '') ?? []).find((w) => near(w) <= 1 && DamerauLevenshteinDistance(letters, w) === 1) ?? null;
}

/**
 * The reply with each English sound-alike of a sign word written as the word, or null when it holds none. An
 * everyday word ("pail", "chess") is taken for a sign word only beside another sign word or sound-alike ("chess pain",
 * "pail stalls"): alone ("a nice dinner") it is itself, and the reply is not read again.
 */
export function withEnglishSoundAlikes(text: string): string | null {
  const lower = capForPhrases(text).toLowerCase();
  if (!/[a-z]/.test(lower)) return null;
  const words = [...lower.matchAll(WORD)].map((m) => ({ w: m[0], start: m.index, end: m.index + m[0].length }));
  const found: { i: number; end: number; word: string; weak: boolean }[] = [];
  for (let i = 0; i < words.length; i++) {
    const a = words[i];
    if (!a) continue;
    const b = words[i + 1];
    // Two words run together first ("john dice", "you're in"), when only a space stands between them: two words of
    // their own, or a little word and a short one ("blod this", "the range" are not one word).
    const little = STOP.has(a.w) || a.w.includes("'");
    const split = b && lower.slice(a.end, b.start) === ' ' && !SIGN_WORD.has(a.w) && !SIGN_WORD.has(b.w) && (b.w.length <= 2 ? little : !little && !STOP.has(b.w));
    const joined = split && b ? alikeOf(a.w + b.w, true) : null;
    // Run together, the first letter stays too ("john dice"), but for a little word that sounds like a sign word's start ("you're in").
    const pair = joined !== null && (joined[0] === a.w[0] || little) ? joined : null;
    const one = pair ?? alikeOf(a.w, false);
    if (one === null) continue;
    found.push({ i, end: pair && b ? i + 1 : i, word: one, weak: pair === null && COMMON.has(a.w.replace(/'/g, '')) });
    if (pair) i++;
  }
  const signAt = (i: number): boolean => SIGN_WORD.has(words[i]?.w ?? '') || found.some((f) => !f.weak && f.i <= i && i <= f.end);
  const kept = found.filter((f) => !f.weak || signAt(f.i - 1) || signAt(f.end + 1));
  if (kept.length === 0) return null;
  let out = '';
  let at = 0;
  for (const f of kept) {
    out += `${lower.slice(at, words[f.i]?.start ?? at)}${f.word}`;
    at = words[f.end]?.end ?? at;
  }
  return out + lower.slice(at);
}
