import { randomUUID } from 'node:crypto';
import type { Request, Response, Server } from 'restify';
import type { Config } from '../config';
import { describeError, type Logger } from '../logger';
import { clientKey } from './clientAddress';
import type { LocalDirectLine } from './localDirectLine';
import { PerMinuteLimit } from './rateLimit';
import { originAllowed, originOf } from './webPolicy';
import { jsonBody } from './requests';

export interface TokenReply {
  token: string;
  userId: string;
  expires_in: number;
  /** Where Web Chat should talk to: Direct Line itself, or this server's local endpoint. */
  domain: string;
  webSocket: boolean;
}

/**
 * POST /api/directline/token: the page gets a short-lived token here, so the Direct Line secret never reaches a
 * browser. With DIRECT_LINE_SECRET set, the secret is exchanged with Direct Line for a token bound to a fresh user
 * id (which lets the bot welcome without waiting for conversationUpdate); without it, the local endpoint issues one.
 * Rate limited per client address (behind TRUST_PROXY_HOPS proxies, from X-Forwarded-For; IPv6 by /64).
 */
export function registerTokenRoute(server: Server, config: Config, local: LocalDirectLine | null, baseUrl: () => string, logger: Logger): void {
  const limit = new PerMinuteLimit(config.directLine.tokensPerMinute);
  // With Direct Line's enhanced authentication on, a token works only from these origins: the chat page's own
  // (PUBLIC_URL, where Web Chat runs, framed or not) and the hospital's.
  const publicOrigin = originOf(config.publicUrl);
  const trustedOrigins = [...new Set([...(publicOrigin ? [publicOrigin] : []), ...config.hospitalOrigins])];

  server.post('/api/directline/token', async (req: Request, res: Response) => {
    if (!originAllowed(req, config)) {
      logger.warn({ event: 'token_origin_refused' });
      res.send(403, { error: 'This page may not start a chat.' });
      return;
    }
    const wait = await limit.take(clientKey(req, config.trustProxyHops));
    if (wait > 0) {
      res.header('retry-after', String(wait));
      res.send(429, { error: 'Too many requests; try again shortly.' });
      return;
    }
    const asked = jsonBody(req)?.locale;
    const locale = typeof asked === 'string' ? asked.slice(0, 20) : undefined;
    const userId = `dl_${randomUUID()}`;
    const secret = config.directLine.secret;
    if (secret) {
      try {
        const response = await fetch(`${config.directLine.endpoint}/v3/directline/tokens/generate`, {
          method: 'POST',
          headers: { authorization: `Bearer ${secret}`, 'content-type': 'application/json' },
          body: JSON.stringify(trustedOrigins.length > 0 ? { user: { id: userId }, trustedOrigins } : { user: { id: userId } }),
          signal: AbortSignal.timeout(5000),
        });
        if (!response.ok) throw new Error(`Direct Line answered ${response.status}`);
        const issued = (await response.json()) as { token: string; expires_in: number };
        const reply: TokenReply = { token: issued.token, userId, expires_in: issued.expires_in, domain: `${config.directLine.endpoint}/v3/directline`, webSocket: true };
        res.send(200, reply);
      } catch (err) {
        logger.warn({ event: 'directline_token_failed', ...describeError(err) });
        res.send(502, { error: 'The chat service is not available right now.' });
      }
      return;
    }
    if (local) {
      const issued = local.issueToken(userId, locale);
      if (!issued) {
        logger.warn({ event: 'local_chat_tokens_full' });
        res.header('retry-after', '60');
        res.send(503, { error: 'Too many people are chatting right now; try again later.' });
        return;
      }
      const reply: TokenReply = { token: issued.token, userId, expires_in: issued.expires_in, domain: `${baseUrl()}/v3/directline`, webSocket: false };
      res.send(200, reply);
      return;
    }
    res.send(503, { error: 'Web Chat is not configured: set DIRECT_LINE_SECRET.' });
  });
}
