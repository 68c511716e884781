import measures from './data/drink-measures.json';
import { memoByText } from './memo';
import { parseChineseNumeral } from './numbers';
import { hasCjk } from './normalise';
import { prepare } from './sentences';
import { VOCAB } from './vocabulary';

/**
 * What a reply about alcohol says, in US standard drinks [NIAAA]: a usual week and the biggest occasion, kept
 * apart ("usually a few beers a week, but 7 at a party on Saturday" is 3 a week and 7 at once). Drinks are counted
 * by what and in what ("2 pints of lager", "半斤白酒", "一箱啤酒", "a bottle of wine a night"), with the sizes in
 * src/nlu/data/drink-measures.json; each amount takes the frequency said nearest to it ("a day", "每周",
 * "last Saturday"). A range ("2 or 3", "两三瓶") counts as its upper end: the cautious reading.
 */
export interface AlcoholReport {
  /** Drinks in a usual week, when the reply gives a habit ("10 a week", "每天二两白酒"); 0 for none. */
  drinksPerWeek: number | null;
  /** The most drunk on one occasion, when the reply gives one. */
  largestOccasion: number | null;
  /** A binge as a parent bot stated it, when it gave no amount. */
  binge?: boolean | null;
}

type Table = Record<string, Record<string, number>>;
const TABLE = measures.measures as Table;
const D = VOCAB.drinks;

interface Hit {
  id: string;
  start: number;
  end: number;
}

