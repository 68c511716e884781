import { matchMedicines } from '../assessment/medicineMatcher';
import { capForPhrases } from './inputLimits';
import { memoByText } from './memo';
import { foldForMatch, hasCjk } from './normalise';
import { saysNone } from './none';
import common from './data/common-words.json';
import { VOCAB } from './vocabulary';

/**
 * A medicine answer as a list of names: "ibuprofen for my back, statin for cholesterol, fish oil" gives
 * "ibuprofen", "statin", "fish oil". The reason a medicine is taken, doses and timing are dropped; what remains is
 * matched against the lexicon, and a remaining word that could be a name ("omeprazole") is kept as typed, never
 * dropped. Words that are not names ("back", "cholesterol", "pills") are not listed as unknown medicines.
 */
export interface MedicineList {
  none: boolean;
  /** The names, as the person wrote them (cleaned), one per medicine. */
  items: string[];
  /** Lexicon ids of the names recognised. */
  recognised: string[];
  /** Names that matched nothing. */
  unknown: string[];
  /** What a medicine is for, said instead of its name ("blood thinner", "甲状腺的药", "for my cholesterol"): said back as a kind. */
  classes: string[];
}

// The pieces are trimmed where they are read; no white space around the separators here (issue 23: linear).
const LIST_SPLIT = /(?:,|;|\n|、|，|；|\/|&|\+|\band\b|\bplus\b|\balso\b|\bbut\b|\bas well as\b|和|以及|还有|及|跟|但是|不过)/i;
const DOSE = /\b\d+(?:[.,]\d+)?\s*(?:mg|mcg|µg|ug|g|ml|iu|units?|x|k|tabs?|tablets?|caps?|capsules?|pills?)?\b|\b(?:once|twice|thrice|daily|nightly|weekly|bd|bid|tds|tid|qd|od|prn)\b|\b(?:a|per|every|each|at)\s+(?:day|night|week|morning|evening|bedtime)\b|(?<!\d)\d+\s*(?:片|粒|颗|次|毫克|克|支|袋)|每天|每日|一天|每晚|早晚|睡前|饭后|饭前|(?<![一二两三四五六七八九十])[一二两三四五六七八九十]+(?:片|粒|颗|次)/gi;

