import { z } from 'zod';

const account = z.object({ id: z.string().min(1).max(512), name: z.string().max(512).optional(), role: z.string().max(64).optional() }).passthrough();

/**
 * The shape an incoming activity must have before it reaches the adapter. Anything else is a 400, so malformed or
 * hostile posts never reach the bot's logic (and never throw inside the SDK).
 */
export const incomingActivitySchema = z
  .object({
    type: z.string().min(1).max(64),
    id: z.string().max(512).optional(),
    channelId: z.string().min(1).max(64),
    // Length first, and `abort` stops the pattern from running on a string already too long (zod runs every check
    // otherwise). The pattern is linear: a host's first character, then no white space.
    serviceUrl: z.string().max(2048, { abort: true }).regex(/^https?:\/\/[^\s/?#]\S*$/),
    conversation: z.object({ id: z.string().min(1).max(512) }).passthrough(),
    from: account,
    recipient: account.optional(),
    text: z.string().max(20_000).optional(),
    locale: z.string().max(64).optional(),
    name: z.string().max(256).optional(),
    membersAdded: z.array(account).max(50).optional(),
    membersRemoved: z.array(account).max(50).optional(),
  })
  .passthrough();

export type IncomingActivity = z.infer<typeof incomingActivitySchema>;
