import type { Activity, Storage } from 'botbuilder';
import restify, { type Request, type Response, type Server } from 'restify';
import { createAdapter } from '../adapter';
import { createBot } from '../bot/createBot';
import { randomUUID } from 'node:crypto';
import { createReminderStore } from '../reminders/createReminderStore';
import { ReminderScheduler, reminderSender } from '../reminders/scheduler';
import { createStorage } from '../storage/createStorage';
import { ProtectedStorage } from '../storage/protectedStorage';
import type { LiverBot } from '../bot/liverBot';
import type { Config } from '../config';
import { silentLogger, type Logger } from '../logger';
import { incomingActivitySchema } from './activitySchema';
import { jsonOnly } from './jsonOnly';
import { LocalChatAdapter } from './localChatAdapter';
import { ConversationQueue } from '../middleware/conversationQueue';
import { turnLog } from '../middleware/turnLog';
import { registerLocalChat } from './localChatRoutes';
import { LocalDirectLine } from './localDirectLine';
import { serviceUrlAllowed } from './serviceUrl';
import { registerReadiness } from './readiness';
import { registerTokenRoute } from './tokenRoute';
import { registerWidget } from './widgetRoutes';
import { anonymousRequestAllowed, registerCors, securityHeaders } from './webPolicy';
import { VERSION } from '../version';
import { MANIFEST_PATH, skillManifest } from '../skill/manifest';

export interface App {
  server: Server;
  bot: LiverBot;
  /** The base URL the server listens on, once listening. */
  url(): string;
  listen(): Promise<string>;
  close(): Promise<void>;
}

/** How often each instance looks for due reminders. */
const REMINDER_TICK_MS = 60_000;

export interface AppOptions {
  storage?: Storage;
}

/** Builds the service: adapter, state, dialog, bot and routes, wired as BotBuilder-Samples do. */
export function createApp(config: Config, logger: Logger, options: AppOptions = {}): App {
  const storage = options.storage ?? createStorage(config);
  // RETEST-REMINDER (issue #26): its own store, and a scheduler on every instance (a lease decides who sends).
  const reminders = config.retestReminders ? createReminderStore(config) : undefined;
  const bot = createBot(config, logger, storage, reminders);
  const adapter = createAdapter(config, logger);
  // What runs around every turn, on every adapter (issue #30 item 6).
  const around = [new ConversationQueue(), turnLog(logger)];
  adapter.use(...around);
  const scheduler = reminders ? new ReminderScheduler(reminders, reminderSender(adapter, config.appId ?? ''), logger, { instanceId: randomUUID() }) : null;

  const server = restify.createServer({
    name: 'liver-test-guide',
    handleUncaughtExceptions: false,
    log: silentLogger as unknown as NonNullable<restify.ServerOptions['log']>,
  });
  // pre, not use: the headers go on every response, a 404 or 405 from the router too.
  server.pre(securityHeaders(config));
  registerCors(server, config, ['/api/widget/config']);
  server.use(restify.plugins.queryParser({ mapParams: false }));
  server.use(jsonOnly(config.maxBodyBytes));

  let ready = false;
  let baseUrl = '';

  server.get('/healthz', async (_req: Request, res: Response) => {
    res.send(ready ? 200 : 503, { status: ready ? 'ok' : 'starting', version: VERSION });
  });

  registerReadiness(server, storage, logger);

  server.get(MANIFEST_PATH, async (_req: Request, res: Response) => {
    res.send(200, skillManifest(config.publicUrl ?? baseUrl, config.appId));
  });

  server.post('/api/messages', async (req: Request, res: Response) => {
    // Without an app id nothing is authenticated: only a program on this machine, not a DNS-rebound page, may post.
    if (config.anonymous && config.loopbackOnly && !anonymousRequestAllowed(req, config)) {
      logger.warn({ event: 'messages_origin_refused' });
      res.send(403, { error: 'This origin may not post here' });
      return;
    }
    const parsed = incomingActivitySchema.safeParse(req.body);
    if (!parsed.success) {
      res.send(400, { error: 'A valid activity is required' });
      return;
    }
    if (!serviceUrlAllowed(parsed.data.serviceUrl, config, new URL(baseUrl).origin)) {
      // Refused before the adapter sees it: no reply is sent anywhere.
      logger.warn({ event: 'service_url_refused', channelId: parsed.data.channelId });
      res.send(403, { error: 'This serviceUrl is not allowed' });
      return;
    }
    const authHeader = req.header('authorization') ?? '';
    const outcome = await adapter.handle(parsed.data as unknown as Activity, authHeader, (context) => bot.run(context));
    if (outcome.body === undefined) res.send(outcome.status);
    else res.send(outcome.status, outcome.body);
  });

  registerWidget(server, config);
  let local: LocalDirectLine | null = null;
  if (config.localChat) {
    local = new LocalDirectLine();
    const localAdapter = new LocalChatAdapter(local, logger).use(...around);
    registerLocalChat(server, local, (activity) => localAdapter.process(activity, (context) => bot.run(context)), logger, {
      startsPerMinute: config.directLine.tokensPerMinute,
      trustedHops: config.trustProxyHops,
    });
  }
  registerTokenRoute(server, config, local, () => baseUrl, logger);

  server.on('restifyError', (req: Request, _res: Response, err: Error & { statusCode?: number }, cb: () => void) => {
    logger.warn({ event: 'http_error', route: req.getRoute()?.path, status: err.statusCode ?? 500, errorName: err.name });
    cb();
  });

  return {
    server,
    bot,
    url: () => baseUrl,
    listen: () =>
      new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(config.port, config.host, () => {
          const address = server.address();
          const host = config.host === '0.0.0.0' || config.host === '::' ? '127.0.0.1' : config.host;
          baseUrl = `http://${host.includes(':') ? `[${host}]` : host}:${address.port}`;
          ready = true;
          scheduler?.start(REMINDER_TICK_MS);
          resolve(baseUrl);
        });
      }),
    close: () =>
      new Promise((resolve) => {
        ready = false;
        scheduler?.stop();
        if (storage instanceof ProtectedStorage) storage.close();
        server.close(() => resolve());
        server.server.closeAllConnections?.();
      }),
  };
}