function escape(w: string): string {
  return w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
// `s`: a piece holds no line break (the list is split at them), and with `.` matching anything these cannot take
// quadratic time (issue 23, found by recheck).
const REASON_LATIN = new RegExp(`\\b(?:${VOCAB.medicines.reasons.filter((w) => !hasCjk(w)).map(escape).join('|')})\\b.*$`, 'is');
const REASON_CJK = new RegExp(`(?:${VOCAB.medicines.reasons.filter(hasCjk).map(escape).join('|')}).*$`, 's');
const FILLERS = [...VOCAB.medicines.fillers]
  .sort((a, b) => b.length - a.length)
  .map((f) => ({ f, re: hasCjk(f) ? null : new RegExp(`(?<![a-z0-9])${escape(f)}(?![a-z0-9])`, 'g') }));
const NOT_NAMES = new Set(VOCAB.medicines.notNames);
/** Chinese words that mark a leftover as no name wherever they stand (words for medicine itself only match whole: "感冒药" is a remedy). */
const CJK_NOT_NAMES = VOCAB.medicines.notNames.filter((w) => hasCjk(w) && [...w].length >= 2 && !w.includes('药'));

function clean(item: string): string {
  let s = foldForMatch(item).replace(DOSE, ' ');
  // The reason comes after the name ("ibuprofen for my back"); a reason that opens the item keeps its name ("for my back, ibuprofen").
  // ...unless a medicine is named after it ("TB meds since august - isoniazid").
  for (const re of [REASON_LATIN, REASON_CJK]) {
    const m = re.exec(s);
    if (m && m.index > 0 && matchMedicines(s.slice(m.index)).matches.length === 0) s = s.slice(0, m.index);
  }
  return s.replace(/\s+/g, ' ').trim();
}

function withoutFillers(text: string): string {
  let s = ` ${text} `;
  for (const { f, re } of FILLERS) {
    if (!s.includes(f)) continue;
    s = re === null ? s.split(f).join(' ') : s.replace(re, ' ');
  }
  return s.replace(/\s+/g, ' ').trim();
}

/** A medicine's name is a word or three; a longer leftover is a sentence ("my pee is really dark brown"). */
const NAME_MAX_WORDS = 3;

function nameLike(word: string): boolean {
  // A Chinese leftover that holds a word that is no name ("一杯黑咖啡", "这算药吗") is not a name.
  if (hasCjk(word) && CJK_NOT_NAMES.some((n) => word.includes(n))) return false;
  const parts = word.split(' ').filter((w) => w.length > 0 && !NOT_NAMES.has(w));
  if (parts.length > NAME_MAX_WORDS) return false;
  return parts.some((w) => (hasCjk(w) ? w.length >= 2 : /[a-z]{3,}/.test(w)));
}

const COMMON_EN = new Set(common.en);
const COMMON_ZH = new Set(common.zh);
const FUNCTION_CHARS = new Set(VOCAB.medicines.functionChars);
const CLASS_PHRASES = Object.entries(VOCAB.medicines.classes).flatMap(([id, words]) => words.map((w) => ({ id, w })));
/** Kinds of medicine that may hold paracetamol (spec ASK-APAP: "painkillers", "cold medicine", 止痛药, 感冒药). */
const APAP_CLASS_PHRASES = CLASS_PHRASES.filter(({ id }) => id === 'painkiller' || id === 'cold_remedy').map(({ w }) => w);

/** The kinds of medicine a reply names by purpose ("blood pressure tablets", "降压药"). */
function classesIn(text: string): string[] {
  const t = ` ${foldForMatch(text)} `;
  return [...new Set(CLASS_PHRASES.filter(({ w }) => (hasCjk(w) ? t.includes(w) : t.includes(` ${w} `) || t.includes(` ${w}s `))).map(({ id }) => id))];
}

/** Whether a piece of the list opens with a kind of medicine ("sleeping pills I've been saving", "安眠药攒了一瓶"). */
function opensWithKind(piece: string): boolean {
  const t = foldForMatch(piece).trim();
  return CLASS_PHRASES.some(({ w }) => t.startsWith(w));
}

/** Fewest characters of a Chinese leftover that no everyday word or function character covers (dynamic programming). */
function uncoveredCjk(text: string): number {
  const chars = [...text];
  const best: number[] = [0];
  for (let i = 1; i <= chars.length; i++) {
    const c = chars[i - 1] ?? '';
    let b = (best[i - 1] ?? 0) + (FUNCTION_CHARS.has(c) ? 0 : 1);
    for (const n of [2, 3, 4]) if (i >= n && COMMON_ZH.has(chars.slice(i - n, i).join(''))) b = Math.min(b, best[i - n] ?? 0);
    best.push(b);
  }
  return best[chars.length] ?? 0;
}

const FORM_ENDINGS = VOCAB.medicines.formEndings.filter(hasCjk);

/**
 * An everyday English word, its inflections too ("sundays", "started", "thats" typed without its apostrophe): the
 * word list holds base forms, so a plural, past or -ing form is looked up by its stem as well.
 */
function commonEnglish(word: string): boolean {
  if (COMMON_EN.has(word)) return true;
  const stems = [word.replace(/'?s$/, ''), word.replace(/es$/, ''), word.replace(/ed$/, ''), word.replace(/d$/, ''), word.replace(/ing$/, ''), word.replace(/ing$/, 'e')];
  return stems.some((s) => s !== word && s.length >= 3 && COMMON_EN.has(s));
}

const PURPOSE_STARTS = VOCAB.medicines.purposeStarts.filter(hasCjk);
const SOURCE_ENDS = VOCAB.medicines.sourceEnds.filter(hasCjk);
/** Words for people (ConText's experiencer triggers, 我妈, 老婆, 同事): a medicine's name holds none of them. */
const PERSON_WORDS = (VOCAB.context.other ?? []).filter((w) => hasCjk(w) && [...w].length >= 2);

/**
 * A Chinese word that could be a name: one with a medicine's form ("逍遥丸"), or not made of everyday words, and not
 * a purpose ("治痛风", "说是抗炎"), a source ("淘宝上买", "教练给") or a person ("我妈在").
 */
function cjkNameLike(word: string): boolean {
  if (COMMON_ZH.has(word)) return false;
  if (FORM_ENDINGS.some((f) => word.endsWith(f) && word.length > f.length)) return true;
  if (PURPOSE_STARTS.some((p) => word.startsWith(p)) || SOURCE_ENDS.some((e) => word.endsWith(e)) || PERSON_WORDS.some((w) => word.includes(w))) return false;
  return uncoveredCjk(word) >= 2;
}

/**
 * What of a leftover could be a medicine's name: not a purpose word, not everyday words of either language (issue
 * #27 item 4: "started", "my wife gave me", "调理", "冲水喝" are no names). A word of the lexicon's shape (aspirin,
 * 秋水仙碱) is never an everyday word (bench/commonWords.ts leaves them out). Null when nothing is left.
 */
function nameIn(leftover: string): string | null {
  // An unnamed painkiller or cold remedy ("painkillers", "感冒药") stays in the list: ASK-APAP asks about it.
  if (APAP_CLASS_PHRASES.some((w) => leftover === w || leftover === `${w}s`)) return leftover;
  let s = ` ${leftover} `;
  for (const { w } of CLASS_PHRASES) s = hasCjk(w) ? s.split(w).join(' ') : s.split(` ${w} `).join(' ');
  const kept = s
    .split(' ')
    .filter((w) => w.length > 0)
    .filter((w) => (hasCjk(w) ? cjkNameLike(w) : !commonEnglish(w) && !NOT_NAMES.has(w) && /[a-z]{3,}/.test(w)));
  return kept.length > 0 ? kept.join(' ') : null;
}

/** "nothing except levothyroxine", "除了优甲乐什么都没吃": the words after "except" (除了) are what is taken. */
const EXCEPT_LATIN = new RegExp(`\\b(?:${VOCAB.medicines.exceptions.filter((w) => !hasCjk(w)).map(escape).join('|')})\\b\\s*(.+)$`, 'is');
const EXCEPT_CJK = new RegExp(`(?:${VOCAB.medicines.exceptions.filter(hasCjk).map(escape).join('|')})(.+?)(?:以外|之外|[，,]|什么|别的|其他|其它|啥|都|也|没|不|$)`, 's');

function exceptedPart(piece: string): string | null {
  const found = EXCEPT_LATIN.exec(piece) ?? EXCEPT_CJK.exec(piece);
  const part = found?.[1]?.trim();
  return part ? part : null;
}

const NEGATED_PIECE = /^(?:not|no|never|nor|without|没|不|无)|没吃|没用|不吃|没在吃|没服/;

/** A medicine and its dose fit in this many characters: a longer piece is cut, bounding the fuzzy look-ups. */
const PIECE_MAX_CHARS = 80;

/**
 * The reading of a medicine answer, remembered per reply text (issue 30 item 1); each caller gets its own copy, since
 * the dialog keeps the names in the conversation's answers.
 */
const medicineListOf = memoByText((input: string): Readonly<MedicineList> => readMedicineList(input));

export function parseMedicineList(input: string): MedicineList {
  const v = medicineListOf(input);
  return { none: v.none, items: [...v.items], recognised: [...v.recognised], unknown: [...v.unknown], classes: [...v.classes] };
}

function readMedicineList(input: string): MedicineList {
  const text = capForPhrases(input);
  // "nothing, not even vitamins": a piece that denies is not a medicine taken.
  const pieces = text.split(LIST_SPLIT);
  const first = pieces[0] ?? '';
  // "nothing except my thyroid pill": what was excepted is kept, even when it is no name the bot knows.
  const read = pieces.map((s) => {
    const piece = s.trim().slice(0, PIECE_MAX_CHARS);
    return { piece, excepted: exceptedPart(piece) };
  });
  const excepted = read.slice(0, 20).map((r) => r.excepted).filter((p): p is string => p !== null);
  const raw = read
    .map((r) => r.excepted ?? r.piece)
    .filter((s) => s.length > 0 && !NEGATED_PIECE.test(foldForMatch(s)))
    .slice(0, 20);
  const items: string[] = [];
  const recognised: string[] = [];
  const unknown: string[] = [];
  const classes: string[] = [];
  if (excepted.length === 0 && saysNone(first) && raw.every((p) => matchMedicines(clean(p)).matches.length === 0)) return { none: true, items: [], recognised: [], unknown: [], classes: [] };
  for (const piece of raw) {
    const cleaned = clean(piece);
    if (!cleaned) continue;
    const found = matchMedicines(cleaned);
    const names = found.unrecognised
      .map(withoutFillers)
      .map((u) => u.split(' ').filter((w) => !NOT_NAMES.has(w)).join(' ').trim())
      .filter(nameLike)
      .map(nameIn)
      .filter((n): n is string => n !== null);
    // A kind said by its purpose stands for a name only where no name is given: "statin for cholesterol" is a statin.
    // A kind that opens the piece is what it names ("安眠药攒了一瓶…"), whatever words follow.
    if (found.matches.length === 0 && (names.every((n) => classesIn(n).length > 0) || opensWithKind(piece))) classes.push(...classesIn(piece));
    if (found.matches.length > 0) {
      recognised.push(...found.matches.map((m) => m.entry.id));
      items.push(withoutFillers(cleaned) || cleaned);
    } else if (names.length > 0) {
      items.push(...names);
    }
    unknown.push(...names);
  }
  const kinds = [...new Set(classes)];
  if (items.length === 0 && excepted.length > 0) return { none: false, items: excepted, recognised: [], unknown: excepted, classes: kinds };
  if (items.length === 0 && kinds.length === 0 && (saysNone(text) || saysNone(first))) return { none: true, items: [], recognised: [], unknown: [], classes: [] };
  return { none: false, items: [...new Set(items)], recognised: [...new Set(recognised)], unknown: [...new Set(unknown)], classes: kinds };
}

/**
 * Whether a name in the list only names a kind of medicine ("painkillers", "降压药"): it is said back as that kind
 * (`labels.medicineClasses`), not as a name the bot does not know.
 */
export function namesOnlyAKind(name: string): boolean {
  const v = medicineListOf(name);
  return v.recognised.length === 0 && v.classes.length > 0 && v.unknown.every((u) => classesIn(u).length > 0);
}
