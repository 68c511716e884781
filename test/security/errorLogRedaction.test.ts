import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createLogger, describeError } from '../../src/logger';

/**
 * Issue 23 item 4: a connector error message with line breaks reached the log through its stack lines (the
 * recipient's phone number and the bot's reply). An error's message never reaches a log line, whatever it holds.
 */
const PHONE = '+15551234567';
const REPLY = 'Your ALT is 68, a little raised';

function connectorError(): Error {
  // As the connector's errors read: the request's details in the message, over several lines, some shaped like frames.
  const err = new Error(`Failed to send activity to ${PHONE}\n    at reply (${REPLY}:1:1)\n    ${REPLY}\nat ${PHONE}:1:1`);
  err.name = 'RestError';
  return err;
}

describe('error messages never reach the log (issue 23)', () => {
  it('describeError keeps the name and the real frames, and nothing of the message', () => {
    const d = describeError(connectorError());
    expect(d.errorName).toBe('RestError');
    expect(d.frames.length).toBeGreaterThan(0);
    expect(d.frames.every((f) => f.startsWith('at '))).toBe(true);
    const text = JSON.stringify(d);
    expect(text).not.toContain(PHONE);
    expect(text).not.toContain('5551234567');
    expect(text).not.toContain(REPLY);
  });

  it('a logged error line holds neither the phone number nor the reply', () => {
    const lines: string[] = [];
    const sink = new Writable({ write: (chunk: Buffer, _enc, done) => (lines.push(chunk.toString()), done()) });
    createLogger('info', sink).warn({ event: 'sms_send_failed_final', ...describeError(connectorError()) });
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain('sms_send_failed_final');
    expect(lines[0]).not.toContain('5551234567');
    expect(lines[0]).not.toContain('ALT is 68');
  });

  it('an error whose stack does not start with its message (changed after it was thrown) logs no frames', () => {
    const err = new Error('first');
    err.message = `now ${PHONE}`;
    expect(JSON.stringify(describeError(err))).not.toContain(PHONE);
  });
});
