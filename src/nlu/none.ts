import { foldForMatch } from './normalise';
import { VOCAB } from './vocabulary';
import { parseYesNo } from './yesNo';

/** "None", "nothing like that", "nah", "not at all", "都没有", "木有": the reply says there is nothing to report. */
export function saysNone(text: string): boolean {
  const folded = foldForMatch(text);
  if (folded === '') return false;
  if (VOCAB.answers.none?.includes(folded) || VOCAB.answers.no?.includes(folded)) return true;
  // "nope, nothing", "都没有 好着呢": the opening clause says none, whatever follows.
  const first = text.split(/[,，.。!！;；]|\s+(?=[\u3400-\u9fff])/)[0] ?? '';
  return parseYesNo(text) === 'no' || (first.trim() !== text.trim() && parseYesNo(first) === 'no');
}
