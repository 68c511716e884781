import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Activity } from 'botbuilder';
import { closeServer, listenOnLoopback } from '../../bench/loopback';

/** The origins of the fake channels running in this test file, in the order they started. */
const running = new Set<string>();

/**
 * LOCAL_SERVICE_URLS for a bot started now: the fake channels already running. An anonymous bot replies only to its
 * own origin and to those it was started with (issue 23), so a test starts its channel before its bot.
 */
export function fakeChannelOrigins(): string {
  return [...running].join(',');
}

/**
 * A fake channel: an HTTP server on 127.0.0.1 that plays the Bot Connector's part. Tests post activities to the
 * bot's /api/messages with this server as serviceUrl, and read the bot's replies as a real channel would.
 */
export class FakeChannel {
  readonly received: Partial<Activity>[] = [];
  private server: Server | null = null;
  private waiters: (() => void)[] = [];
  private counter = 0;
  /** Make sends fail with this status (a channel that refuses, e.g. an SMS opt-out). */
  failWith: number | null = null;
  url = '';

  async start(): Promise<this> {
    this.server = createServer((req, res) => void this.handle(req, res));
    this.url = await listenOnLoopback(this.server);
    running.add(this.url);
    return this;
  }

  async stop(): Promise<void> {
    if (!this.server) return;
    running.delete(this.url);
    await closeServer(this.server);
    this.server = null;
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const match = /^\/v3\/conversations\/([^/]+)\/activities(?:\/([^/]+))?$/.exec(req.url ?? '');
    if (req.method !== 'POST' || !match) {
      res.writeHead(404);
      res.end();
      return;
    }
    if (this.failWith !== null) {
      res.writeHead(this.failWith, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ error: { code: 'Refused' } }));
      return;
    }
    const activity = JSON.parse(Buffer.concat(chunks).toString('utf8')) as Partial<Activity>;
    this.received.push(activity);
    this.waiters.splice(0).forEach((w) => w());
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ id: `reply-${++this.counter}` }));
  }

  /** Replies in one conversation. */
  repliesIn(conversationId: string): Partial<Activity>[] {
    return this.received.filter((a) => a.conversation?.id === conversationId);
  }

  /** Waits until the conversation has at least `count` replies. */
  async waitFor(conversationId: string, count: number, timeoutMs = 5000): Promise<Partial<Activity>[]> {
    const deadline = Date.now() + timeoutMs;
    while (this.repliesIn(conversationId).length < count) {
      if (Date.now() > deadline) throw new Error(`waited for ${count} replies, got ${this.repliesIn(conversationId).length}`);
      await new Promise<void>((resolve) => {
        this.waiters.push(resolve);
        setTimeout(resolve, 50);
      });
    }
    return this.repliesIn(conversationId);
  }
}

let seq = 0;

/** An activity as a channel would post it, with this fake channel as its serviceUrl. */
export function activityFrom(channel: FakeChannel, conversationId: string, fields: Partial<Activity>): Partial<Activity> {
  return {
    type: 'message',
    id: `act-${++seq}`,
    channelId: 'test',
    serviceUrl: channel.url,
    timestamp: new Date(),
    from: { id: `user-${conversationId}`, name: 'Patient' },
    recipient: { id: 'bot', name: 'Liver Test Guide' },
    conversation: { id: conversationId, isGroup: false, conversationType: 'personal', name: '' },
    locale: 'en-US',
    ...fields,
  };
}

export async function postActivity(botUrl: string, activity: Partial<Activity>, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(`${botUrl}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(activity),
  });
}
