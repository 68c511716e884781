import { ActivityHandler, type Activity, type ConversationState, type InvokeResponse, type StatePropertyAccessor, type Storage, type TurnContext } from 'botbuilder';
import { DialogSet, DialogTurnStatus, runDialog, type DialogState } from 'botbuilder-dialogs';
import { SkillValidation, type ClaimsIdentity } from 'botframework-connector';
import type { MainDialog } from '../../dialogs/mainDialog';
import { answersFromPrefill, type PendingPrefill } from '../../dialogs/prefill';
import { newSession, phaseOf, type Profile, type Session } from '../../dialogs/session';
import { parsePrefill } from '../skill/prefill';
import { LOCALE_KEY, PREFILL_KEY, send } from '../../dialogs/turn';
import type { PrefillSlot } from './prefillSlot';
import { regionOf, resolveLocale, type Locale } from '../i18n';
import { detectCommand } from '../nlu/commands';
import { capForParsing } from '../nlu/inputLimits';
import { deletionIntent } from '../nlu/deletionIntent';
import { describeError, type Logger } from '../logger';
import { channelProfile } from '../render/channels';
import { mergeMessages } from '../render/merge';
import { phrase } from '../views';
import { DialogStateConfigCache } from './dialogStateConfig';
import { legacyUserKey, migrateLegacyProfile } from './legacyProfile';
import { smsKeyword } from './smsKeywords';
import { dialogStackCompatible } from './stateCompatibility';
import { traceTurn } from '../telemetry/instruments';
import { dataDeleted, markDeleted } from '../storage/deletion';

export const JOIN_EVENT = 'webchat/join';
const HELD_KEY = Symbol('held');
export const ASSESS_EVENT = 'assess';

/**
 * One state object a turn (issue #25 item 8): the conversation's, which holds the dialog, the session and the
 * person's profile (language, SMS opt-out), so that a turn makes one read and at most one write. The profile was in
 * UserState until then; `storage` reads that old item once (see legacyProfile.ts) and deletes it with the rest.
 */
export interface BotState {
  conversationState: ConversationState;
  storage: Storage;
  dialogState: StatePropertyAccessor<DialogState>;
  session: StatePropertyAccessor<Session>;
  profile: StatePropertyAccessor<Profile>;
  /** A parent bot's pre-filled answers, until the person answers the consent question. */
  prefill: PrefillSlot;
}

export function createAccessors(conversationState: ConversationState, storage: Storage, prefill: PrefillSlot): BotState {
  return {
    conversationState,
    storage,
    prefill,
    dialogState: conversationState.createProperty<DialogState>('dialogState'),
    session: conversationState.createProperty<Session>('session'),
    profile: conversationState.createProperty<Profile>('profile'),
  };
}

/** Erases the user's and the conversation's state from the store, and keeps this turn from writing it back. */
export async function deleteUserData(state: BotState, context: TurnContext): Promise<void> {
  if ((await state.session.get(context))?.prefillHeld) await state.prefill.drop(context);
  await state.conversationState.delete(context);
  // The profile as the old layout kept it, in case this person's turns have not moved it yet.
  const legacy = legacyUserKey(context);
  if (legacy) await state.storage.delete([legacy]);
  markDeleted(context);
}

/** True when a parent bot (a skill consumer) sent this turn, by the claims the adapter authenticated. */
function fromParentBot(context: TurnContext): boolean {
  const identity = context.turnState.get<ClaimsIdentity | undefined>(context.adapter.BotIdentityKey);
  return identity !== undefined && SkillValidation.isSkillClaim(identity.claims);
}

/**
 * The one ActivityHandler: picks the turn's language, welcomes once, runs the main dialog, and saves state.
 * It logs events and ids only, never what the person wrote.
 */
export class LiverBot extends ActivityHandler {
  private readonly dialogStateConfig = new DialogStateConfigCache();
  private readonly dialogs: DialogSet;

  constructor(
    private readonly state: BotState,
    private readonly dialog: MainDialog,
    private readonly defaultLocale: Locale,
    private readonly logger: Logger,
    private readonly siteCountry?: string,
  ) {
    super();
    this.dialogs = new DialogSet(state.dialogState).add(dialog);
    this.onMembersAdded(async (context, next) => {
      const joined = (context.activity.membersAdded ?? []).some((m) => m.id !== context.activity.recipient?.id);
      if (joined) await this.welcome(context);
      await next();
    });
    this.onMessage(async (context, next) => {
      if (await this.smsKeywords(context)) return;
      await this.runMainDialog(context);
      await next();
    });
    this.onEvent(async (context, next) => {
      if (context.activity.name === ASSESS_EVENT) await this.assess(context);
      if (context.activity.name === JOIN_EVENT) await this.join(context);
      await next();
    });
    this.onInstallationUpdateAdd(async (context, next) => {
      await this.welcome(context);
      await next();
    });
    this.onInstallationUpdateRemove(async (context, next) => {
      await deleteUserData(this.state, context);
      await next();
    });
    this.onEndOfConversation(async (context, next) => {
      // The caller (a parent bot) ended the conversation: end the dialog and clear its state.
      await this.state.conversationState.delete(context);
      markDeleted(context);
      await next();
    });
  }

