import { ServerProcess } from '../../bench/processes';
import { fakeChannelOrigins } from './fakeChannel';

/**
 * The bot as its own process (as `npm start` runs it, from source), on 127.0.0.1 and a free port, replying to the
 * fake channels already running (LOCAL_SERVICE_URLS) unless `env` says otherwise.
 */
export class BotProcess extends ServerProcess {
  constructor(env: Record<string, string>) {
    super('src/index.ts', { LOCAL_SERVICE_URLS: fakeChannelOrigins(), ...env });
  }
}

/** Polls the server's /healthz until `done`; the slowest answer, in ms. */
export async function slowestHealth(server: BotProcess, done: () => boolean): Promise<number> {
  let slowest = 0;
  while (!done()) {
    const started = performance.now();
    const res = await fetch(`${server.url}/healthz`);
    if (res.status !== 200) throw new Error(`/healthz answered ${res.status}`);
    slowest = Math.max(slowest, performance.now() - started);
  }
  return slowest;
}

/** The server's CPU for one request (from /proc, in 10 ms ticks), and the slowest /healthz meanwhile. */
export async function measuredRequest(server: BotProcess, request: () => Promise<Response>): Promise<{ cpuMs: number; healthMs: number; status: number }> {
  const before = server.cpuMs();
  let finished = false;
  const health = slowestHealth(server, () => finished);
  const response = await request();
  await response.arrayBuffer();
  const cpuMs = server.cpuMs() - before;
  finished = true;
  return { cpuMs, healthMs: await health, status: response.status };
}
