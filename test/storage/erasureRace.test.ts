import { BlobsStorage } from 'botbuilder-azure-blobs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { translator } from '../../src/i18n';
import { twoInstancesOnBlob, type Azurite } from '../helpers/azurite';
import type { BotProcess } from '../helpers/botProcess';
import { activityFrom, postActivity, type FakeChannel } from '../helpers/fakeChannel';

/**
 * Issue 23 item 3: "delete my data" holds on every instance. Two real bot processes share Azure Blob storage
 * (Azurite, telemetry off). In each trial a conversation holds lab values and answers; instance A gets an answer
 * and instance B gets "delete my data" a few milliseconds later (5 to 20 ms, varied), so that A has read the state
 * before B deletes it and writes after. Before the fix (eTag `*`, no tombstone) A's write put the lab values back in
 * about a third of the trials; now it is refused (A's person is asked, kindly, to send it again) and nothing of the
 * conversation is left in the store.
 */
const TRIALS = 30;
const CONTAINER = 'race-state';
const en = translator('en');

let azurite: Azurite;
let channel: FakeChannel;
let a: BotProcess;
let b: BotProcess;
let stop: () => Promise<void>;

beforeAll(async () => {
  ({ azurite, channel, a, b, stop } = await twoInstancesOnBlob(CONTAINER));
}, 60_000);
afterAll(async () => stop?.());

async function say(bot: BotProcess, id: string, text: string): Promise<void> {
  expect((await postActivity(bot.url, activityFrom(channel, id, { text }))).status).toBe(200);
}

/** What the store holds of a conversation: its state, or null when it holds none (absent, or a tombstone). */
async function stored(id: string): Promise<string | null> {
  const key = `test/conversations/${id}/`;
  const item = (await new BlobsStorage(azurite.connectionString, CONTAINER).read([key]))[key] as { v?: object; d?: number } | undefined;
  if (!item || item.d === 1) return null;
  return JSON.stringify(item.v ?? {});
}

describe('an answer on one instance racing "delete my data" on another (Azurite, two processes)', () => {
  it(`never puts the deleted lab values back (${TRIALS} trials)`, async () => {
    const restored: number[] = [];
    for (let trial = 0; trial < TRIALS; trial++) {
      const id = `race-${trial}`;
      for (const text of ['hi', 'yes', 'ALT 68 U/L 7-40; AST 25 U/L 13-35']) await say(a, id, text);
      expect(await stored(id)).toContain('"alt":68');
      const before = channel.repliesIn(id).length;
      const answer = postActivity(a.url, activityFrom(channel, id, { text: '34' }));
      await new Promise((r) => setTimeout(r, 5 + (trial % 4) * 5));
      const deletion = postActivity(b.url, activityFrom(channel, id, { text: 'delete my data' }));
      const [ra, rb] = await Promise.all([answer, deletion]);
      expect([ra.status, rb.status]).toEqual([200, 200]);
      const replies = channel.repliesIn(id).slice(before).map((r) => r.text ?? '');
      expect(replies.some((t) => t.includes(en('commands.dataDeleted')))).toBe(true);
      const left = await stored(id);
      // The fields, not the digits: a fresh state (B's deletion came first, and A started afresh) holds a dialog's
      // random instance id, which contains "68" about one time in nine.
      if (left !== null && (left.includes('"alt":68') || left.includes('"age"'))) restored.push(trial);
    }
    // No trial may leave the lab values or the answers in the store after "delete my data" was confirmed.
    expect(restored).toEqual([]);
  }, 240_000);

  it('a person who writes again after the deletion starts afresh (the tombstone does not lock them out)', async () => {
    const id = 'after-deletion';
    for (const text of ['hi', 'yes', 'ALT 68 U/L 7-40; AST 25 U/L 13-35', 'delete my data']) await say(a, id, text);
    expect(await stored(id)).toBeNull();
    const before = channel.repliesIn(id).length;
    await say(b, id, 'hi');
    const replies = channel.repliesIn(id).slice(before).map((r) => r.text ?? '').join('\n');
    expect(replies).toContain(en('consent.ask', { hours: 24 }));
    expect(await stored(id)).not.toBeNull();
  });
});