  /**
   * The bot uses no invoke (its cards submit messages), so an invoke it does not know is a bad request from the
   * caller's side (400), not a server failure (botbuilder's default is 501).
   */
  protected override async onInvokeActivity(context: TurnContext): Promise<InvokeResponse> {
    const response = await super.onInvokeActivity(context);
    return response.status === 501 ? { status: 400, body: { error: 'This bot does not support this invoke.' } } : response;
  }

  /**
   * A parent bot starts the assessment, passing what it already knows; those questions are not asked. Nothing of it
   * goes into the conversation's answers before the person consents (issue 23): the answers wait in a short-lived
   * slot of their own, used on yes and dropped on no. Warning signs among them are acted on at once (the dialog's
   * begin): emergency advice needs no consent.
   */
  private async assess(context: TurnContext): Promise<void> {
    const prefill = parsePrefill(context.activity.value);
    if (prefill === null) this.logger.warn({ event: 'assess_prefill_invalid', conversationId: context.activity.conversation?.id });
    if (prefill?.locale) {
      const profile = await this.state.profile.get(context, {});
      profile.locale = prefill.locale;
      context.turnState.set(LOCALE_KEY, prefill.locale);
    }
    const pending: PendingPrefill = { answers: answersFromPrefill(prefill ?? {}), redFlagsShown: [] };
    context.turnState.set(PREFILL_KEY, pending);
    if ((await this.state.session.get(context))?.prefillHeld) await this.state.prefill.drop(context);
    await this.state.dialogState.delete(context);
    await this.state.session.set(context, newSession());
    await this.runMainDialog(context);
    const session = await this.state.session.get(context, newSession());
    if (Object.keys(pending.answers).length > 0 && phaseOf(session) === 'interview' && session.consent === undefined) {
      await this.state.prefill.hold(context, pending);
      session.prefillHeld = true;
    }
  }

  /**
   * Web Chat's page says it has joined (with the browser's or the hospital's language), so the welcome does not wait
   * for a conversationUpdate that Web Chat sends only after the first message.
   */
  private async join(context: TurnContext): Promise<void> {
    const value = context.activity.value as { locale?: unknown } | undefined;
    const profile = await this.state.profile.get(context, {});
    if (typeof value?.locale === 'string' && !profile.localeChosen) {
      profile.locale = resolveLocale(value.locale);
      context.turnState.set(LOCALE_KEY, profile.locale);
    }
    await this.welcome(context);
  }

  /** SMS opt-out keywords; true when the message was one and nothing more should happen. */
  private async smsKeywords(context: TurnContext): Promise<boolean> {
    if (!channelProfile(context.activity.channelId).optOutKeywords) return false;
    const profile = await this.state.profile.get(context, {});
    const session = await this.state.session.get(context, newSession());
    const keyword = smsKeyword(context.activity.text);
    if (keyword === 'optOut') {
      profile.smsOptedOut = true;
      await this.state.dialogState.delete(context);
      await this.state.session.set(context, { ...newSession(), welcomed: session.welcomed });
      this.logger.info({ event: 'sms_opt_out', conversationId: context.activity.conversation?.id });
      return true;
    }
    if (keyword === 'optIn' && (profile.smsOptedOut || session.unreachable)) {
      profile.smsOptedOut = false;
      session.unreachable = false;
      return false;
    }
    if (profile.smsOptedOut || session.unreachable) {
      // Opted out, yet still entitled to erasure: delete without a reply (nothing may be sent to an opted-out number).
      const text = capForParsing(context.activity.text ?? '');
      if (detectCommand(text) === 'deleteData' && deletionIntent(text) === 'request') {
        await deleteUserData(this.state, context);
        this.logger.info({ event: 'sms_data_deleted_while_opted_out', conversationId: context.activity.conversation?.id });
      }
      return true;
    }
    if (keyword === 'info') {
      const china = this.siteCountry === 'CN' || regionOf(context.turnState.get<Locale | undefined>(LOCALE_KEY) ?? '') === 'CN';
      await send(context, { kind: 'message', say: [phrase(china ? 'sms.helpCN' : 'sms.help')] });
      return true;
    }
    if (keyword === 'more' && session.smsMore && session.smsMore.length > 0) {
      const rest = session.smsMore;
      session.smsMore = [];
      await context.sendActivities(rest.map((text) => ({ type: 'message', text, textFormat: 'plain' })));
      return true;
    }
    return false;
  }

