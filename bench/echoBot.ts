import { serveBot } from './miniServer';

/**
 * The baseline: a minimal echo bot on the same stack (restify 11, CloudAdapter, anonymous auth), the ceiling for
 * what this stack can do. It parses the body the same way and replies once per message.
 */
serveBot(async (context) => {
  if (context.activity.type === 'message') await context.sendActivity(`echo: ${context.activity.text ?? ''}`);
});
