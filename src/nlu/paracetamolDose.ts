import { normaliseText } from './normalise';
import { parseChineseNumeral } from './numbers';

/**
 * The answer to "the most paracetamol you took in any 24 hours" (clinical spec §5, ASK-APAP): tablets and their
 * strength ("2 tablets of 500 mg, 4 times", "8片", "一次两片，一天四次"), a total ("about 3 g", "4000mg"), or not
 * knowing ("not sure", "不确定，可能更多"). Numbers only; the decision is the assessment's.
 */
export interface ParacetamolDose {
  maxMgIn24h: number | null;
  maxTabletsIn24h: number | null;
  tabletMg: number | null;
  unsure: boolean;
  maybeMore: boolean;
}

const UNSURE = /not sure|unsure|don'?t know|do not know|no idea|can'?t remember|cannot remember|not certain|dunno|不确定|不清楚|不知道|记不清|记不得|忘了/;
const MAYBE_MORE = /maybe more|may have been more|might have been more|or more|possibly more|probably more|可能更多|可能还多|也许更多|可能多|更多/;
const NUM = String.raw`\b(\d+(?:\.\d+)?)`;
const TABLET = String.raw`(?:tablets?|tabs?|pills?|caplets?|capsules?|sachets?|片|粒|颗|袋|包|at a time|at once|each time|per dose)`;
/** "一次2片" / "每次2片": 次 here counts tablets per dose, not doses a day. */
// The look-ahead is bounded (a count of up to 6 digits, up to 3 spaces) so that it cannot make the scan quadratic.
const PER_DOSE = new RegExp(String.raw`(?:每|1)\s*次\s*(?=\d{1,6}(?:\.\d{1,3})?\s{0,3}(?:片|粒|颗|袋|包))`, 'g');
const TIMES_WORD: Record<string, number> = { once: 1, twice: 2, thrice: 3 };
// Made once (issue 30 item 1: no expression is built while a reply is read); none is global, so none keeps state.
const TIMES_N = new RegExp(String.raw`${NUM}\s*(?:x\b|times\b|次)`);
const MG = new RegExp(String.raw`${NUM}\s*(?:mg|毫克|milligrams?)`);
const GRAMS = new RegExp(String.raw`${NUM}\s*(?:g\b|grams?\b|gm\b|克)`);
const TABLETS = new RegExp(String.raw`${NUM}\s*${TABLET}`);

/** Chinese numerals before a counter or 次 become digits: 两片 → 2片, 一天四次 → 一天4次. */
function chineseCountsToDigits(text: string): string {
  return text.replace(/(?<![零〇一二两三四五六七八九十百])([零〇一二两三四五六七八九十百]+)(?=\s*(?:片|粒|颗|袋|包|次|克|毫克|小时))/g, (m) => String(parseChineseNumeral(m) ?? m));
}

function timesPerDay(text: string): number | null {
  const word = /\b(once|twice|thrice)\b/.exec(text);
  if (word?.[1]) return TIMES_WORD[word[1]] ?? null;
  const every = /every\s+(\d+)\s*(?:hours?|hrs?|h)\b|每\s*(\d+)\s*(?:个)?小时/.exec(text);
  const hours = Number(every?.[1] ?? every?.[2]);
  if (hours > 0) return Math.floor(24 / hours);
  const n = TIMES_N.exec(text);
  if (n?.[1]) return Number(n[1]);
  return null;
}

/** The strength of one tablet (or one dose when no tablets are named), in mg. */
function strengthMg(text: string): number | null {
  const mg = MG.exec(text);
  if (mg?.[1]) return Number(mg[1]);
  const g = GRAMS.exec(text);
  if (g?.[1]) return Number(g[1]) * 1000;
  return null;
}

/** Reads the dose answer; null when it names no amount and does not say "not sure". */
export function parseParacetamolDose(answer: string): ParacetamolDose | null {
  const text = chineseCountsToDigits(normaliseText(answer).toLowerCase()).replace(PER_DOSE, ' ');
  const unsure = UNSURE.test(text);
  const maybeMore = MAYBE_MORE.test(text) && (unsure || /maybe|may|might|possibly|probably|可能|也许/.test(text));
  const tablets = TABLETS.exec(text);
  const strength = strengthMg(text.replace(TABLETS, ' '));
  const times = timesPerDay(text.replace(TABLETS, ' '));
  if (tablets?.[1]) {
    const count = Number(tablets[1]) * (times ?? 1);
    return { maxMgIn24h: strength !== null ? count * strength : null, maxTabletsIn24h: count, tabletMg: strength, unsure, maybeMore };
  }
  if (strength !== null) return { maxMgIn24h: strength * (times ?? 1), maxTabletsIn24h: null, tabletMg: null, unsure, maybeMore };
  // A bare number answers the question as asked: tablets when small, a total in mg when large.
  const bare = /^\D*?(\d+(?:\.\d+)?)\D*$/.exec(text);
  if (bare?.[1] && !unsure) {
    const n = Number(bare[1]);
    if (n >= 100) return { maxMgIn24h: n, maxTabletsIn24h: null, tabletMg: null, unsure, maybeMore };
    if (n > 0 && n <= 60) return { maxMgIn24h: null, maxTabletsIn24h: n * (times ?? 1), tabletMg: null, unsure, maybeMore };
  }
  if (unsure || maybeMore) return { maxMgIn24h: null, maxTabletsIn24h: null, tabletMg: null, unsure: true, maybeMore };
  return null;
}
