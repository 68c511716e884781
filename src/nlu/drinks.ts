import { DRINK_SIZES } from '../assessment/alcohol';
import { findNumbers, parseChineseNumeral } from './numbers';
import { foldForMatch } from './normalise';
import { VOCAB } from './vocabulary';

/** What a reply about alcohol says, in US standard drinks [NIAAA]. */
export interface AlcoholReport {
  /** Drinks in a usual week, when the reply gives a habit ("10 a week", "每天二两白酒"). */
  drinksPerWeek: number | null;
  /** The most drunk on one occasion in the week before the test, when the reply gives one. */
  largestOccasion: number | null;
  /** A binge as a parent bot stated it, when it gave no amount. */
  binge?: boolean | null;
}

const WORD_AMOUNTS: Record<string, number> = { a: 1, an: 1, one: 1, couple: 2, 'a couple': 2, few: 3, 'a few': 3, several: 4, half: 0.5 };

const PER_DAY = /\b(a|per|each|every)\s+(day|night|evening)\b|\bdaily\b|\bnightly\b|\bevery\s*day\b|每天|每日|每晚|天天|一天/;
const MOST_DAYS = /\bmost\s+(days|nights|evenings)\b|\bmost\s+of\s+the\s+week\b|经常|几乎每天/;
const PER_WEEK = /\b(a|per|each|every)\s+week\b|\bweekly\b|\bweekends?\b(?!.*\blast\b)|每周|每星期|一周|一星期/;

interface Amount {
  sizeId: string;
  count: number;
  at: number;
  end: number;
}

function sizeWords(): { id: string; word: string }[] {
  const out: { id: string; word: string }[] = [];
  for (const [id, list] of Object.entries(VOCAB.drinks)) for (const word of list) out.push({ id, word });
  return out.sort((a, b) => b.word.length - a.word.length);
}
const SIZE_WORDS = sizeWords();

function countBefore(text: string, at: number): number | null {
  const before = text.slice(Math.max(0, at - 24), at);
  const cn = /([零一二两三四五六七八九十百\d.]+)\s*(?:个|杯|瓶|罐|听|两|口|shot)?\s*$/.exec(before);
  if (cn?.[1]) {
    const n = /^[\d.]+$/.test(cn[1]) ? Number(cn[1]) : parseChineseNumeral(cn[1]);
    if (n !== null && Number.isFinite(n) && n > 0) return n;
  }
  // Digits are read directly; Recognizers-Text is asked only when a number is written in words.
  const digits = /(\d+(?:\.\d+)?)\s*(?:[a-z]+\s+){0,2}$/.exec(before);
  if (digits?.[1] && Number(digits[1]) > 0) return Number(digits[1]);
  if (!/\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|dozen)\b/.test(before)) {
    const word = /\b(a couple|a few|couple|few|several|half|an|a|one)\s+(?:of\s+)?(?:\w+\s+)?$/.exec(before);
    return word?.[1] ? (WORD_AMOUNTS[word[1]] ?? null) : null;
  }
  const nums = findNumbers(before).filter((n) => n.end >= before.trimEnd().length - 28);
  const last = nums[nums.length - 1];
  if (last && last.value > 0) return last.value;
  const word = /\b(a couple|a few|couple|few|several|half|an|a|one)\s+(?:of\s+)?(?:\w+\s+)?$/.exec(before);
  if (word?.[1]) return WORD_AMOUNTS[word[1]] ?? null;
  return null;
}

function amounts(text: string): Amount[] {
  const found: Amount[] = [];
  const taken: [number, number][] = [];
  for (const { id, word } of SIZE_WORDS) {
    let from = 0;
    for (;;) {
      const at = text.indexOf(word, from);
      if (at < 0) break;
      from = at + word.length;
      const boundaryOk = /[\u3400-\u9fff]/.test(word) || (!/[a-z]/.test(text[at - 1] ?? '') && !/[a-z]/.test(text[at + word.length] ?? ''));
      if (!boundaryOk || taken.some(([s, e]) => at < e && at + word.length > s)) continue;
      taken.push([at, at + word.length]);
      const count = countBefore(text, at);
      found.push({ sizeId: id, count: count ?? 1, at, end: at + word.length });
    }
  }
  found.sort((a, b) => a.at - b.at);
  // "3 shots of vodka", "2 pints of cider": a measure and a drink name are one amount.
  return found.filter((a, i) => {
    const prev = found[i - 1];
    return !prev || !/^\s*(?:of\s+)?$/.test(text.slice(prev.end, a.at));
  });
}

/** "had like 6 beers saturday", "2 bottles of wine on Friday", "about 10 drinks a week", "每天二两白酒", "none". */
export function parseAlcohol(text: string): AlcoholReport | null {
  const folded = foldForMatch(text);
  if (VOCAB.answers.none?.includes(folded) || VOCAB.answers.no?.includes(folded) || VOCAB.drinks.none?.some((w) => folded.includes(w))) {
    return { drinksPerWeek: 0, largestOccasion: 0 };
  }
  const list = amounts(folded).filter((a) => a.sizeId !== 'none');
  if (list.length === 0) return null;
  const drinks = list.reduce((sum, a) => sum + a.count * (DRINK_SIZES.find((d) => d.id === a.sizeId)?.standardDrinks ?? 1), 0);
  const rounded = Math.round(drinks * 10) / 10;
  if (PER_DAY.test(folded)) return { drinksPerWeek: Math.round(rounded * 7 * 10) / 10, largestOccasion: rounded };
  if (MOST_DAYS.test(folded)) return { drinksPerWeek: Math.round(rounded * 5 * 10) / 10, largestOccasion: rounded };
  if (PER_WEEK.test(folded)) return { drinksPerWeek: rounded, largestOccasion: null };
  return { drinksPerWeek: null, largestOccasion: rounded };
}
