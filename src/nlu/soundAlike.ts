import { pinyin } from 'pinyin-pro';
import { capForPhrases } from './inputLimits';
import { CJK_RE, foldForMatch } from './normalise';
import { VOCAB } from './vocabulary';

/**
 * Sound-alikes in Chinese (issue #29 item 2): dictated or quickly typed Chinese swaps characters that sound alike
 * (黄疸 as 黄胆 or 荒疸, 呕血 as 呕雪, 胸口 as 兄口). A warning sign's words are matched by their pinyin (pinyin-pro),
 * with the sounds many speakers merge (zh/z, ch/c, sh/s, -ng/-n) taken as one, where at least one character is the
 * word's own (a slip swaps a character; "四岁" is not 嗜睡). The reply is then read again with the
 * sign's own characters in place, so negation and ConText apply as to any reply ("没有吐雪" is still no sign).
 */
const MERGED: [RegExp, string][] = [
  [/^zh/, 'z'],
  [/^ch/, 'c'],
  [/^sh/, 's'],
  [/ng$/, 'n'],
];

function sound(syllable: string): string {
  let s = syllable.toLowerCase();
  for (const [re, to] of MERGED) s = s.replace(re, to);
  return s;
}

interface Phrase {
  text: string;
  sounds: string[];
}

/** The Chinese words of the warning signs: whole phrases, and the words of the concepts they are built from. */
function signWords(): Phrase[] {
  const words = new Set<string>();
  for (const phrases of Object.values(VOCAB.signs)) {
    for (const phrase of phrases) {
      for (const part of phrase.split('+')) {
        const list = part.startsWith('@') ? (VOCAB.concepts[part.slice(1)] ?? []) : [part];
        for (const w of list) if ([...w].length >= 2 && [...w].every((c) => CJK_RE.test(c))) words.add(w);
      }
    }
  }
  return [...words].map((text) => ({ text, sounds: pinyin(text, { toneType: 'none', type: 'array' }).map(sound) }));
}

const PHRASES = signWords();
/** Phrases by their first sound, for a quick look-up. */
const BY_FIRST = new Map<string, Phrase[]>();
for (const p of PHRASES) {
  const first = p.sounds[0] ?? '';
  BY_FIRST.set(first, [...(BY_FIRST.get(first) ?? []), p]);
}

/**
 * The reply with each sound-alike of a sign word written as the word itself, or null when it holds none. Only
 * stretches that differ from the word count: the reply's own words are read as they are.
 */
export function withSoundAlikes(text: string): string | null {
  if (!CJK_RE.test(text)) return null;
  const chars = [...foldForMatch(capForPhrases(text))];
  const sounds = pinyin(chars.join(''), { toneType: 'none', type: 'array' }).map(sound);
  if (sounds.length !== chars.length) return null;
  const out = [...chars];
  let changed = false;
  for (let i = 0; i < chars.length; i++) {
    if (!CJK_RE.test(chars[i] ?? '')) continue;
    for (const p of BY_FIRST.get(sounds[i] ?? '') ?? []) {
      const n = p.sounds.length;
      if (i + n > chars.length || !p.sounds.every((s, k) => sounds[i + k] === s)) continue;
      const typed = chars.slice(i, i + n);
      if (typed.join('') === p.text || !typed.every((c) => CJK_RE.test(c))) continue;
      // A slip swaps a character, not the whole word: one at least stays ("吐雪" for 吐血; "四岁" is not 嗜睡).
      const word = [...p.text];
      if (!typed.some((c, k) => c === word[k])) continue;
      out.splice(i, n, ...p.text);
      changed = true;
      break;
    }
  }
  return changed ? out.join('') : null;
}