  /** Starts the conversation (welcome and consent) unless it has started already: never welcomes twice. */
  private async welcome(context: TurnContext): Promise<void> {
    const session = await this.state.session.get(context, newSession());
    if (session.welcomed) return;
    await this.runMainDialog(context);
  }

  /**
   * Runs the main dialog for this turn. A turn from a parent bot (or the Emulator) goes through botbuilder-dialogs'
   * runDialog, which tells the parent when the dialog ends (endOfConversation with the result) and sends the
   * Emulator its state trace. Any other turn continues or begins the dialog as BotBuilder-Samples' dialogs do, without
   * runDialog's memory-scope loading and state snapshot, which nothing here reads (about 7% of a turn's CPU).
   */
  private async runMainDialog(context: TurnContext): Promise<void> {
    await this.restartIfIncompatible(context);
    if (fromParentBot(context) || context.activity.channelId === 'emulator') {
      await runDialog(this.dialog, context, this.state.dialogState);
      return;
    }
    const dc = await this.dialogs.createContext(context);
    const result = await dc.continueDialog();
    if (result.status === DialogTurnStatus.empty) await dc.beginDialog(this.dialog.id);
  }

  /**
   * A conversation saved by another version of the bot (a deploy or a rollback changed its dialogs) starts again:
   * the person is told so and asked for consent again, rather than getting an apology on every turn.
   */
  private async restartIfIncompatible(context: TurnContext): Promise<void> {
    const saved = await this.state.dialogState.get(context);
    if (dialogStackCompatible((id) => this.dialogs.find(id), saved)) return;
    this.logger.warn({ event: 'state_incompatible', channelId: context.activity.channelId, conversationId: context.activity.conversation?.id });
    await this.state.dialogState.delete(context);
    await this.state.session.set(context, { ...newSession(), welcomed: true });
    await send(context, { kind: 'message', say: [phrase('errors.stateRestarted')] });
  }

  /** Sends the turn's replies. On SMS a failed send is final for the conversation: it is recorded, not retried. */
  private async flush(context: TurnContext, held: Partial<Activity>[]): Promise<void> {
    try {
      await context.sendActivities(mergeMessages(held, channelProfile(context.activity.channelId)));
    } catch (err) {
      if (!channelProfile(context.activity.channelId).messages.sendFailureFinal || dataDeleted(context)) throw err;
      const session = await this.state.session.get(context, newSession());
      session.unreachable = true;
      await this.state.conversationState.saveChanges(context, false);
      this.logger.warn({ event: 'sms_send_failed_final', conversationId: context.activity.conversation?.id, ...describeError(err) });
    }
  }

  private async chooseLocale(context: TurnContext): Promise<void> {
    const profile = await this.state.profile.get(context, {});
    if (!profile.localeChosen && context.activity.locale) profile.locale = resolveLocale(context.activity.locale);
    context.turnState.set(LOCALE_KEY, profile.locale ?? this.defaultLocale);
  }

  /** One turn, traced. Turns of one conversation are queued by the adapters' ConversationQueue (src/middleware). */
  override async run(context: TurnContext): Promise<void> {
    await traceTurn(context, () => this.runTurn(context));
  }

  /**
   * One turn. Replies are held until the state is saved, so that a turn whose state cannot be saved sends only
   * the error message (from onTurnError) and the person's next message meets the state they last saw.
   */
  private async runTurn(context: TurnContext): Promise<void> {
    this.dialogStateConfig.apply(context);
    const held: Partial<Activity>[] = [];
    context.turnState.set(HELD_KEY, held);
    context.onSendActivities(async (ctx, activities, next) => {
      const hold = ctx.turnState.get<Partial<Activity>[] | null>(HELD_KEY);
      if (!hold) return next();
      hold.push(...activities);
      return activities.map(() => ({ id: '' }));
    });
    try {
      await migrateLegacyProfile(this.state, context);
      await this.chooseLocale(context);
      await super.run(context);
      if (!dataDeleted(context)) await this.state.conversationState.saveChanges(context, false);
      this.dialogStateConfig.remember(context);
    } finally {
      context.turnState.set(HELD_KEY, null);
    }
    if (held.length > 0) await this.flush(context, held);
  }
}
