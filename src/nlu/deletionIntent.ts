import words from './data/deletion-intent.json';
import { foldForMatch, hasCjk } from './normalise';

/**
 * What a message that names deleting one's data means (issue 23): only a request deletes. "don't delete my data",
 * "不要删除我的数据" say the opposite, and "will you delete my data?", "会删除我的数据吗？" ask about it; both get an
 * explanation instead. Called only once the command reader has found 'deleteData', on a short message.
 */
export type DeletionIntent = 'request' | 'negated' | 'question';

const DELETE_WORD = /\b(?:delete|erase|remove|wipe|clear|forget)\b|删|清除|抹掉|忘掉/;
/** A message longer than this is not a command, and is not read here (length first: issue 23). */
const MAX_CHARS = 200;

const startsWithAny = (text: string, list: readonly string[]): boolean => list.some((w) => text === w || text.startsWith(`${w} `));

export function deletionIntent(text: string): DeletionIntent {
  if (text.length > MAX_CHARS) return 'request';
  const asked = /[?？]\s*$/.test(text.trim());
  // Folded, but keeping apostrophes ("don't").
  const folded = foldForMatch(text.replace(/[’`']/g, 'APOSTROPHE')).replace(/apostrophe/g, "'");
  const at = folded.search(DELETE_WORD);
  const before = at > 0 ? folded.slice(0, at) : '';
  if (hasCjk(folded)) {
    if (words.negations.filter(hasCjk).some((w) => before.includes(w))) return 'negated';
    const requestWord = words.zhRequests.some((w) => folded.includes(w));
    if (!requestWord && (asked || words.zhQuestions.some((w) => folded.includes(w)))) return 'question';
    return 'request';
  }
  const beforeWords = ` ${before.replace(/[^a-z' ]/g, ' ')} `;
  if (words.negations.filter((w) => !hasCjk(w)).some((w) => beforeWords.includes(` ${w} `))) return 'negated';
  if (startsWithAny(folded, words.requestOpeners)) return 'request';
  if (asked || startsWithAny(folded, words.questionOpeners)) return 'question';
  return 'request';
}
