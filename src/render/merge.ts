import type { Activity } from 'botbuilder';
import type { ChannelProfile } from './channels';

/**
 * Joins a turn's consecutive plain messages into one ("Thank you." and the next question): fewer bubbles for the
 * person, and one send instead of several. A message with cards, suggested actions or a value ends a run, since
 * those belong to the last message. Only where the channel's profile merges: SMS messages are already cut to the
 * segment limits.
 */
export function mergeMessages(activities: readonly Partial<Activity>[], profile: ChannelProfile): Partial<Activity>[] {
  if (!profile.messages.merge) return [...activities];
  const out: Partial<Activity>[] = [];
  for (const a of activities) {
    const prev = out[out.length - 1];
    const plain = (x: Partial<Activity>): boolean =>
      x.type === 'message' && !x.attachments?.length && !x.suggestedActions && x.value === undefined && typeof x.text === 'string' && x.text !== '';
    if (prev && plain(prev) && a.type === 'message' && typeof a.text === 'string' && a.text !== '' && (a.textFormat ?? 'markdown') === (prev.textFormat ?? 'markdown')) {
      out[out.length - 1] = { ...a, text: `${prev.text}\n\n${a.text}` };
    } else {
      out.push(a);
    }
  }
  return out;
}
