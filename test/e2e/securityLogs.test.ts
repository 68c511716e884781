import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashId } from '../../src/logger';
import { BotProcess } from '../helpers/botProcess';
import { FakeChannel, activityFrom, postActivity } from '../helpers/fakeChannel';

/**
 * Issue #15 item 5, against a real server process: on SMS the conversation id is the person's phone number, so logs
 * hold an HMAC of every id (keyed with LOG_ID_SECRET), never the id, at every level and on every path that logs one.
 */
const SECRET = 'a-test-secret-for-log-ids-0123456789abcdef';
const PHONE = '+15551234567';
const USER = '+15557654321';

let channel: FakeChannel;
let bot: BotProcess;
beforeAll(async () => {
  channel = await new FakeChannel().start();
  bot = await new BotProcess({ LOG_LEVEL: 'trace', LOG_ID_SECRET: SECRET }).start();
}, 30_000);
afterAll(async () => {
  await bot.stop();
  await channel.stop();
});

/** On SMS both the conversation id and the user id are the person's number. */
const sms = (conversationId: string, text: string, userId = conversationId) =>
  activityFrom(channel, conversationId, { channelId: 'sms', text, from: { id: userId, name: '' }, recipient: { id: '+15550000000', name: '' } });

describe('no id is ever logged as it is (issue #15 item 5)', () => {
  it('debug turns, opt-out, a failed send and refused requests log the keyed hash, never the phone number', async () => {
    for (const text of ['hi', 'yes', 'STOP']) expect((await postActivity(bot.url, sms(PHONE, text, USER))).status).toBe(200);
    const second = '+15559998888';
    channel.failWith = 400;
    await postActivity(bot.url, sms(second, 'hi'));
    channel.failWith = null;
    await postActivity(bot.url, { ...sms(PHONE, 'hi'), serviceUrl: 'https://elsewhere.example' });
    await new Promise((r) => setTimeout(r, 300));

    const logs = bot.stdout.join('\n');
    expect(logs).toContain('"event":"turn"');
    expect(logs).toContain('"event":"sms_opt_out"');
    expect(logs).toContain('"event":"sms_send_failed_final"');
    for (const id of [PHONE, second, USER]) {
      expect(logs).not.toContain(id);
      expect(logs).not.toContain(id.slice(1));
      expect(logs).not.toContain(id.slice(-7));
    }
    expect(logs).toContain(hashId(SECRET, PHONE));
    expect(logs).toContain(hashId(SECRET, second));
  });

  it('a channel id or activity type the caller made up is logged as "other", never as written', async () => {
    const made = activityFrom(channel, 'made-up', { channelId: 'alt-68-on-lipitor', type: 'note-ast-25', text: 'hi' });
    await postActivity(bot.url, made);
    await postActivity(bot.url, { ...made, serviceUrl: 'https://elsewhere.example' });
    await new Promise((r) => setTimeout(r, 300));
    const logs = bot.stdout.join('\n');
    expect(logs).not.toContain('alt-68-on-lipitor');
    expect(logs).not.toContain('note-ast-25');
    expect(logs).toContain('"channelId":"other"');
  });

  it('the hash is keyed: another key gives another value, and the same key the same one', () => {
    expect(hashId(SECRET, PHONE)).toBe(hashId(SECRET, PHONE));
    expect(hashId(SECRET, PHONE)).not.toBe(hashId(`${SECRET}x`, PHONE));
    expect(hashId(SECRET, PHONE)).toMatch(/^h:[\w-]{16}$/);
  });

  it('without LOG_ID_SECRET a process hashes with a key of its own, and says so', async () => {
    const other = await new BotProcess({ LOG_LEVEL: 'debug' }).start();
    try {
      await postActivity(other.url, sms(PHONE, 'hi'));
      await new Promise((r) => setTimeout(r, 200));
      const logs = other.stdout.join('\n');
      expect(logs).toContain('"event":"log_ids"');
      expect(logs).toContain('"ephemeralKey":true');
      expect(logs).toMatch(/"conversationId":"h:[\w-]{16}"/);
      expect(logs).not.toContain(hashId(SECRET, PHONE));
      expect(logs).not.toContain(PHONE.slice(1));
    } finally {
      await other.stop();
    }
  });
});
