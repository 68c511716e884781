import { CloudAdapter, ConfigurationBotFrameworkAuthentication } from 'botbuilder';
import restify, { type Request, type Response } from 'restify';

/**
 * The baseline: a minimal echo bot on the same stack (restify 11, CloudAdapter, anonymous auth), the ceiling for
 * what this stack can do. It parses the body the same way and replies once per message.
 */
const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication({}));
const server = restify.createServer({ handleUncaughtExceptions: false });
server.use(restify.plugins.bodyParser({ maxBodySize: 256 * 1024, mapParams: false }));
server.get('/healthz', async (_req: Request, res: Response) => {
  res.send(200, { status: 'ok' });
});
server.post('/api/messages', async (req: Request, res: Response) => {
  await adapter.process(req, res, async (context) => {
    if (context.activity.type === 'message') await context.sendActivity(`echo: ${context.activity.text ?? ''}`);
  });
});
server.listen(Number(process.env.PORT ?? 0), '127.0.0.1', () => {
  const { port } = server.address();
  process.stdout.write(`${JSON.stringify({ event: 'listening', url: `http://127.0.0.1:${port}` })}\n`);
});
process.once('SIGTERM', () => {
  server.close(() => process.exit(0));
});
