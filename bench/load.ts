import { randomUUID } from 'node:crypto';
import { scriptLines, type Script } from './scripts';

export interface LoadResult {
  turns: number;
  conversations: number;
  errors: number;
  latenciesMs: number[];
  elapsedMs: number;
}

export interface LoadOptions {
  botUrl: string;
  serviceUrl: string;
  users: number;
  durationMs: number;
  scripts: readonly Script[];
  /** Stop after this many whole conversations in all (the smoke run), whatever the time. */
  maxConversations?: number;
}

/**
 * N virtual people, each holding one complete conversation after another, all at once, over HTTP: every turn is a
 * POST to /api/messages whose latency is the time until the bot answers it (its replies already sent to the channel).
 */
export async function runLoad(o: LoadOptions): Promise<LoadResult> {
  const latenciesMs: number[] = [];
  let errors = 0;
  let conversations = 0;
  let started = 0;
  const begin = performance.now();
  const deadline = begin + o.durationMs;
  const more = (): boolean => performance.now() < deadline && (o.maxConversations === undefined || started < o.maxConversations);

  async function person(index: number): Promise<void> {
    let round = 0;
    while (more()) {
      started += 1;
      const script = o.scripts[(index + round++) % o.scripts.length] ?? o.scripts[0];
      if (!script) return;
      const conversationId = `bench-${randomUUID()}`;
      for (const text of scriptLines(script)) {
        const body = JSON.stringify({
          type: 'message',
          id: randomUUID(),
          channelId: 'webchat',
          serviceUrl: o.serviceUrl,
          timestamp: new Date().toISOString(),
          from: { id: `user-${conversationId}`, name: 'Patient' },
          recipient: { id: 'bot', name: 'Bot' },
          conversation: { id: conversationId },
          locale: script.locale,
          text,
        });
        const t0 = performance.now();
        const res = await fetch(`${o.botUrl}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
        await res.arrayBuffer();
        latenciesMs.push(performance.now() - t0);
        if (res.status >= 400) errors += 1;
      }
      conversations += 1;
    }
  }

  await Promise.all(Array.from({ length: o.users }, (_, i) => person(i)));
  return { turns: latenciesMs.length, conversations, errors, latenciesMs, elapsedMs: performance.now() - begin };
}

export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return 0;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i] ?? 0;
}
