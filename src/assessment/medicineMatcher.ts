import { DamerauLevenshteinDistance, JaroWinklerDistance } from 'natural/lib/natural/distance';
import { DoubleMetaphone } from 'natural/lib/natural/phonetics';
import everyday from './data/everyday-words.json';
import { NAME_INDEX, hasCjk, normaliseName, type LexiconEntry, type LexiconName } from './medicineLexicon';

/** Words about dose, timing and how a medicine is taken: they never stop a match and are never "unrecognised". */
const DOSE_WORDS = new Set(
  (
    'mg g mcg ug µg ml iu units unit x tablet tablets tab tabs pill pills capsule capsules caps cap dose doses drop drops ' +
    'once twice thrice times time a an the day days daily per week weekly month every each morning evening night nightly ' +
    'bedtime at and or with of for take takes taking took taken i im i\'m m on some sometimes as needed prn bd bid tds tid ' +
    'qd od qds mostly about around like extra strength only when hours hour last yesterday today also plus too my me ' +
    'regular regularly usually occasionally after before meals meal food in over counter otc used use using been have has had ' +
    'one two three four five six seven eight nine ten few couple of max maximum mouth by spray cream gel ointment injection shot'
  ).split(' '),
);

const CJK_DOSE = /每天|每日|一天|每晚|每周|早晚|早上|晚上|偶尔|有时|经常|一次|两次|三次|(?<![0-9一二两三四五六七八九十百])[0-9一二两三四五六七八九十百]+(片|粒|次|毫克|克|mg|颗|支|袋)|片|粒|次|毫克|颗|吃了|吃|服用|服|用了|在用|还有|以及|和|跟|与|了|的|、|，|。|；/g;

const doubleMetaphone = new DoubleMetaphone();

export interface MedicineMatch {
  entry: LexiconEntry;
  /** What in the text matched, as normalised. */
  matched: string;
  fuzzy: boolean;
}

export interface MatchOutcome {
  matches: MedicineMatch[];
  /** Parts of the text that look like a medicine name but matched nothing. Never dropped. */
  unrecognised: string[];
}

/** The edit distance the spec allows: 2 for names of 7 or more letters, 1 for 4 to 6, none for 3 or fewer. */
export function allowedDistance(letters: number): number {
  if (letters <= 3) return 0;
  return letters >= 7 ? 2 : 1;
}

interface Scored {
  item: LexiconName;
  distance: number;
  similarity: number;
  phonetic: boolean;
}

function phoneticKey(word: string): string {
  return doubleMetaphone.process(word.replace(/ /g, ''))[0] ?? '';
}

/** Words in their own right ("just", "then", "cava"): a misspelling tolerance is for misspellings, not for other words. */
const EVERYDAY = new Set<string>([...everyday.fromDictionary, ...everyday.added]);

/** Remembered fuzzy look-ups: people type the same words again and again. Bounded, oldest first out. */
const MEMO_LIMIT = 5000;
const memo = new Map<string, LexiconName | null>();

/** Fuzzy match of one candidate phrase, within the spec's Jaro-Winkler or Damerau-Levenshtein tolerance. */
export function fuzzyLookup(phrase: string, words: number): LexiconName | null {
  const key = `${words}|${phrase}`;
  const known = memo.get(key);
  if (known !== undefined) return known;
  const found = phrase.split(' ').every((w) => EVERYDAY.has(w)) ? null : fuzzySearch(phrase, words);
  if (memo.size >= MEMO_LIMIT) memo.delete(memo.keys().next().value ?? '');
  memo.set(key, found);
  return found;
}

/** Latin names by word count and letter count, each with its place in the lexicon (ties go to the earlier name). */
interface Ranked {
  item: LexiconName;
  rank: number;
}
let byShape: Map<string, Ranked[]> | null = null;
function namesShaped(words: number, letters: number): Ranked[] {
  if (byShape === null) {
    byShape = new Map();
    let rank = 0;
    for (const item of NAME_INDEX.latin.values()) {
      const key = `${item.words}|${item.letters}`;
      const list = byShape.get(key) ?? [];
      list.push({ item, rank: rank++ });
      byShape.set(key, list);
    }
  }
  return byShape.get(`${words}|${letters}`) ?? [];
}

/** max(letters only in a, letters only in b), counted with repeats: never more than the Damerau-Levenshtein distance. */
function bagDistance(a: string, b: string): number {
  const counts = new Map<string, number>();
  for (const ch of a) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  let onlyInB = 0;
  for (const ch of b) {
    const left = counts.get(ch) ?? 0;
    if (left > 0) counts.set(ch, left - 1);
    else onlyInB++;
  }
  let onlyInA = 0;
  for (const left of counts.values()) onlyInA += left;
  return Math.max(onlyInA, onlyInB);
}

/** The tolerance alone, before everyday words are set aside (to find those words). */
export function fuzzySearchUnfiltered(phrase: string, words: number): LexiconName | null {
  return fuzzySearch(phrase, words);
}

