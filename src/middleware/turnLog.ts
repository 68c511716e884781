import type { Middleware, TurnContext } from 'botbuilder';
import type { Logger } from '../logger';

/**
 * One debug line per turn that completed: its channel, activity type, conversation (hashed by the logger) and how
 * long it took, never what the person wrote. A failed turn is logged by the adapter's onTurnError instead.
 * Registered on every adapter (issue #30 item 6).
 */
export function turnLog(logger: Logger): Middleware {
  return {
    async onTurn(context: TurnContext, next: () => Promise<void>): Promise<void> {
      const started = process.hrtime.bigint();
      await next();
      logger.debug({
        event: 'turn',
        channelId: context.activity.channelId,
        type: context.activity.type,
        conversationId: context.activity.conversation?.id,
        ms: Number(process.hrtime.bigint() - started) / 1e6,
      });
    },
  };
}
