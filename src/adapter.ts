import {
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
  type Activity,
  type ConfigurationBotFrameworkAuthenticationOptions,
  type TurnContext,
} from 'botbuilder';
import { JwtTokenValidation, SkillValidation, type ClaimsIdentity } from 'botframework-connector';
import type { Config } from './config';
import { LOCALE_KEY } from '../dialogs/turn';
import { resolveLocale, translator, type Locale } from './i18n';
import { StateConflictError, StorageUnavailableError } from './storage/errors';
import { describeError, type Logger } from './logger';
import { authConfiguration } from './skill/callers';

export function authOptions(config: Config): ConfigurationBotFrameworkAuthenticationOptions {
  return {
    MicrosoftAppId: config.appId ?? '',
    MicrosoftAppPassword: config.appPassword ?? '',
    MicrosoftAppType: config.appType,
    MicrosoftAppTenantId: config.tenantId ?? '',
  };
}

/**
 * The turn error handler: a kind apology in the user's language (never the stock text), and a log line with the
 * error and the conversation id but not the user's words. State is not saved on a failed turn, so what is stored
 * stays as the last good turn left it.
 */
export function onTurnError(logger: Logger) {
  return async (context: TurnContext, error: Error): Promise<void> => {
    logger.error(
      { event: 'turn_error', conversationId: context.activity.conversation?.id, channelId: context.activity.channelId, ...describeError(error) },
      'turn failed',
    );
    if (context.activity.type !== 'message' && context.activity.type !== 'event') return;
    try {
      const locale = context.turnState.get<Locale | undefined>(LOCALE_KEY) ?? resolveLocale(context.activity.locale);
      const t = translator(locale);
      const key = error instanceof StateConflictError ? 'errors.conflict' : error instanceof StorageUnavailableError ? 'errors.storeBusy' : 'errors.apology';
      await context.sendActivity({ type: 'message', text: t(key), inputHint: 'acceptingInput' });
    } catch (sendError) {
      logger.error({ event: 'turn_error_reply_failed', conversationId: context.activity.conversation?.id, ...describeError(sendError) });
    }
  };
}

/**
 * Keeps each parent bot (skill caller) in its own space: for a turn a parent sent, the conversation and user ids
 * it named are prefixed with its app id while the bot runs (so they name state of that caller only), and restored
 * on every reply. A listed parent that named the channel and id of someone else's conversation (say, an SMS
 * number) would reach a conversation of its own, not theirs.
 */
export async function scopeToCaller(context: TurnContext, next: () => Promise<void>): Promise<void> {
  const identity = context.turnState.get<ClaimsIdentity | undefined>(context.adapter.BotIdentityKey);
  const conversation = context.activity.conversation;
  const from = context.activity.from;
  if (!identity || !SkillValidation.isSkillClaim(identity.claims) || !conversation || !from) {
    await next();
    return;
  }
  const scope = `skill:${JwtTokenValidation.getAppIdFromClaims(identity.claims)}:`;
  const ids = { conversation: conversation.id, user: from.id };
  context.activity.conversation = { ...conversation, id: scope + ids.conversation };
  context.activity.from = { ...from, id: scope + ids.user };
  context.onSendActivities(async (_ctx, activities, sendNext) => {
    for (const a of activities) {
      if (a.conversation?.id === scope + ids.conversation) a.conversation = { ...a.conversation, id: ids.conversation };
      if (a.recipient?.id === scope + ids.user) a.recipient = { ...a.recipient, id: ids.user };
    }
    return sendNext();
  });
  await next();
}

export interface ProcessOutcome {
  status: number;
  body?: unknown;
}

/**
 * CloudAdapter, with the request handling of its `process` done here: an authentication failure is a 401 and
 * anything else a logged 500, without the SDK printing the error (and what it quotes) to the console.
 */
export class BotAdapter extends CloudAdapter {
  constructor(
    auth: ConstructorParameters<typeof CloudAdapter>[0],
    private readonly logger: Logger,
  ) {
    super(auth);
    this.onTurnError = onTurnError(logger);
    this.use(scopeToCaller);
  }

  async handle(activity: Activity, authHeader: string, logic: (context: TurnContext) => Promise<void>): Promise<ProcessOutcome> {
    try {
      const invoke = await this.processActivity(authHeader, activity, logic);
      return { status: invoke?.status ?? 200, body: invoke?.body };
    } catch (err) {
      const code = (err as { statusCode?: number }).statusCode;
      const status = code === 401 || code === 403 ? code : (err as Error).name === 'AuthenticationError' ? 401 : 500;
      this.logger.warn({ event: status === 500 ? 'request_failed' : 'request_refused', status, channelId: activity.channelId, ...describeError(err) });
      return { status };
    }
  }
}

/** The adapter for /api/messages, from the environment's app id, password, type and tenant (anonymous with none). */
export function createAdapter(config: Config, logger: Logger): BotAdapter {
  return new BotAdapter(new ConfigurationBotFrameworkAuthentication(authOptions(config), undefined, authConfiguration(config.allowedCallers)), logger);
}
