import { ConversationState, MemoryStorage, type Storage } from 'botbuilder';
import { MainDialog } from '../../dialogs/mainDialog';
import { offerAfterMore } from '../../dialogs/reminderOffer';
import { newSession } from '../../dialogs/session';
import type { Config } from '../config';
import type { Logger } from '../logger';
import { channelProfile } from '../render/channels';
import type { ReminderStore } from '../reminders/store';
import { dataDeleted } from '../storage/deletion';
import { LiverBot, createAccessors, deleteUserData } from './liverBot';
import { PrefillSlot } from './prefillSlot';
import { smsKeyword } from './smsKeywords';

export type BotSettings = Pick<Config, 'stateTtlMs' | 'siteCountry' | 'defaultLocale'>;

/**
 * The bot with its state and dialog, on the given store (memory by default). With a reminder store (issue #26) it
 * offers a retest reminder after a routine result on Teams and SMS, and forgets the conversation's reminder on STOP
 * (TD, 退订) and on "delete my data".
 */
export function createBot(settings: BotSettings, logger: Logger, storage: Storage = new MemoryStorage(), reminders?: ReminderStore): LiverBot {
  const state = createAccessors(new ConversationState(storage), storage, new PrefillSlot(storage));
  const dialog = new MainDialog({
    session: state.session,
    profile: state.profile,
    ttlHours: Math.round(settings.stateTtlMs / 3_600_000),
    siteCountry: settings.siteCountry,
    deleteData: (context) => deleteUserData(state, context),
    takePrefill: (context) => state.prefill.take(context),
    ...(reminders ? { reminders } : {}),
  });
  const bot = new LiverBot(state, dialog, settings.defaultLocale, logger, settings.siteCountry);
  if (reminders) {
    bot.onTurn(async (context, next) => {
      await next();
      const keyword = channelProfile(context.activity.channelId).optOutKeywords && context.activity.type === 'message' ? smsKeyword(context.activity.text) : null;
      if (keyword === 'optOut' || dataDeleted(context)) await reminders.deleteFor(context.activity.channelId, context.activity.conversation?.id ?? '');
      // SMS: the reminder offer waits until MORE has sent the rest of the result (saved with the turn's state).
      else if (keyword === 'more') await offerAfterMore(context, await state.session.get(context, newSession()));
    });
  }
  return bot;
}