function escape(w: string): string {
  return w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * A word list made once at start-up, and indexed so that a text runs only the expressions of words it may hold
 * (issue 30 item 1: an alcohol answer was scanned by about 760 expressions). A Latin word stands as whole words, so
 * its first run of letters and digits is a whole run of the text; a Chinese word (or one that starts with another
 * mark) holds its first character.
 */
interface WordList {
  words: { id: string; re: RegExp }[];
  /** Word positions by the first run of [a-z0-9] of a Latin word. */
  byRun: Map<string, number[]>;
  /** Word positions by first character (Chinese words, and words that start with neither a letter nor a digit). */
  byChar: Map<string, number[]>;
}

const RUN = /[a-z0-9]+/g;

function addAt(map: Map<string, number[]>, key: string, i: number): void {
  const list = map.get(key);
  if (list) list.push(i);
  else map.set(key, [i]);
}

function compileWords(record: Record<string, string[]>): WordList {
  const list: WordList = { words: [], byRun: new Map(), byChar: new Map() };
  for (const [id, words] of Object.entries(record)) {
    for (const w of words) {
      const cjk = hasCjk(w);
      const i = list.words.push({ id, re: new RegExp(cjk ? escape(w) : `(?<![a-z0-9])${escape(w).replace(/\s+/g, '\\s+')}(?![a-z0-9])`, 'g') }) - 1;
      const run = /^[a-z0-9]+/.exec(w)?.[0];
      if (!cjk && run !== undefined) addAt(list.byRun, run, i);
      else addAt(list.byChar, w.charAt(0), i);
    }
  }
  return list;
}

/** The words of a list a text may hold, in the list's order. */
function wordsIn(s: string, list: WordList): { id: string; re: RegExp }[] {
  const found = new Set<number>();
  const take = (at: readonly number[] | undefined): void => {
    if (at) for (const i of at) found.add(i);
  };
  for (const m of s.matchAll(RUN)) take(list.byRun.get(m[0]));
  for (let i = 0; i < s.length; i++) take(list.byChar.get(s.charAt(i)));
  return [...found].sort((a, b) => a - b).flatMap((i) => list.words[i] ?? []);
}

const TYPES = compileWords(D.types);
const CONTAINERS = compileWords(D.containers);
const CUES = compileWords(D.frequency);
const NONE = compileWords({ none: D.none });

/** Every place a word list's words stand, the longest first where two overlap. */
function hits(s: string, list: WordList): Hit[] {
  const all: Hit[] = [];
  for (const { id, re } of wordsIn(s, list)) for (const m of s.matchAll(re)) all.push({ id, start: m.index, end: m.index + m[0].length });
  all.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: Hit[] = [];
  for (const h of all) if (!kept.some((k) => h.start < k.end && k.start < h.end)) kept.push(h);
  return kept.sort((a, b) => a.start - b.start);
}

const CN_CONTAINER_CHARS = '瓶杯罐听箱扎碗口斤盅支件打';
const CN_NUMERAL = '零一二两三四五六七八九十百半几';
/** Words that may stand between a count and the drink: "6 large beers", "a couple of", "两大杯", "喝了3瓶". */
const GAP_WORDS = ['of', 'like', 'about', 'maybe', 'around', 'roughly', 'approx', 'approximately', 'some', 'more', 'large', 'big', 'small', 'tall', 'cold', 'full', 'whole', 'good', '左右', '多', '来', '个', '喝了', '喝', '了', '约', '大概', '差不多'].sort((a, b) => b.length - a.length);

/**
 * The text without the run of gap words and white space at its end. Peeled one word at a time, longest first, in
 * linear time (issue 23: the pattern this replaces, `(?:\s+|of|…)*$`, backtracked exponentially on runs of spaces).
 */
function withoutTrailingGap(s: string): string {
  let end = s.length;
  peel: while (end > 0) {
    if (/\s/.test(s.charAt(end - 1))) {
      end -= 1;
      continue;
    }
    for (const w of GAP_WORDS) {
      if (s.endsWith(w, end)) {
        end -= w.length;
        continue peel;
      }
    }
    break;
  }
  return s.slice(0, end);
}

// Made once (issue 30 item 1: no expression is built while a reply is read).
const CN_COUNT_AT_END = new RegExp(`(?<![${CN_NUMERAL}])([${CN_NUMERAL}]+)$`);
const CN_COUNT_CHAR = new RegExp(`[${CN_NUMERAL}\\d]`);
/** Latin count words ("a couple of", "half a"), longest first, each as a whole word that ends the text before a drink. */
const COUNT_WORDS = Object.keys(D.countWords)
  .filter((w) => !hasCjk(w) && (D.countWords[w] ?? 0) > 0)
  .sort((a, b) => b.length - a.length)
  .map((w) => ({ w, re: new RegExp(`(?<![a-z0-9])${escape(w)}\\s*$`) }));

/** The count that stands just before a position: "6", "2-3", "a couple of", "half a", "两三", "半". */
function countBefore(s: string, at: number): number | null {
  const before = withoutTrailingGap(s.slice(Math.max(0, at - 32), at));
  const range = /(?<!\d)(\d+(?:\.\d+)?)\s*(?:-|–|~|to|or|或|到|至)\s*(\d+(?:\.\d+)?)$/.exec(before);
  if (range) return Math.max(Number(range[1]), Number(range[2]));
  const digits = /(?<!\d)(\d+(?:\.\d+)?)\s*(?:x)?$/.exec(before);
  if (digits) return Number(digits[1]);
  const cn = CN_COUNT_AT_END.exec(before);
  if (cn?.[1]) {
    const word = cn[1];
    const listed = D.countWords[word];
    if (listed !== undefined && listed > 0) return listed;
    const n = parseChineseNumeral(word.replace(/几/g, '三'));
    if (n !== null && n > 0) return n;
  }
  for (const { w, re } of COUNT_WORDS) if (before.includes(w) && re.test(before)) return D.countWords[w] ?? null;
  return null;
}

/** A bare number above this is not a count of drinks ("a 40", "my friend's 40th"). */
const BARE_MAX = 30;

interface Amount {
  drinks: number;
  at: number;
}

function typeNear(types: Hit[], from: number, to: number): Hit | undefined {
  return types.find((t) => t.start >= from && t.start <= to);
}

/** The amounts said in a text, each with its place. */
function amounts(s: string, saysNone: boolean): Amount[] {
  const types = hits(s, TYPES);
  const containers = hits(s, CONTAINERS).filter((c) => {
    if (s.slice(c.start, c.end) !== '两') return true;
    // 两 is a measure of baijiu after a numeral ("二两", "一两白酒"), and a count before a container ("两瓶").
    const next = s[c.end];
    return next !== undefined && CN_CONTAINER_CHARS.includes(next) ? false : CN_COUNT_CHAR.test(s[c.start - 1] ?? '');
  });
  // A word that names a measure is a measure ("shots" is both): the drink's name is looked for beside it.
  const free = types.filter((t) => !containers.some((c) => t.start < c.end && c.start < t.end));
  types.length = 0;
  types.push(...free);
  const used = new Set<Hit>();
  const out: Amount[] = [];
  let lastType = 'generic';
  for (const c of containers) {
    // "一口都没碰过": a sip, said to deny, is no drink.
    if (saysNone && c.id === 'sip') continue;
    const after = typeNear(types.filter((t) => !used.has(t)), c.end, c.end + 14);
    const before = [...types].reverse().find((t) => !used.has(t) && t.end <= c.start && c.start - t.end <= 12);
    const type = after ?? before;
    if (type) used.add(type);
    const typeId = type?.id ?? lastType;
    lastType = typeId;
    // "4 vodka shots": the count stands before the drink's name, which stands before its measure.
    let count = countBefore(s, c.start) ?? (before && !after && /^\s*$/.test(s.slice(before.end, c.start)) ? countBefore(s, before.start) : null);
    // "啤酒两瓶": the count may stand after the drink's name and before its measure; "a bottle": one.
    count ??= 1;
    // "一箱半": one and a half; "中午晚上各一两": each of two times.
    if (s[c.end] === '半') count += 0.5;
    if (s.slice(Math.max(0, c.start - 3), c.start).includes('各')) count *= 2;
    out.push({ drinks: count * (TABLE[typeId]?.[c.id] ?? TABLE.generic?.[c.id] ?? 1), at: c.start });
  }
  const loose = types.filter((t) => !used.has(t));
  for (const t of loose) {
    const count = countBefore(s, t.start);
    if (count === null && (out.length > 0 || loose.length > 1 || saysNone)) continue;
    lastType = t.id;
    out.push({ drinks: (count ?? 1) * (TABLE[t.id]?.default ?? 1), at: t.start });
  }
  // "7 at a party", "6 a day", "上周六喝了7个", "had a few": a bare count, of the drink named elsewhere.
  const BARE: RegExp = /(?<![\d.])(\d+(?:\.\d+)?)(?:\s*(?:个|more(?=\s)))?(?=\s*(?:(?:at|on|last|that|in one|during|a day|a night|a week|per|every|each|of those|of them|当天|那天)\b|个))|\bhad (a few|a couple|several|loads|a lot)\b/g;
  for (const m of s.matchAll(BARE)) {
    if (m[2] !== undefined) {
      if (out.length === 0) out.push({ drinks: (D.countWords[m[2]] ?? 3) * (TABLE[lastType]?.default ?? 1), at: m.index });
      continue;
    }
    if (out.some((a) => Math.abs(a.at - m.index) < 3) || Number(m[1]) > BARE_MAX) continue;
    out.push({ drinks: Number(m[1]) * (TABLE[lastType]?.default ?? 1), at: m.index });
  }
  return out.sort((a, b) => a.at - b.at);
}

const TIMES = /(\b\d+|once|twice|three|four|five|six|一|两|二|三|四|五|六)\s*(?:times?|nights?|days?|evenings?|x|次|天|晚|回|场|顿)\s*(?:(?:a|per|每|\/)\s*)?(?:week|wk|周|星期)|(?:一周|每周|每星期|一星期|一个星期|一礼拜)[^\d一二两三四五六七]{0,3}([\d一二两三四五六七]+)\s*(?:次|天|晚|回|场|顿|趟)/g;
const TIMES_WORDS: Record<string, number> = { once: 1, twice: 2, three: 3, four: 4, five: 5, six: 6 };

interface Cue {
  kind: string;
  start: number;
  end: number;
  times?: number;
}

function cues(s: string): Cue[] {
  const out: Cue[] = hits(s, CUES).filter((h) => h.id !== 'past' && h.id !== 'perTime').map((h) => ({ kind: h.id, start: h.start, end: h.end }));
  for (const m of s.matchAll(TIMES)) {
    const raw = m[1] ?? m[2] ?? '1';
    const n = /^\d+$/.test(raw) ? Number(raw) : (TIMES_WORDS[raw] ?? parseChineseNumeral(raw) ?? 1);
    const cue: Cue = { kind: 'timesPerWeek', start: m.index, end: m.index + m[0].length, times: n };
    for (let i = out.length - 1; i >= 0; i--) if ((out[i]?.start ?? 0) < cue.end && cue.start < (out[i]?.end ?? 0)) out.splice(i, 1);
    out.push(cue);
  }
  const strong = out.filter((c) => c.kind !== 'usually');
  return (strong.length > 0 ? strong : out).sort((a, b) => a.start - b.start);
}

const SEGMENT = /[,，;；:：.。!！?？\n]|\bbut\b|\bthough\b|\bexcept\b|但是|但|不过|可是|(?<=[\u3400-\u9fff])\s+(?=[\u3400-\u9fff])/g;
const SENTENCE = /[.。!！?？\n]/g;

function bounds(s: string, re: RegExp, at: number): [number, number] {
  let start = 0;
  let end = s.length;
  for (const m of s.matchAll(re)) {
    if (m.index < at) start = m.index + m[0].length;
    else {
      end = m.index;
      break;
    }
  }
  return [start, end];
}

function sameSegment(s: string, a: number, b: number): boolean {
  return bounds(s, SEGMENT, a)[0] === bounds(s, SEGMENT, b)[0];
}

function distance(a: Amount, c: Cue): number {
  return c.start >= a.at ? c.start - a.at : a.at - c.end;
}

const PER_TIME = compileWords({ perTime: D.frequency.perTime ?? [] });
const PAST = compileWords({ past: D.frequency.past ?? [] });

/**
 * The frequency an amount is said with: in its own segment the nearest; after "each time" (每次) the habit said
 * before it ("一周喝两次，每次四瓶"); otherwise the next one in its sentence, then the one before.
 */
function cueFor(s: string, a: Amount, all: Cue[]): Cue | null {
  const [ss, se] = bounds(s, SEGMENT, a.at);
  const perTime = hits(s, PER_TIME).some((h) => h.start >= ss && h.end <= se);
  if (perTime && !all.some((c) => c.start >= ss && c.end <= se)) {
    const before = [...all].reverse().find((c) => c.end <= a.at && c.kind !== 'occasion');
    if (before) return before;
  }
  const inSegment = all.filter((c) => c.start >= ss && c.end <= se);
  if (inSegment.length > 0) return inSegment.reduce((best, c) => (distance(a, c) < distance(a, best) ? c : best));
  const [ts, te] = bounds(s, SENTENCE, a.at);
  return all.find((c) => c.start >= a.at && c.end <= te) ?? [...all].reverse().find((c) => c.start >= ts && c.end <= a.at) ?? null;
}

/** Drinks a week for an amount said with each frequency; "usually" with no other frequency reads as a usual week. */
const PER_WEEK: Record<string, number> = { perDay: 7, mostDays: 5, perWeek: 1, weekend: 1, twoNights: 2, perMonth: 1 / 4.3, usually: 1 };
/** "weekends, 5 beers each night": two nights a week. */
const WEEKEND_NIGHTS = 2;
const round = (x: number): number => Math.round(x * 10) / 10;

/** "had like 6 beers saturday", "2 bottles of wine on Friday", "about 10 drinks a week", "每天二两白酒", "none". */
/** The reading of an alcohol answer, remembered per reply text (issue 30 item 1); each caller gets its own copy. */
const alcoholOf = memoByText((text: string): Readonly<AlcoholReport> | null => readAlcohol(text));

export function parseAlcohol(text: string): AlcoholReport | null {
  const r = alcoholOf(text);
  return r === null ? null : { ...r };
}

function readAlcohol(text: string): AlcoholReport | null {
  const s = prepare(text);
  const saysNone = hits(s, NONE).length > 0;
  // What someone used to drink ("以前天天一斤白酒", "used to drink a bottle a day") is not their usual week now.
  const past = hits(s, PAST).map((h) => bounds(s, SEGMENT, h.start));
  const all = amounts(s, saysNone);
  const now = all.filter((a) => !past.some(([ps, pe]) => a.at >= ps && a.at < pe));
  const list = now.length > 0 || saysNone ? now : all;
  if (list.length === 0) return saysNone ? { drinksPerWeek: 0, largestOccasion: 0 } : null;
  const found = cues(s);
  let weekly: number | null = null;
  const occasions = new Map<string, number>();
  let loose = 0;
  for (const a of list) {
    const cue = cueFor(s, a, found);
    if (cue === null) {
      loose += a.drinks;
    } else if (cue.kind === 'occasion') {
      const key = `${cue.start}`;
      occasions.set(key, (occasions.get(key) ?? 0) + a.drinks);
    } else {
      // "weekends, 5 beers each night" is two nights; "6 pints every night, more at the weekend" is every night.
      const weekendNights = cue.kind === 'perDay' && found.some((c) => c.kind === 'weekend' && (c.end <= a.at || sameSegment(s, a.at, c.start)));
      const perWeek = cue.kind === 'timesPerWeek' ? (cue.times ?? 1) : weekendNights ? WEEKEND_NIGHTS : (PER_WEEK[cue.kind] ?? 1);
      weekly = (weekly ?? 0) + a.drinks * perWeek;
      if (!['perWeek', 'perMonth', 'weekend', 'usually', 'twoNights'].includes(cue.kind)) occasions.set(`habit${cue.start}`, (occasions.get(`habit${cue.start}`) ?? 0) + a.drinks);
    }
  }
  const largest = occasions.size > 0 ? Math.max(...occasions.values()) : null;
  const strongNone = hits(s, NONE).some((h) => s.slice(h.start, h.end).includes(' ') || hasCjk(s.slice(h.start, h.end)));
  if (weekly === null && largest === null) return { drinksPerWeek: strongNone ? 0 : null, largestOccasion: round(loose) };
  return {
    drinksPerWeek: weekly !== null ? round(weekly) : strongNone ? 0 : null,
    largestOccasion: largest !== null ? round(Math.max(largest, loose)) : loose > 0 ? round(loose) : null,
  };
}
