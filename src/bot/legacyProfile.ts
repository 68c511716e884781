import type { TurnContext } from 'botbuilder';
import type { Profile } from '../../dialogs/session';
import type { BotState } from './liverBot';

/**
 * Until issue #25 item 8 a person's profile (language, SMS opt-out) was in botbuilder's UserState, a second item read
 * and written on every turn. It is now a property of the conversation's state. A conversation saved before that
 * change has state but no `profile`: on its first turn after the deploy, and only then, the old item is read once
 * and its language and SMS opt-out are kept. Every conversation saved since has a `profile` (each turn sets it), so
 * no other turn reads anything more.
 *
 * A new conversation does not look for the old item. On SMS the conversation is the phone number, so the two items
 * held the same person and lived as long as each other (both expire STATE_TTL_HOURS after the last turn that wrote
 * them, and the SMS STOP turn wrote both). In Teams and Web Chat UserState followed the person into another
 * conversation: that carried only the language they had chosen, which a new conversation now takes from the
 * channel's locale again, as for anyone new. Dropped on purpose: the lookup would cost every first turn a read.
 * The old items are not deleted here (that would be a call more): they expire as before, and the Blob lifecycle rule
 * removes them two days after their last write; "delete my data" and `npm run data:delete` delete them at once.
 */

/** The key botbuilder's UserState stored the profile under (`{channelId}/users/{userId}/`). */
export function legacyUserKey(context: TurnContext): string | null {
  const { channelId } = context.activity;
  const userId = context.activity.from?.id;
  return channelId && userId ? `${channelId}/users/${userId}/` : null;
}

/** Loads the conversation's state; for a conversation saved before the change, moves the old profile into it. */
export async function migrateLegacyProfile(state: BotState, context: TurnContext): Promise<void> {
  await state.conversationState.load(context);
  const saved = state.conversationState.get(context) as Record<string, unknown> | undefined;
  if (!saved || 'profile' in saved || !Object.keys(saved).some((k) => k !== 'eTag')) return;
  const key = legacyUserKey(context);
  if (!key) return;
  const old = ((await state.storage.read([key]))[key] as { profile?: Profile } | undefined)?.profile;
  const profile: Profile = {};
  if (old?.locale) profile.locale = old.locale;
  if (old?.localeChosen) profile.localeChosen = true;
  if (old?.smsOptedOut) profile.smsOptedOut = true;
  await state.profile.set(context, profile);
}
