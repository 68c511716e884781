import { DamerauLevenshteinDistance } from 'natural/lib/natural/distance';
import { foldForMatch } from './normalise';
import { VOCAB } from './vocabulary';

export const COMMANDS = ['help', 'back', 'restart', 'cancel', 'deleteData', 'english', 'chinese'] as const;
export type Command = (typeof COMMANDS)[number];

/**
 * A command that works at any point: "help", "back", "restart", "cancel"/"stop", "delete my data", "中文", "English".
 * Only a reply that is the command itself counts (a typo of one letter is forgiven in words of 4 letters or more),
 * so that an answer such as "stop taking it" is never read as a command.
 */
export function detectCommand(text: string): Command | null {
  const folded = foldForMatch(text);
  if (folded.length === 0 || folded.length > 40) return null;
  for (const command of COMMANDS) if (VOCAB.commands[command]?.includes(folded)) return command;
  if (folded.length >= 4 && /^[a-z ]+$/.test(folded)) {
    for (const command of COMMANDS) {
      for (const phrase of VOCAB.commands[command] ?? []) {
        if (phrase.length >= 4 && Math.abs(phrase.length - folded.length) <= 1 && DamerauLevenshteinDistance(folded, phrase) <= 1) return command;
      }
    }
  }
  return null;
}
