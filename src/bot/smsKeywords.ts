/**
 * Twilio's reserved SMS keywords. Twilio answers STOP and its synonyms itself and still forwards the word; after
 * that any send to the number fails (error 21610). So on these words the bot sends nothing and records the
 * opt-out; START, YES and UNSTOP opt back in; HELP and INFO get a short reply saying what this is and how to stop.
 */
export const OPT_OUT_WORDS = new Set(['stop', 'unsubscribe', 'end', 'quit', 'stopall', 'revoke', 'optout', 'cancel']);
export const OPT_IN_WORDS = new Set(['start', 'yes', 'unstop']);
export const INFO_WORDS = new Set(['help', 'info']);

export type SmsKeyword = 'optOut' | 'optIn' | 'info' | null;

/** Only a message that is the keyword alone counts (any case, trailing punctuation allowed). */
export function smsKeyword(text: string | undefined): SmsKeyword {
  const word = (text ?? '').trim().toLowerCase().replace(/[.!]+$/, '');
  if (OPT_OUT_WORDS.has(word)) return 'optOut';
  if (OPT_IN_WORDS.has(word)) return 'optIn';
  if (INFO_WORDS.has(word)) return 'info';
  return null;
}
