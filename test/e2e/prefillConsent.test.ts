import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { translator } from '../../src/i18n';
import { MemoryStore } from '../../src/storage/memoryStore';
import { startApp, type StartedApp } from '../helpers/app';
import { FakeChannel, activityFrom, postActivity } from '../helpers/fakeChannel';

/**
 * Issue 23 item 4: values a parent bot pre-fills with the `assess` event are dropped when the person declines, and
 * are confirmed with the person like typed ones (they once skipped the "are these right?" step).
 */
const en = translator('en');
let parent: FakeChannel;
let store: MemoryStore;
let app: StartedApp;

beforeAll(async () => {
  parent = await new FakeChannel().start();
  store = new MemoryStore();
  app = await startApp({ ALLOWED_CALLERS: '*' }, store);
});
afterAll(async () => {
  await app.app.close();
  await parent.stop();
});

function fromParent(conversationId: string, fields: Parameters<typeof activityFrom>[2]) {
  return activityFrom(parent, conversationId, { channelId: 'emulator', recipient: { id: 'liver-test-guide', name: 'Liver Test Guide', role: 'skill' }, ...fields });
}

/** Everything the store holds about a conversation, as text. */
async function storedAbout(id: string): Promise<string> {
  const keys = store.keys().filter((k) => k.includes(id));
  return JSON.stringify(await store.read(keys));
}

const PREFILL = { alt: 1234, ast: 25, unit: 'U/L', altRange: [7, 40], astRange: [13, 35], age: 45 };

describe('pre-filled values and consent (issue 23)', () => {
  it('on "no", nothing pre-filled is kept', async () => {
    const id = 'prefill-declined';
    await postActivity(app.url, fromParent(id, { type: 'event', name: 'assess', value: PREFILL }));
    await postActivity(app.url, fromParent(id, { text: 'no' }));
    expect(parent.repliesIn(id).map((a) => a.text ?? '').join('\n')).toContain(en('consent.declined'));
    const stored = await storedAbout(id);
    expect(stored).not.toContain('1234');
    expect(stored).not.toContain('"age"');
  });

  it('pre-filled values are confirmed with the person like typed ones', async () => {
    const id = 'prefill-confirmed';
    await postActivity(app.url, fromParent(id, { type: 'event', name: 'assess', value: PREFILL }));
    const before = parent.repliesIn(id).length;
    await postActivity(app.url, fromParent(id, { text: 'yes' }));
    const replies = parent.repliesIn(id).slice(before).map((a) => a.text ?? '').join('\n');
    expect(replies).toContain(en('questions.confirmValues.ask', { alt: 1234, ast: 25, unit: 'U/L' }));
  });
});
