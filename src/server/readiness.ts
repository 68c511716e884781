import type { Storage } from 'botbuilder';
import type { Request, Response, Server } from 'restify';
import type { Logger } from '../logger';

/** A store check that takes longer than this counts as down (the store's own per-try timeout). */
export const READY_TIMEOUT_MS = 4000;
/** A result is kept this long, so that probes from several monitors do not load the store. */
export const READY_CACHE_MS = 5000;
/** The key read by the check: never written, so the read finds nothing and costs one small request. */
export const READY_PROBE_KEY = 'readiness-probe';

export interface Readiness {
  ready: boolean;
  /** The dependencies that are down, by name ('store'); no details, no secrets. */
  down: string[];
}

/**
 * /readyz: readiness for monitoring and for orchestrators that take an instance out of rotation. It reads the state
 * store once (under READY_TIMEOUT_MS) and keeps the answer for READY_CACHE_MS. /healthz stays liveness only: the bot
 * keeps answering "please send that again" through a store outage, so App Service's Health check must not use this.
 */
export function registerReadiness(server: Server, storage: Storage, logger: Logger, now: () => number = Date.now): void {
  let cached: { at: number; result: Promise<Readiness> } | null = null;

  const check = async (): Promise<Readiness> => {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error('timeout')), READY_TIMEOUT_MS);
    });
    try {
      await Promise.race([storage.read([READY_PROBE_KEY]), timeout]);
      return { ready: true, down: [] };
    } catch (err) {
      logger.warn({ event: 'not_ready', dependency: 'store', errorName: err instanceof Error ? err.name : 'unknown' });
      return { ready: false, down: ['store'] };
    } finally {
      clearTimeout(timer);
    }
  };

  server.get('/readyz', async (_req: Request, res: Response) => {
    if (!cached || now() - cached.at >= READY_CACHE_MS) cached = { at: now(), result: check() };
    const { ready, down } = await cached.result;
    res.header('cache-control', 'no-store');
    res.send(ready ? 200 : 503, ready ? { status: 'ready' } : { status: 'not ready', down });
  });
}
