import pino, { type DestinationStream, type Logger } from 'pino';

export type { Logger };

/**
 * JSON logs. The bot logs events, ids and counts only: never message text, lab values or medicine names.
 * As a second guard, fields that could carry them are redacted wherever they appear.
 */
export const REDACTED_PATHS = [
  'text',
  '*.text',
  'activity.text',
  'value',
  '*.value',
  'answers',
  '*.answers',
  'body',
  '*.body',
  'req.body',
];

export function createLogger(level: string, destination?: DestinationStream): Logger {
  const options = {
    level,
    base: { service: 'liver-test-guide' },
    redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
    timestamp: pino.stdTimeFunctions.isoTime,
  };
  return destination ? pino(options, destination) : pino(options);
}

/** What an error may put in a log: its name and where it was thrown, never its message (which may quote input). */
export function describeError(err: unknown): { errorName: string; frames: string[] } {
  if (err instanceof Error) {
    const frames = (err.stack ?? '')
      .split('\n')
      .slice(1, 6)
      .map((l) => l.trim());
    return { errorName: err.name, frames };
  }
  return { errorName: typeof err, frames: [] };
}

/** Restify logs through a bunyan-style logger and would dump whole requests (with their bodies); give it nothing. */
export interface SilentLogger {
  trace(): boolean;
  debug(): boolean;
  info(): boolean;
  warn(): boolean;
  error(): boolean;
  fatal(): boolean;
  child(): SilentLogger;
}

export const silentLogger: SilentLogger = {
  trace: () => false,
  debug: () => false,
  info: () => false,
  warn: () => false,
  error: () => false,
  fatal: () => false,
  child: () => silentLogger,
};
