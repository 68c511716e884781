import { CloudAdapter, ConfigurationBotFrameworkAuthentication, type TurnContext } from 'botbuilder';
import restify, { type Request, type Response } from 'restify';

/**
 * The stack the benchmark's reference bots share with each other and with the bot: restify 11 with the same body
 * parser, CloudAdapter with anonymous auth, /healthz, and a "listening" line once ready; SIGTERM closes it.
 */
export function serveBot(logic: (context: TurnContext) => Promise<void>): void {
  const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication({}));
  const server = restify.createServer({ handleUncaughtExceptions: false });
  server.use(restify.plugins.bodyParser({ maxBodySize: 256 * 1024, mapParams: false }));
  server.get('/healthz', async (_req: Request, res: Response) => {
    res.send(200, { status: 'ok' });
  });
  server.post('/api/messages', async (req: Request, res: Response) => {
    await adapter.process(req, res, logic);
  });
  server.listen(Number(process.env.PORT ?? 0), '127.0.0.1', () => {
    const { port } = server.address();
    process.stdout.write(`${JSON.stringify({ event: 'listening', url: `http://127.0.0.1:${port}` })}\n`);
  });
  process.once('SIGTERM', () => {
    server.close(() => process.exit(0));
  });
}
