import { createHmac, randomBytes } from 'node:crypto';
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

/** The key ids are hashed with when LOG_ID_SECRET is not set: random, for this process only. */
const EPHEMERAL_ID_KEY = randomBytes(32);

/**
 * What a log holds instead of an id: a keyed hash (HMAC-SHA256, 96 bits, base64url). On SMS the conversation id is the
 * person's phone number, so no id is ever logged as it is; the same id gives the same hash under one key, so a
 * conversation's lines can still be followed.
 */
export function hashId(key: string | Buffer, id: string): string {
  return `h:${createHmac('sha256', key).update(id).digest().subarray(0, 12).toString('base64url')}`;
}

/** Log fields that hold an id (or an object with one), hashed wherever they are logged. */
export const ID_FIELDS = ['conversationId', 'userId', 'fromId', 'recipientId', 'activityId', 'replyToId'];

/**
 * Channel ids and activity types come from the caller: a log keeps the ones Bot Framework defines and says "other"
 * for anything else, so no free text reaches the logs through them.
 */
const KNOWN_CHANNELS = new Set(['msteams', 'webchat', 'directline', 'sms', 'emulator', 'test', 'skill', 'slack', 'facebook', 'telegram', 'email', 'line', 'kik', 'groupme', 'alexa', 'twilio-sms', 'omnichannel', 'telephony']);
const KNOWN_TYPES = new Set(['message', 'conversationUpdate', 'event', 'invoke', 'invokeResponse', 'endOfConversation', 'typing', 'messageReaction', 'messageUpdate', 'messageDelete', 'installationUpdate', 'contactRelationUpdate', 'deleteUserData', 'handoff', 'trace', 'suggestion', 'command', 'commandResult']);
const known = (names: Set<string>) => (value: unknown): unknown => (typeof value === 'string' && !names.has(value) ? 'other' : value);

export function createLogger(level: string, destination?: DestinationStream, idKey?: string): Logger {
  const key = idKey ?? EPHEMERAL_ID_KEY;
  const hash = (value: unknown): unknown => (typeof value === 'string' && value !== '' ? hashId(key, value) : value);
  const options = {
    level,
    base: { service: 'liver-test-guide' },
    redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
    serializers: { ...Object.fromEntries(ID_FIELDS.map((f) => [f, hash])), channelId: known(KNOWN_CHANNELS), type: known(KNOWN_TYPES) },
    timestamp: pino.stdTimeFunctions.isoTime,
  };
  return destination ? pino(options, destination) : pino(options);
}

/** A stack frame as V8 writes one: "at fn (file:line:col)" or "at file:line:col". */
const FRAME = /^at (?:new |async )?[^\s()]+(?: \[as [^\]\s]+\])? \([^()\s]+:\d+:\d+\)$|^at [^()\s]+:\d+:\d+$/;
const FRAME_MAX_CHARS = 300;
const MAX_FRAMES = 5;

/**
 * What an error may put in a log: its name and where it was thrown, never its message (which may quote input).
 * The message is cut off the stack first (issue 23: a connector error whose message held line breaks reached the
 * log through "frames" that were its message's lines: a phone number and the bot's reply), and only lines shaped
 * like V8's frames are kept.
 */
export function describeError(err: unknown): { errorName: string; frames: string[] } {
  if (err instanceof Error) {
    const stack = err.stack ?? '';
    const head = `${err.name}${err.message ? `: ${err.message}` : ''}`;
    const trace = stack.startsWith(head) ? stack.slice(head.length) : '';
    const frames = trace
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => l.length > 0 && l.length <= FRAME_MAX_CHARS && FRAME.test(l))
      .slice(0, MAX_FRAMES);
    return { errorName: /^\w{1,64}$/.test(err.name) ? err.name : 'Error', frames };
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
