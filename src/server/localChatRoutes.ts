import type { Activity } from 'botbuilder';
import type { Request, Response, Server } from 'restify';
import type { Logger } from '../logger';
import { LocalDirectLine, TOKEN_TTL_SECONDS } from './localDirectLine';
import { isObject, jsonBody, param, queryString } from './requests';

/** Runs one activity through the bot, as the channel service would. */
export type DeliverToBot = (activity: Partial<Activity>) => Promise<void>;

/** The serviceUrl of local conversations: replies never leave the process (see LocalChatAdapter). */
export const LOCAL_SERVICE_URL = 'urn:liver-test-guide:local-chat';

function bearer(req: Request): string | undefined {
  const header = req.header('authorization') ?? '';
  const match = /^Bearer\s+(\S+)$/i.exec(header);
  return match?.[1];
}

/**
 * The Direct Line-compatible endpoint for the local chat page (Web Chat with webSocket: false). The bot's replies
 * are added to the store in-process by LocalChatAdapter. On only when config.localChat is true.
 */
export function registerLocalChat(server: Server, dl: LocalDirectLine, deliver: DeliverToBot, logger: Logger): void {
  server.post('/v3/directline/conversations', async (req: Request, res: Response) => {
    const conversation = dl.startConversation(bearer(req));
    if (!conversation) {
      res.send(403, { error: { code: 'BadToken', message: 'Unknown or expired token' } });
      return;
    }
    const ref = dl.reference(conversation, LOCAL_SERVICE_URL);
    if (conversation.activities.length === 0) {
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
    const body = jsonBody(req);
    if (!body || typeof body.type !== 'string') {
      res.send(400, { error: { code: 'BadArgument', message: 'An activity with a type is required' } });
      return;
    }
    const ref = dl.reference(conversation, LOCAL_SERVICE_URL);
    const from = isObject(body.from) ? body.from : {};
    const activity: Partial<Activity> = {
      ...(body as Partial<Activity>),
      ...ref,
      channelId: 'directline',
      recipient: ref.bot,
      from: { ...from, id: conversation.userId, name: typeof from.name === 'string' ? from.name : '', role: 'user' },
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
    res.send(200, dl.since(conversation, queryString(req, 'watermark')));
  });

}
