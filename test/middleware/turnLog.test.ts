import { TestAdapter } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import { createLogger, hashId } from '../../src/logger';
import { turnLog } from '../../src/middleware/turnLog';
import { LogCapture } from '../helpers/app';

const SECRET = 'a-test-secret-for-log-ids-0123456789abcdef';

describe('turnLog (middleware, issue #30 item 6)', () => {
  it('logs each completed turn once, with its time and the hashed conversation id, never the text', async () => {
    const logs = new LogCapture();
    const adapter = new TestAdapter(async () => {
      await new Promise((r) => setTimeout(r, 20));
    }).use(turnLog(createLogger('debug', logs, SECRET)));
    await adapter.processActivity({ type: 'message', channelId: 'sms', conversation: { id: '+15551234567', isGroup: false, conversationType: '', name: '' }, text: 'my ALT is 68' });
    const turns = logs.lines.map((l) => JSON.parse(l) as Record<string, unknown>).filter((l) => l.event === 'turn');
    expect(turns).toHaveLength(1);
    expect(turns[0]).toMatchObject({ channelId: 'sms', type: 'message', conversationId: hashId(SECRET, '+15551234567') });
    expect(turns[0]?.ms).toBeGreaterThanOrEqual(15);
    expect(logs.text).not.toContain('ALT');
    expect(logs.text).not.toContain('15551234567');
  });

  it('logs nothing for a failed turn (onTurnError logs it)', async () => {
    const logs = new LogCapture();
    const adapter = new TestAdapter(async () => {
      throw new Error('boom');
    }).use(turnLog(createLogger('debug', logs)));
    adapter.onTurnError = async () => undefined;
    await adapter.processActivity({ type: 'message', text: 'hi' });
    expect(logs.lines.filter((l) => l.includes('"event":"turn"'))).toEqual([]);
  });
});
