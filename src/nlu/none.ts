import { memoByText } from './memo';
import { deniesSomething } from './negation';
import { foldForMatch } from './normalise';
import { sentencesOf } from './sentences';
import { VOCAB } from './vocabulary';
import { parseYesNo } from './yesNo';


/**
 * "None", "nothing like that", "nah", "not at all", "都没有", "木有", "以上皆无", "身体倒没啥": the reply says there is
 * nothing to report. Callers ask only after finding nothing in it, so a reply that denies something and names
 * nothing ("乙肝丙肝都没有，也没怀孕", "啥毛病没有 能吃能睡") is none too; a question ("is dark pee bad?") is not.
 */
/** saysNone, remembered per reply text: one turn asks the same reply more than once (issue 30 item 1). */
export const saysNone: (text: string) => boolean = memoByText((text) => readSaysNone(text));

function readSaysNone(text: string): boolean {
  if (/[?？]\s*$/.test(text.trim())) return false;
  if (deniesSomething(sentencesOf(text))) return true;
  const folded = foldForMatch(text);
  if (folded === '') return false;
  if (VOCAB.answers.none?.includes(folded) || VOCAB.answers.no?.includes(folded)) return true;
  // "nope, nothing", "都没有 好着呢": the opening clause says none, whatever follows.
  const first = text.split(/[,，.。!！;；]|\s(?=[\u3400-\u9fff])/)[0] ?? '';
  return parseYesNo(text) === 'no' || (first.trim() !== text.trim() && parseYesNo(first) === 'no');
}
