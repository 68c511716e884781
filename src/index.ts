import { config as loadDotenv } from 'dotenv';
import { ConfigError, configWarnings, loadConfig } from './config';
import { createLogger } from './logger';
import { createApp } from './server/createServer';
import { startTelemetry } from './telemetry/setup';
import { warmUpReaders } from './nlu/warmUp';

/** Graceful shutdown must finish within this, or the process exits anyway. */
export const SHUTDOWN_GRACE_MS = 4500;

async function main(): Promise<void> {
  loadDotenv({ quiet: true });
  let config;
  try {
    config = loadConfig(process.env);
  } catch (e) {
    if (e instanceof ConfigError) {
      process.stderr.write(`${e.message}\n`);
      process.exit(1);
    }
    throw e;
  }
  // Before the app is built, so that automatic instrumentation sees the HTTP and Azure SDK modules load.
  const telemetry = startTelemetry(config);
  const logger = createLogger(config.logLevel, undefined, config.logIdSecret);
  if (telemetry) logger.info({ event: 'telemetry', exporter: 'azure-monitor', statsbeat: config.telemetry.statsbeat });
  for (const { setting, message } of configWarnings(config)) logger.warn({ event: 'config_warning', setting }, message);
  if (!config.logIdSecret && !config.appId) logger.info({ event: 'log_ids', ephemeralKey: true }, 'Ids in logs are hashed with a key for this process only: set LOG_ID_SECRET to follow them across restarts');
  const app = createApp(config, logger);
  // Before listening: /healthz says 200 only once the first patient no longer pays for the readers' first use.
  warmUpReaders();
  const url = await app.listen();
  logger.info({ event: 'listening', url, localChat: config.localChat, authenticated: Boolean(config.appId) }, 'Liver Test Guide is ready');
  if (config.localChat) logger.info({ event: 'local_chat', url: `${url}/` }, 'Open the local chat page in a browser');

  const shutdown = (signal: string): void => {
    logger.info({ event: 'shutdown', signal });
    setTimeout(() => process.exit(0), SHUTDOWN_GRACE_MS).unref();
    void app.close().then(() => process.exit(0));
  };
  process.once('SIGTERM', () => shutdown('SIGTERM'));
  process.once('SIGINT', () => shutdown('SIGINT'));
}

void main();
