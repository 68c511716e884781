/**
 * Twilio's reserved SMS keywords. Twilio answers STOP and its synonyms itself and still forwards the word; after
 * that any send to the number fails (error 21610). So on these words the bot sends nothing and records the
 * opt-out; START, YES and UNSTOP opt back in; HELP and INFO get a short reply saying what this is and how to stop.
 * In China the opt-out word is TD (回复TD退订), which counts the same. MORE (更多) asks for the rest of a result.
 */
export const OPT_OUT_WORDS = new Set(['stop', 'unsubscribe', 'end', 'quit', 'stopall', 'revoke', 'optout', 'cancel', 'td', '退订']);
export const OPT_IN_WORDS = new Set(['start', 'yes', 'unstop']);
export const INFO_WORDS = new Set(['help', 'info']);
/** The rest of a result that did not fit in 3 messages. */
export const MORE_WORDS = new Set(['more', '更多']);

/** The longest keyword message read ("UNSUBSCRIBE" with some spaces and punctuation). */
const MAX_KEYWORD_MESSAGE_CHARS = 64;

export type SmsKeyword = 'optOut' | 'optIn' | 'info' | 'more' | null;

/** Only a message that is the keyword alone counts (any case, trailing punctuation allowed). */
export function smsKeyword(text: string | undefined): SmsKeyword {
  // A keyword is one short word: anything longer is none, decided before any pattern runs (issue 23).
  if ((text ?? '').length > MAX_KEYWORD_MESSAGE_CHARS) return null;
  const word = (text ?? '').trim().toLowerCase().replace(/(?<![.!。！])[.!。！]+$/, '');
  if (OPT_OUT_WORDS.has(word)) return 'optOut';
  if (OPT_IN_WORDS.has(word)) return 'optIn';
  if (INFO_WORDS.has(word)) return 'info';
  if (MORE_WORDS.has(word)) return 'more';
  return null;
}
