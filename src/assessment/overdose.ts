import { LEXICON } from './medicineLexicon';
import { matchMedicines } from './medicineMatcher';

/** The most acetaminophen/paracetamol the label allows an adult in a day, in mg. */
export const APAP_MAX_MG_PER_DAY = 4000;
/** Tablets at once that no label allows (labels say 1 or 2 at a time, at most 8 a day). */
export const APAP_MAX_TABLETS_AT_ONCE = 8;

const WORD_TIMES: Record<string, number> = { once: 1, twice: 2, thrice: 3 };
const CN_DIGITS: Record<string, number> = { 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };

function timesPerDay(text: string): number {
  const word = /\b(once|twice|thrice)\b/.exec(text);
  if (word?.[1]) return WORD_TIMES[word[1]] ?? 1;
  const n = /\b(\d+)\s*(?:x|times)\b/.exec(text) ?? /(?<!\d)(\d+)\s*[次回顿]/.exec(text);
  if (n?.[1]) return Number(n[1]);
  // "every 3 hours": as often as that, round the clock.
  const every = /every\s+(\d{1,2})\s*(?:hours|hrs|h)\b|每\s*(\d{1,2})\s*(?:个)?小时/.exec(text);
  if (every) return Math.floor(24 / Math.max(1, Number(every[1] ?? every[2])));
  const cn = /([一二两三四五六七八九十])[次回顿]/.exec(text);
  if (cn?.[1]) return CN_DIGITS[cn[1]] ?? 1;
  return 1;
}

function cnNumber(s: string): number {
  if (/^\d+$/.test(s)) return Number(s);
  if (s.startsWith('十')) return 10 + (CN_DIGITS[s.slice(1)] ?? 0);
  const [tens, ones] = s.split('十');
  if (ones !== undefined) return (CN_DIGITS[tens ?? ''] ?? 1) * 10 + (CN_DIGITS[ones] ?? 0);
  return CN_DIGITS[s] ?? 0;
}

const APAP_NAMES = LEXICON.find((e) => e.id === 'acetaminophen')?.names.filter((n) => /^[a-z][a-z -]+$/.test(n)) ?? [];
const TABLET_WORDS = ['tablets?', 'tabs?', 'pills?', 'caplets?', 'capsules?', ...APAP_NAMES.map((n) => n.replace(/[-\s]+/g, '[-\\s]?'))].join('|');
const NOT_TABLETS = '(?!\\s*(?:years?|yrs?|days?|weeks?|months?|hours?|hrs?|mins?|minutes?|mg|g|ml|%|pints?|beers?|drinks?|cans?|glasses?|shots?|units?|times|x\\b))';
// A count starts where its digits do, at most four words stand on each side of a strength ("2 of the 500mg
// tablets"), only one strength, and at most three spaces between words: every try from one place is bounded, so the
// scan is linear (issue 23, found by recheck).
const TABLET_COUNTS = new RegExp(
  `(?<!\\d)(\\d{1,3})\\s{0,3}(?:x\\s{0,3})?(?:(?:of|the|more|extra|whole)\\s{1,3}){0,4}(?:500(?:mg)?\\s{1,3})?(?:(?:of|the|more|extra|whole)\\s{1,3}){0,4}(?:${TABLET_WORDS})\\b|(?:took|taken|swallowed|popped|ate)\\s+(?:about\\s+|like\\s+|maybe\\s+|around\\s+|over\\s+)?(\\d{1,3})\\b${NOT_TABLETS}|(\\d{1,3})\\s*(?:a|per|each|in\\s+(?:one|a|1))\\s*day`,
  'g',
);

/**
 * RF-APAP-OVERDOSE from a medicine answer: the text names acetaminophen/paracetamol and says more than the
 * label allows was taken, as a count of tablets at once ("took 20 paracetamol", "吃了二十片泰诺") or as mg a day.
 */
/** An overdose is said in a line or a sentence: a long paste is read line by line, at most this many candidates. */
const MAX_CANDIDATE_LINES = 8;
const LINE_MAX_CHARS = 240;
const CANDIDATE = /\d|(?<![一二两三四五六七八九十])[一二两三四五六七八九十]+\s*(?:片|粒|颗)|overdos|too many|too much|吃多了|过量|超量/i;

export function saysApapOverdose(text: string): boolean {
  if (text.length <= LINE_MAX_CHARS) return saysInLine(text);
  // A long paste (a report, a list): the lines that hold a count or an overdose word, the first and last few.
  const lines = text.split(/[\n.。!！?？;；]+/).filter((l) => CANDIDATE.test(l)).map((l) => l.slice(0, LINE_MAX_CHARS));
  const picked = lines.length <= MAX_CANDIDATE_LINES ? lines : [...lines.slice(0, MAX_CANDIDATE_LINES / 2), ...lines.slice(-MAX_CANDIDATE_LINES / 2)];
  return picked.some(saysInLine);
}

function saysInLine(text: string): boolean {
  // "co-codamol 30/500" is a strength, not a count of tablets.
  const lower = text.normalize('NFKC').toLowerCase().replace(/(?<!\d)\d+(?:\.\d+)?\s*\/\s*\d+(?:\.\d+)?/g, ' ');
  // Only a count, a dose or an overdose word can say "more than the label allows": check for one before matching names.
  if (!/\d|(?<![一二两三四五六七八九十])[一二两三四五六七八九十]+\s*(?:片|粒|颗)|overdos|too many|too much|吃多了|过量|超量/.test(lower)) return false;
  if (!matchMedicines(lower).matches.some((m) => m.entry.id === 'acetaminophen')) return false;
  if (/\boverdos|too many|吃多了|过量|超量/.test(lower)) return true;
  const mg = /(?<!\d)(\d+(?:\.\d+)?)\s*(mg|毫克|g|克)\b/.exec(lower) ?? /(?<!\d)(\d+(?:\.\d+)?)\s*(mg|毫克|克)/.exec(lower);
  if (mg?.[1]) {
    const dose = Number(mg[1]) * (mg[2] === 'g' || mg[2] === '克' ? 1000 : 1);
    if (dose * timesPerDay(lower) > APAP_MAX_MG_PER_DAY) return true;
  }
  // A count of tablets: a number before a tablet word or the medicine's name ("10 paracetamol"), after "took"
  // ("took 20"), or a day's count ("12 a day"). Other numbers ("6 pints", "for 12 years") are not tablets.
  for (const m of lower.matchAll(TABLET_COUNTS)) {
    const n = Number(m[1] ?? m[2] ?? m[3]);
    if (n > APAP_MAX_TABLETS_AT_ONCE && n < 100) return true;
  }
  const cnCount = /(?<![一二两三四五六七八九十])([一二两三四五六七八九十]+)\s*(?:片|粒|颗)/.exec(lower);
  if (cnCount?.[1] && cnNumber(cnCount[1]) > APAP_MAX_TABLETS_AT_ONCE) return true;
  // "一天吃了8回 每回两片", "2 tablets 6 times a day": tablets a time by times a day, over the day's eight.
  const perTime = /(\d{1,2})\s*(?:片|粒|颗|tablets?|tabs?|pills?|caplets?)/.exec(lower)?.[1] ?? /(?<![一二两三四五六七八九十])([一二两三四五六七八九十]+)\s*(?:片|粒|颗)/.exec(lower)?.[1];
  if (perTime && timesPerDay(lower) * cnNumber(perTime) > APAP_MAX_TABLETS_AT_ONCE) return true;
  return false;
}