function fuzzySearch(phrase: string, words: number): LexiconName | null {
  const letters = phrase.replace(/ /g, '').length;
  if (letters <= 3) return null;
  let best: (Scored & { rank: number }) | null = null;
  let key: string | null = null;
  // Only names within two letters of the phrase can be within the allowed distance (or similar enough).
  for (let size = Math.max(4, letters - 2); size <= letters + 2; size++) {
    const limit = allowedDistance(Math.min(size, letters));
    if (limit === 0) continue;
    for (const { item, rank } of namesShaped(words, size)) {
      const similarity = JaroWinklerDistance(phrase, item.name);
      // The letters one has and the other lacks bound the edit distance from below: skip the costly count when it
      // cannot be within the limit and the names are not similar enough either.
      if (similarity < 0.9 && bagDistance(phrase, item.name) > limit) continue;
      const distance = DamerauLevenshteinDistance(phrase, item.name);
      if (distance > limit && similarity < 0.9) continue;
      key ??= phoneticKey(phrase);
      const scored = { item, rank, distance, similarity, phonetic: key === phoneticKey(item.name) };
      if (best === null || better(scored, best) || (!better(best, scored) && rank < best.rank)) best = scored;
    }
  }
  return best?.item ?? null;
}

function better(a: Scored, b: Scored): boolean {
  if (a.distance !== b.distance) return a.distance < b.distance;
  if (a.phonetic !== b.phonetic) return a.phonetic;
  return a.similarity > b.similarity;
}

function isDoseToken(token: string): boolean {
  return DOSE_WORDS.has(token) || /^\d+([.,]\d+)?(mg|g|mcg|ug|ml|iu|x|k)?$/.test(token) || /^x\d+$/.test(token);
}

function matchLatin(text: string, matches: MedicineMatch[], unrecognised: string[]): void {
  const tokens = normaliseName(text)
    .split(' ')
    .filter((t) => t.length > 0 && /[a-z]/.test(t));
  let pending: string[] = [];
  const flush = (): void => {
    if (pending.length > 0) unrecognised.push(pending.join(' '));
    pending = [];
  };
  let i = 0;
  while (i < tokens.length) {
    let found: { item: LexiconName; n: number; fuzzy: boolean } | null = null;
    for (let n = Math.min(4, tokens.length - i); n >= 1 && found === null; n--) {
      const phrase = tokens.slice(i, i + n).join(' ');
      const exact = NAME_INDEX.latin.get(phrase);
      if (exact) found = { item: exact, n, fuzzy: false };
    }
    for (let n = Math.min(2, tokens.length - i); n >= 1 && found === null; n--) {
      const slice = tokens.slice(i, i + n);
      if (slice.some(isDoseToken)) continue;
      const fuzzy = fuzzyLookup(slice.join(' '), n);
      if (fuzzy) found = { item: fuzzy, n, fuzzy: true };
    }
    if (found) {
      flush();
      matches.push({ entry: found.item.entry, matched: found.item.name, fuzzy: found.fuzzy });
      i += found.n;
      continue;
    }
    const token = tokens[i] ?? '';
    if (isDoseToken(token)) flush();
    else pending.push(token);
    i += 1;
  }
  flush();
}

/** A word ending like "感冒药" or "止痛片" names a kind of medicine, not a slip in a name ("感冒灵"). */
const GENERIC_CJK_END = /[药片丸剂液]$/;

function matchCjk(text: string, matches: MedicineMatch[], unrecognised: string[]): string {
  let rest = text.normalize('NFKC').toLowerCase();
  for (const item of NAME_INDEX.cjk) {
    if (rest.includes(item.name)) {
      matches.push({ entry: item.entry, matched: item.name, fuzzy: false });
      rest = rest.split(item.name).join(' ');
    }
  }
  // A slip of one character in a Chinese name of 3 or more ("布洛分", "二甲双瓜", "阿托发他汀"): the first character right.
  const chars = [...rest];
  for (const item of NAME_INDEX.cjk) {
    const name = [...item.name];
    const n = name.length;
    if (n < 3 || matches.some((m) => m.entry.id === item.entry.id)) continue;
    for (let i = chars.indexOf(name[0] ?? ''); i >= 0 && i + n <= chars.length; i = chars.indexOf(name[0] ?? '', i + 1)) {
      const window = chars.slice(i, i + n);
      const diff = window.filter((c, j) => c !== name[j]).length;
      if (diff === 1 && window.every((c) => /[\u3400-\u9fff]/.test(c)) && !GENERIC_CJK_END.test(window.join(''))) {
        matches.push({ entry: item.entry, matched: item.name, fuzzy: true });
        chars.splice(i, n, ...' '.repeat(n));
        rest = chars.join('');
        break;
      }
    }
  }
  const leftovers = rest.replace(CJK_DOSE, ' ').match(/[\u3400-\u9fff]{2,}/g) ?? [];
  unrecognised.push(...leftovers);
  return rest.replace(/[\u3400-\u9fff]/g, ' ');
}

/** Matches one answer ("acetominophen 500mg twice a day", "lipiter", "泰诺") against the lexicon. */
export function matchMedicines(text: string): MatchOutcome {
  const matches: MedicineMatch[] = [];
  const unrecognised: string[] = [];
  const latinPart = hasCjk(text) ? matchCjk(text, matches, unrecognised) : text;
  matchLatin(latinPart, matches, unrecognised);
  return { matches, unrecognised };
}
