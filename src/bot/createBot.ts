import { ConversationState, MemoryStorage, UserState, type Storage } from 'botbuilder';
import { MainDialog } from '../../dialogs/mainDialog';
import type { Config } from '../config';
import type { Logger } from '../logger';
import { LiverBot, createAccessors, deleteUserData } from './liverBot';
import { PrefillSlot } from './prefillSlot';

export type BotSettings = Pick<Config, 'stateTtlMs' | 'siteCountry' | 'defaultLocale'>;

/** The bot with its state and dialog, on the given store (memory by default). */
export function createBot(settings: BotSettings, logger: Logger, storage: Storage = new MemoryStorage()): LiverBot {
  const state = createAccessors(new ConversationState(storage), new UserState(storage), new PrefillSlot(storage));
  const dialog = new MainDialog({
    session: state.session,
    profile: state.profile,
    ttlHours: Math.round(settings.stateTtlMs / 3_600_000),
    siteCountry: settings.siteCountry,
    deleteData: (context) => deleteUserData(state, context),
    takePrefill: (context) => state.prefill.take(context),
  });
  return new LiverBot(state, dialog, settings.defaultLocale, logger, settings.siteCountry);
}
