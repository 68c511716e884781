import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { translator } from '../../src/i18n';
import { startApp, type StartedApp } from '../helpers/app';
import { FakeChannel, activityFrom, postActivity } from '../helpers/fakeChannel';

let channel: FakeChannel;
let app: StartedApp;
beforeAll(async () => {
  channel = await new FakeChannel().start();
  app = await startApp({ LOG_LEVEL: 'warn', MAX_BODY_KB: '256' });
});
afterAll(async () => {
  await app.app.close();
  await channel.stop();
});

const oddText = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 200 }),
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.constantFrom(
    '<script>alert(1)</script>', '**bold** [link](javascript:alert(1))', '\u0000\u0001\u202e\ufeff', '{{constructor.constructor("x")()}}',
    '${process.exit()}', '💉🧪'.repeat(50), 'A'.repeat(30_000), '../../etc/passwd', 'ALT 68 U/L 7-40'.repeat(200), 'null', '\ud800',
  ),
);

/** Activities of every broken shape: missing fields, wrong types, huge or odd text, markup. */
const hostile = fc.record(
  {
    type: fc.oneof(fc.constantFrom('message', 'conversationUpdate', 'event', 'invoke', 'endOfConversation', 'typing', 'installationUpdate'), fc.string(), fc.integer(), fc.constant(null)),
    text: fc.oneof(oddText, fc.integer(), fc.array(fc.string()), fc.constant(null)),
    channelId: fc.oneof(fc.constantFrom('webchat', 'msteams', 'sms', 'directline', 'emulator'), fc.string({ maxLength: 80 }), fc.integer()),
    locale: fc.oneof(fc.constantFrom('en-US', 'zh-CN', 'zz', ''), fc.string({ maxLength: 100 })),
    value: fc.oneof(fc.jsonValue(), fc.constant(undefined)),
    name: fc.oneof(fc.constantFrom('assess', 'webchat/join'), fc.string()),
    membersAdded: fc.oneof(fc.constant(undefined), fc.array(fc.record({ id: fc.string() })), fc.string()),
    from: fc.oneof(fc.constant(undefined), fc.record({ id: fc.oneof(fc.string(), fc.integer()) })),
    conversation: fc.oneof(fc.constant(undefined), fc.record({ id: fc.oneof(fc.string({ minLength: 1, maxLength: 40 }), fc.integer()) })),
  },
  { requiredKeys: [] },
);

describe('hostile input to /api/messages (fast-check)', () => {
  it('every response is 2xx or 4xx, the process stays up, and a normal conversation still works', async () => {
    let n = 0;
    await fc.assert(
      fc.asyncProperty(hostile, fc.boolean(), async (fields, asJson) => {
        n += 1;
        const base = activityFrom(channel, `fuzz-${n}`, {});
        const body = asJson ? JSON.stringify({ ...base, ...fields }) : `${JSON.stringify({ ...base, ...fields }).slice(0, -1)}\u0000`;
        const res = await fetch(`${app.url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
        expect(res.status).toBeGreaterThanOrEqual(200);
        expect(res.status).toBeLessThan(500);
      }),
      { numRuns: 400, interruptAfterTimeLimit: 60_000 },
    );
    const huge = await postActivity(app.url, activityFrom(channel, 'fuzz-huge', { text: 'x'.repeat(1024 * 1024) }));
    expect(huge.status).toBe(413);
    expect((await fetch(`${app.url}/healthz`)).status).toBe(200);
    const id = 'after-fuzz';
    await postActivity(app.url, activityFrom(channel, id, { text: 'hi' }));
    await postActivity(app.url, activityFrom(channel, id, { text: 'yes' }));
    expect(channel.repliesIn(id).map((a) => a.text).join('\n')).toContain(translator('en')('questions.results.ask'));
  }, 120_000);
});
