import { NLU_SOURCES } from '../i18n/resources';
import { cueMatcher } from './cues';
import { parseAlcohol, type AlcoholReport } from './drinks';

/**
 * Vague amounts of drinking (issue #27 item 5: "a couple now and then", "socially", "偶尔小酌", "not much") taken as what
 * they plainly mean, so that the question is not asked again for a number that could not cross a limit: occasional
 * is about twice a month, small is a drink or two, "a few" about three. Drunk words name an occasion at binge level
 * (AUDIT-C item 3 counts six or more as one), a blackout one well past it. The person's own words are what the summary
 * says back (SAY-AMOUNTS), so "socially" is said as "socially". The words are data (`vagueAmounts` in locales/nlu).
 */
type VagueList = 'occasional' | 'small' | 'few' | 'drunk' | 'blackout' | 'never' | 'oneOccasion' | 'daily';
const LISTS: readonly VagueList[] = ['occasional', 'small', 'few', 'drunk', 'blackout', 'never', 'oneOccasion', 'daily'];
const CUE = Object.fromEntries(LISTS.map((k) => [k, cueMatcher(NLU_SOURCES.flatMap((n) => n.vagueAmounts[k]))])) as Record<VagueList, ReturnType<typeof cueMatcher>>;

/** Drinks a week for "now and then": about twice a month. */
export const OCCASIONAL_PER_WEEK = 0.5;
/** A small amount ("a drink or two", 一点点): the middle of one and two. */
export const SMALL_AMOUNT = 1.5;
export const FEW_AMOUNT = 3;
/** "Got drunk", 喝多了: an occasion at binge level (AUDIT-C item 3's six or more, rounded down to the binge limit). */
export const DRUNK_OCCASION = 5;
/** A blackout, 断片: well past binge level. */
export const BLACKOUT_OCCASION = 8;

/** A count said in the reply ("2 beers", "两三瓶", "a couple of"): then the parser's numbers stand. */
const COUNT = /\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|couple|dozen|pint|pints|bottle|bottles|can|cans|glass|glasses)\b|[一两二三四五六七八九十半][瓶杯罐听碗口两斤个箱打]/i;

/** The alcohol answer, with vague amounts and drunk words read where the parser's numbers leave a gap. */
export function readAlcohol(text: string): AlcoholReport | null {
  return oneOccasionAWeek(text, withVagueAmounts(text, parseAlcohol(text)));
}

/** At most this many a week are drunk on one occasion, whatever the reply says of when. */
const ONE_SITTING_WEEKLY = 2;

/**
 * A week's drinks said of one occasion ("a couple of beers at the weekend", "thursdays, 8 or 9 vodka redbulls") are
 * that occasion's too: the most on one occasion is then the week's amount, as plainly meant.
 */
function oneOccasionAWeek(text: string, report: AlcoholReport | null): AlcoholReport | null {
  if (report?.drinksPerWeek == null || report.largestOccasion !== null || report.drinksPerWeek <= 0) return report;
  const single = report.drinksPerWeek <= ONE_SITTING_WEEKLY || (CUE.oneOccasion.test(text) && !CUE.daily.test(text));
  return single ? { ...report, largestOccasion: report.drinksPerWeek } : report;
}

export function withVagueAmounts(text: string, report: AlcoholReport | null): AlcoholReport | null {
  const counted = COUNT.test(text);
  let out = report;
  const occasion = CUE.blackout.test(text) ? BLACKOUT_OCCASION : CUE.drunk.test(text) ? DRUNK_OCCASION : null;
  if (occasion !== null && (out === null || (out.largestOccasion ?? 0) < occasion)) {
    out = { drinksPerWeek: out?.drinksPerWeek ?? null, largestOccasion: occasion };
  }
  const occasional = CUE.occasional.test(text);
  const small = CUE.small.test(text);
  const few = CUE.few.test(text);
  if (!occasional && !small && !few) return out;
  const none = out !== null && out.drinksPerWeek === 0 && (out.largestOccasion ?? 0) === 0;
  if (out === null || (none && !CUE.never.test(text))) {
    if (counted && out !== null) return out;
    const amount = few ? FEW_AMOUNT : SMALL_AMOUNT;
    return { drinksPerWeek: amount, largestOccasion: amount };
  }
  // An amount on an occasion with no frequency ("a peg or two at a function", "間中飲吓啤酒"): now and then.
  if (out.drinksPerWeek === null && out.largestOccasion !== null && occasional) {
    return { ...out, drinksPerWeek: Math.max(out.largestOccasion * OCCASIONAL_PER_WEEK, small ? OCCASIONAL_PER_WEEK * SMALL_AMOUNT : 0) };
  }
  if (out.drinksPerWeek === null && out.largestOccasion !== null && small && !counted) return { ...out, drinksPerWeek: SMALL_AMOUNT };
  return out;
}
