import { parseDaysAgo } from './daysAgo';
import { findNumbers, parseSingleNumber } from './numbers';
import { parseTestDate } from './testDate';
import { parseYesNo } from './yesNo';

/**
 * What Recognizers-Text is given once at start-up, so that no patient pays for its first use. Its date-time models
 * are built on first use (about 0.7 s of CPU), and V8 compiles each of its regular expressions on the first match,
 * once for text that is all Latin-1 and again for text with Chinese in it: a first "last day" cost 50 ms and a first
 * mixed reply 100-140 ms, against 2-9 ms after. These cover the extractors the readers reach (dates, weekdays,
 * durations, ranges, times, numbers in digits and words) in both scripts. They are inputs to warm a compiler, not
 * words the bot reads, so they are not in locales/nlu/.
 */
const WARM_UP_TEXTS = [
  'last saturday', 'last day', 'the day before yesterday', 'two days ago', 'on monday morning', '2019-12-31', '12/03/2026',
  'sixty-eight and 12.5', 'since last week', 'a month ago', 'last,.1sixty', 'dayday', '1-2 to 3-4', '11:30 pm',
  'in the past 3 days', 'march 3rd', 'jan 2 2020', 'the weekend',
  '上周六', '前天跑了半马', '三天前', '2019年12月31日', '一千二百三十四万', '上个月初', '十月二号', '昨晚十点', '前ago', '上周末 last saturday', '12月3号',
];

/** One text through every reader that calls Recognizers-Text, as it is and with a Chinese character added. */
function warmOne(text: string): void {
  for (const t of [text, `${text} 一`]) {
    parseDaysAgo(t);
    parseTestDate(t);
    findNumbers(t);
    parseSingleNumber(t);
    parseYesNo(t);
  }
}

/** Warms every reader that calls Recognizers-Text (about 1.2 s of CPU): the server does it before it listens. */
export function warmUpReaders(): void {
  for (const text of WARM_UP_TEXTS) warmOne(text);
}
