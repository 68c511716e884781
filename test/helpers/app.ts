import { Writable } from 'node:stream';
import type { Storage } from 'botbuilder';
import { loadConfig, type Config } from '../../src/config';
import { createLogger, type Logger } from '../../src/logger';
import { createApp, type App } from '../../src/server/createServer';
import { fakeChannelOrigins } from './fakeChannel';

/** Everything a logger wrote, line by line, for tests that read the logs. */
export class LogCapture extends Writable {
  readonly lines: string[] = [];
  override _write(chunk: Buffer, _enc: BufferEncoding, cb: () => void): void {
    this.lines.push(...chunk.toString('utf8').split('\n').filter(Boolean));
    cb();
  }
  get text(): string {
    return this.lines.join('\n');
  }
}

/** The config of a test server: a free port on 127.0.0.1, replying to the fake channels already running. */
export function testConfig(env: Record<string, string> = {}): Config {
  return loadConfig({ PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'debug', LOCAL_SERVICE_URLS: fakeChannelOrigins(), ...env });
}

export interface StartedApp {
  app: App;
  url: string;
  logs: LogCapture;
  logger: Logger;
}

/** Starts the real server on 127.0.0.1 (a free port), logging into memory. */
export async function startApp(env: Record<string, string> = {}, storage?: Storage): Promise<StartedApp> {
  const logs = new LogCapture();
  const logger = createLogger('debug', logs);
  const app = createApp(testConfig(env), logger, storage ? { storage } : {});
  const url = await app.listen();
  return { app, url, logs, logger };
}
