import { namesVigorousActivity, onlyGentleActivity } from './activity';
import { parseDaysAgo } from './daysAgo';
import { compile, matchPattern } from './phrases';
import { sentencesOf } from './sentences';
import { foldForMatch } from './normalise';
import { VOCAB } from './vocabulary';
import { saysNone } from './none';
import { parseYesNo } from './yesNo';

export type ExerciseAnswer = { none: true } | { none: false; daysAgo: number };

const NO_EXERCISE = compile({ none: VOCAB.topics.noExercise ?? [] });

function saysNoHardExercise(text: string): boolean {
  return sentencesOf(text).some((s) => NO_EXERCISE.some((p) => matchPattern(s, p, 1).length > 0));
}

/**
 * Hard exercise in the week before the test, and how many days before: "ran a half marathon on sunday", "leg day
 * yesterday", "前天跑了半马" give days; "nope, couch potato", "yoga only, nothing hard", "没运动" give none. A reply
 * that opens with "no" is none even if it names a day for something else ("no, had a fever since the weekend").
 * A bare "yes" says nothing about when: null, so the dialog asks when.
 */
const WEEKDAYS: [RegExp, number][] = [
  [/\b(?:sun|sunday|sundays|domingo)\b|(?:周|星期|礼拜)(?:日|天)/, 0],
  [/\b(?:mon|monday|mondays)\b|(?:周|星期|礼拜)一/, 1],
  [/\b(?:tue|tues|tuesday)\b|(?:周|星期|礼拜)二/, 2],
  [/\b(?:wed|weds|wednesday)\b|(?:周|星期|礼拜)三/, 3],
  [/\b(?:thu|thur|thurs|thursday)\b|(?:周|星期|礼拜)四/, 4],
  [/\b(?:fri|friday)\b|(?:周|星期|礼拜)五/, 5],
  [/\b(?:sat|saturday|sábado)\b|(?:周|星期|礼拜)六/, 6],
];
const WEEKEND = /\bweekend\b|周末/;

/**
 * A weekday names the last one before today ("saturday" on a Tuesday is 3 days ago; "tuesday last week" is 7);
 * "the weekend" is its Sunday. Several named: the most recent.
 */
function weekdayDaysAgo(text: string, now: Date): number | null {
  const lower = text.toLowerCase();
  const today = now.getDay();
  const found: number[] = [];
  for (const [re, day] of WEEKDAYS) if (re.test(lower)) found.push((today - day + 7) % 7 || 7);
  if (found.length === 0 && WEEKEND.test(lower)) found.push((today - 0 + 7) % 7 || 7);
  return found.length > 0 ? Math.min(...found) : null;
}

/** A first clause that is only a no ("no", "nope", "没有"): the answer, whatever follows. */
function isPlainNo(clause: string): boolean {
  const folded = foldForMatch(clause);
  return VOCAB.answers.no?.includes(folded) === true || VOCAB.answers.none?.includes(folded) === true;
}

export function parseExercise(text: string, now: Date): ExerciseAnswer | null {
  const first = text.split(/[,，.。!！;；]|\s(?=[\u3400-\u9fff])/)[0] ?? '';
  // Walking, yoga, tai chi, 广场舞, gardening: everyday activity, not hard exercise (whatever day it was).
  if (onlyGentleActivity(text)) return { none: true };
  if (isPlainNo(first)) return { none: true };
  if (saysNoHardExercise(text)) {
    // "没怎么运动，就是前天搬家扛了一天柜子": no sport, but vigorous work on a day said.
    const rest = text.split(/[,，.。!！;；]/).slice(1).join('，');
    const later = namesVigorousActivity(rest) ? parseExercise(rest, now) : null;
    return later && !later.none ? later : { none: true };
  }
  // A first clause that denies something else ("no chest pain, I did a long run 3 days before") leaves the day.
  const opensNo = parseYesNo(first) === 'no';
  // A weekday and a relative day may both be said ("squats sunday and again yesterday"): the most recent. "Today"
  // beside a weekday is when the person writes ("上周二打了羽毛球，到今天正好一周"), not when they trained.
  const weekday = weekdayDaysAgo(text, now);
  const saysRelative = /yesterday|ago|before|prior|today|tonight|this morning|last night|same morning|昨|前天|天前|今天|今早|今儿|琴日|寻日|尋日|前日|前儿|当天|那天|前一天|头一天|前[\d一二两三四五六七八九十]{1,3}天|zuotian|qiantian|jintian/.test(text.toLowerCase());
  const relative = weekday === null || saysRelative ? parseDaysAgo(text, now) : null;
  const days = [weekday, weekday !== null && relative === 0 ? null : relative].filter((d): d is number => d !== null && d >= 0);
  if (days.length > 0) return { none: false, daysAgo: Math.min(...days) };
  if (opensNo) return { none: true };
  return saysNone(text) ? { none: true } : null;
}
