import type { Activity } from 'botbuilder';
import type { Request, Response, Server } from 'restify';
import type { Logger } from '../logger';
import { clientKey } from './clientAddress';
import { LocalDirectLine, MAX_USER_TEXT_CHARS, TOKEN_TTL_SECONDS } from './localDirectLine';
import { PerMinuteLimit } from './rateLimit';
import { isObject, jsonBody, param, queryString } from './requests';

/** Runs one activity through the bot, as the channel service would. */
export type DeliverToBot = (activity: Partial<Activity>) => Promise<void>;

/** The serviceUrl of local conversations: replies never leave the process (see LocalChatAdapter). */
export const LOCAL_SERVICE_URL = 'urn:liver-test-guide:local-chat';

/** The largest activity a person may post, as JSON. */
export const MAX_USER_ACTIVITY_BYTES = 32 * 1024;
/** Messages one client may post a minute (a person types far fewer). */
export const POSTS_PER_MINUTE = 60;

export interface LocalChatLimits {
  /** Conversations one client may start a minute (TOKEN_RATE_PER_MINUTE). */
  startsPerMinute: number;
  /** Proxy hops in front of the server (TRUST_PROXY_HOPS), for the client's address. */
  trustedHops: number;
}

const MAX_AUTHORIZATION_CHARS = 1024;
/** Polls of one conversation's activities allowed in 10 seconds (Web Chat polls once a second). */
const POLLS_PER_10_SECONDS = 20;

function bearer(req: Request): string | undefined {
  const header = req.header('authorization') ?? '';
  // Tokens are short; a longer header is refused before the pattern runs (issue 23).
  if (header.length > MAX_AUTHORIZATION_CHARS) return undefined;
  const match = /^Bearer\s+(\S+)$/i.exec(header);
  return match?.[1];
}

/** The fields of a person's activity that are kept: no attachments, no ids or roles of their choosing, text capped. */
function userActivity(body: Record<string, unknown>): Partial<Activity> {
  const text = typeof body.text === 'string' ? body.text.slice(0, MAX_USER_TEXT_CHARS) : undefined;
  const pick = <T>(value: unknown, ok: (v: unknown) => v is T): T | undefined => (ok(value) ? value : undefined);
  const isString = (v: unknown): v is string => typeof v === 'string';
  return {
    type: body.type as string,
    text,
    textFormat: pick(body.textFormat, isString),
    locale: pick(body.locale, isString)?.slice(0, 20),
    name: pick(body.name, isString)?.slice(0, 64),
    value: body.value,
    channelData: pick(body.channelData, isObject),
  };
}

/**
 * The Direct Line-compatible endpoint for the local chat page (Web Chat with webSocket: false). The bot's replies
 * are added to the store in-process by LocalChatAdapter. On only when config.localChat is true. Starting a
 * conversation needs a token from POST /api/directline/token; starts and posts are limited per client.
 */
export function registerLocalChat(server: Server, dl: LocalDirectLine, deliver: DeliverToBot, logger: Logger, limits: LocalChatLimits): void {
  const starts = new PerMinuteLimit(limits.startsPerMinute);
  const posts = new PerMinuteLimit(POSTS_PER_MINUTE);
  // Polling, per conversation (its token): Web Chat polls once a second; issue 23 saw 1,000 polls a second take a core.
  const polls = new PerMinuteLimit(POLLS_PER_10_SECONDS, 10);
  const tooMany = (res: Response, wait: number): void => {
    res.header('retry-after', String(wait));
    res.send(429, { error: { code: 'TooManyRequests', message: 'Too many requests; try again shortly' } });
  };

  server.post('/v3/directline/conversations', async (req: Request, res: Response) => {
    const wait = await starts.take(clientKey(req, limits.trustedHops));
    if (wait > 0) {
      tooMany(res, wait);
      return;
    }
    const conversation = dl.startConversation(bearer(req));
    if (conversation === 'badToken') {
      res.send(403, { error: { code: 'BadToken', message: 'Unknown or expired token' } });
      return;
    }
    if (conversation === 'full') {
      logger.warn({ event: 'local_chat_full' });
      res.header('retry-after', '60');
      res.send(503, { error: { code: 'ServiceUnavailable', message: 'Too many conversations; try again later' } });
      return;
    }
    const ref = dl.reference(conversation, LOCAL_SERVICE_URL);
    if (conversation.count === 0) {
      // As Direct Line does: tell the bot that the conversation has started, with the bot and the user in it.
      void deliver({
        ...ref,
        type: 'conversationUpdate',
        locale: conversation.locale,
        recipient: ref.bot,
        from: ref.user,
        membersAdded: [ref.bot as Activity['from'], ref.user as Activity['from']],
      }).catch(() => logger.warn({ event: 'local_chat_start_failed' }));
    }
    res.send(201, { conversationId: conversation.id, token: conversation.token, expires_in: TOKEN_TTL_SECONDS });
  });

  server.post('/v3/directline/tokens/refresh', async (req: Request, res: Response) => {
    // Refreshing counts as a start: one client cannot hold many conversations alive for free.
    const wait = await starts.take(clientKey(req, limits.trustedHops));
    if (wait > 0) {
      tooMany(res, wait);
      return;
    }
    const refreshed = dl.refresh(bearer(req));
    if (!refreshed) {
      res.send(403, { error: { code: 'BadToken', message: 'Unknown or expired token' } });
      return;
    }
    res.send(200, refreshed);
  });

  server.post('/v3/directline/conversations/:id/activities', async (req: Request, res: Response) => {
    const conversation = dl.authorise(param(req, 'id'), bearer(req));
    if (!conversation) {
      res.send(403, { error: { code: 'BadToken', message: 'Unknown conversation or token' } });
      return;
    }
    const wait = await posts.take(clientKey(req, limits.trustedHops));
    if (wait > 0) {
      tooMany(res, wait);
      return;
    }
    const body = jsonBody(req);
    if (!body || typeof body.type !== 'string' || body.type.length > 64) {
      res.send(400, { error: { code: 'BadArgument', message: 'An activity with a type is required' } });
      return;
    }
    if (Buffer.byteLength(JSON.stringify(body)) > MAX_USER_ACTIVITY_BYTES) {
      res.send(413, { error: { code: 'MessageSizeTooBig', message: 'The activity is too large' } });
      return;
    }
    const ref = dl.reference(conversation, LOCAL_SERVICE_URL);
    const from = isObject(body.from) ? body.from : {};
    const activity: Partial<Activity> = {
      ...userActivity(body),
      ...ref,
      channelId: 'directline',
      recipient: ref.bot,
      from: { id: conversation.userId, name: typeof from.name === 'string' ? from.name.slice(0, 64) : '', role: 'user' },
    };
    const id = dl.append(conversation.id, activity);
    try {
      await deliver({ ...activity, id: id ?? undefined });
    } catch {
      logger.warn({ event: 'local_chat_turn_failed' });
    }
    res.send(200, { id });
  });

  server.get('/v3/directline/conversations/:id/activities', async (req: Request, res: Response) => {
    const conversation = dl.authorise(param(req, 'id'), bearer(req));
    if (!conversation) {
      res.send(403, { error: { code: 'BadToken', message: 'Unknown conversation or token' } });
      return;
    }
    const wait = await polls.take(conversation.id);
    if (wait > 0) {
      tooMany(res, wait);
      return;
    }
    res.send(200, dl.since(conversation, queryString(req, 'watermark')));
  });
}
