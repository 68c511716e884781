import { ClaimsIdentity } from 'botframework-connector';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { assess } from '../../src/assessment/assess';
import { translator } from '../../src/i18n';
import { callersValidator } from '../../src/skill/callers';
import { assessmentResultSchema } from '../../src/skill/resultSchema';
import { startApp, type StartedApp } from '../helpers/app';
import { Conversation } from '../helpers/conversation';
import { FakeChannel, activityFrom, postActivity } from '../helpers/fakeChannel';
import { baseInput } from '../assessment/cases';

const en = translator('en');
let parent: FakeChannel;
let app: StartedApp;

beforeAll(async () => {
  parent = await new FakeChannel().start();
  app = await startApp({ PUBLIC_URL: 'https://bot.hospital.example', ALLOWED_CALLERS: '*' });
});
afterAll(async () => {
  await app.app.close();
  await parent.stop();
});

/** An activity from a parent bot: the Emulator's anonymous skill call (no token needed on a local, anonymous bot). */
function fromParent(conversationId: string, fields: Parameters<typeof activityFrom>[2]) {
  return activityFrom(parent, conversationId, { channelId: 'emulator', recipient: { id: 'liver-test-guide', name: 'Liver Test Guide', role: 'skill' }, ...fields });
}

// Rules of the Bot Framework skill manifest schema 2.2 that this manifest must meet.
const GUID = /^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$/;
const manifestSchema = z
  .object({
    $schema: z.literal('https://schemas.botframework.com/schemas/skills/v2.2/skill-manifest.json'),
    $id: z.string(),
    name: z.string(),
    version: z.string(),
    description: z.string().optional(),
    publisherName: z.string(),
    tags: z.array(z.string()).optional(),
    endpoints: z
      .array(z.object({ name: z.string(), protocol: z.string().optional(), description: z.string().optional(), endpointUrl: z.url(), msAppId: z.string().regex(GUID) }).strict())
      .min(1),
    activities: z.record(
      z.string(),
      z.union([
        z.object({ type: z.literal('event'), name: z.string(), description: z.string().optional(), value: z.object({}).passthrough().optional(), resultValue: z.object({}).passthrough().optional() }).strict(),
        z.object({ type: z.literal('message'), description: z.string().optional(), value: z.object({}).passthrough().optional(), resultValue: z.object({}).passthrough().optional() }).strict(),
      ]),
    ),
    definitions: z.record(z.string(), z.object({}).passthrough()),
  })
  .strict();

describe('Liver Test Guide as a Bot Framework skill', () => {
  it('serves a schema 2.2 manifest with the endpoint from config and an assess event', async () => {
    const res = await fetch(`${app.url}/manifests/liver-test-guide-manifest.json`);
    expect(res.status).toBe(200);
    const manifest = (await res.json()) as z.infer<typeof manifestSchema>;
    expect(manifestSchema.safeParse(manifest).success).toBe(true);
    expect(manifest.endpoints[0]?.endpointUrl).toBe('https://bot.hospital.example/api/messages');
    expect(manifest.activities.assess).toMatchObject({ type: 'event', name: 'assess' });
    const input = manifest.definitions.assessmentInput as { properties: Record<string, unknown> };
    expect(Object.keys(input.properties)).toEqual(expect.arrayContaining(['alt', 'ast', 'altRange', 'medications']));
  });

  it('a parent hands over the lab values; the skill asks only for the rest and ends with the result', async () => {
    const id = 'skill-handover';
    const prefill = { alt: 68, ast: 25, unit: 'U/L', altRange: [7, 40], astRange: [13, 35], age: 45, sex: 'female' };
    expect((await postActivity(app.url, fromParent(id, { type: 'event', name: 'assess', value: prefill }))).status).toBe(200);
    const opening = parent.repliesIn(id).map((a) => a.text).join('\n');
    expect(opening).toContain(en('consent.ask', { hours: 24 }));
    await postActivity(app.url, fromParent(id, { text: 'yes' }));
    const afterConsent = parent.repliesIn(id).map((a) => a.text ?? '').join('\n');
    expect(afterConsent).toContain(en('questions.sleep.ask'));
    expect(afterConsent).not.toContain(en('questions.results.ask'));
    expect(afterConsent).not.toContain(en('questions.age.ask'));
    for (const text of ['no', 'none', 'no', 'none', 'none', 'none', 'yes']) await postActivity(app.url, fromParent(id, { text }));
    const eoc = parent.repliesIn(id).find((a) => a.type === 'endOfConversation');
    expect(eoc).toBeDefined();
    expect(eoc?.code).toBe('completedSuccessfully');
    const result = assessmentResultSchema.parse(eoc?.value);
    expect(result).toMatchObject({ triage: 'routine', pattern: 'isolated_alt', alt: { value: 68, uln: 40 } });
    expect(parent.repliesIn(id).map((a) => a.text ?? '').join('\n')).toContain(en('summary.alt', { value: 68, unit: 'U/L', uln: 40 }));
  });

  it('the person cancelling ends it with userCancelled', async () => {
    const id = 'skill-cancel';
    await postActivity(app.url, fromParent(id, { type: 'event', name: 'assess', value: { alt: 68 } }));
    await postActivity(app.url, fromParent(id, { text: 'yes' }));
    await postActivity(app.url, fromParent(id, { text: 'cancel' }));
    const eoc = parent.repliesIn(id).find((a) => a.type === 'endOfConversation');
    expect(eoc?.code).toBe('userCancelled');
  });

  it('an endOfConversation from the caller ends the dialog and clears its state', async () => {
    const id = 'skill-caller-ends';
    await postActivity(app.url, fromParent(id, { type: 'event', name: 'assess', value: { alt: 68, ast: 20 } }));
    await postActivity(app.url, fromParent(id, { text: 'yes' }));
    expect((await postActivity(app.url, fromParent(id, { type: 'endOfConversation', code: 'userCancelled' }))).status).toBe(200);
    const before = parent.repliesIn(id).length;
    await postActivity(app.url, fromParent(id, { text: 'no' }));
    const next = parent.repliesIn(id).slice(before).map((a) => a.text ?? '').join('\n');
    // State is gone: the conversation starts afresh with the welcome, not the next question.
    expect(next).toContain(en('welcome.intro'));
  });

  it('a warning sign ends it early, with the level it set as the result', async () => {
    const id = 'skill-red-flag';
    await postActivity(app.url, fromParent(id, { type: 'event', name: 'assess', value: { alt: 68, ast: 20, altRange: [0, 40], astRange: [0, 40] } }));
    await postActivity(app.url, fromParent(id, { text: 'yes' }));
    await postActivity(app.url, fromParent(id, { text: 'I am vomiting blood' }));
    const eoc = parent.repliesIn(id).find((a) => a.type === 'endOfConversation');
    expect(eoc?.code).toBe('completedSuccessfully');
    expect(eoc?.value).toMatchObject({ triage: 'emergency', redFlags: ['RF-GI-BLEED'] });
  });
});

describe('how a turn runs the dialog: by who sent it, not by the channel', () => {
  /** A conversation whose turns carry the claims the adapter would have authenticated (a parent bot's, or none). */
  function withClaims(claims: ConstructorParameters<typeof ClaimsIdentity>[0] | null): Conversation {
    const c = new Conversation({ channelId: 'directline' });
    c.adapter.enableTrace = true;
    c.adapter.use(async (context, next) => {
      if (claims) context.turnState.set(context.adapter.BotIdentityKey, new ClaimsIdentity(claims, true));
      await next();
    });
    return c;
  }
  const parentClaims = [
    { type: 'aud', value: 'aaaaaaaa-0000-0000-0000-000000000001' },
    { type: 'azp', value: 'bbbbbbbb-0000-0000-0000-000000000002' },
    { type: 'appid', value: 'bbbbbbbb-0000-0000-0000-000000000002' },
    { type: 'ver', value: '2.0' },
  ];

  it('a parent bot on a Bot Service channel hears endOfConversation when the person cancels', async () => {
    const c = withClaims(parentClaims);
    await c.send({ type: 'event', name: 'assess', value: { alt: 68 } });
    await c.say('yes');
    const replies = await c.say('cancel');
    expect(replies.find((a) => a.type === 'endOfConversation')?.code).toBe('userCancelled');
  });

  it('a person on a channel gets no endOfConversation, and no state trace', async () => {
    for (const claims of [null, [{ type: 'aud', value: 'aaaaaaaa-0000-0000-0000-000000000001' }, { type: 'iss', value: 'https://api.botframework.com' }]]) {
      const c = withClaims(claims);
      await c.start();
      await c.say('yes');
      const replies = await c.say('cancel');
      expect(Conversation.text(replies)).toContain(en('commands.cancelled'));
      expect(c.transcript.filter((a) => a.type === 'endOfConversation' || a.type === 'trace')).toEqual([]);
    }
  });
});

describe('allowed callers (a claims validator on the authentication configuration)', () => {
  const skillClaims = (caller: string) =>
    new ClaimsIdentity([
      { type: 'aud', value: 'aaaaaaaa-0000-0000-0000-000000000001' },
      { type: 'azp', value: caller },
      { type: 'appid', value: caller },
      { type: 'ver', value: '2.0' },
    ], true).claims;

  it('refuses an unknown caller with 403', async () => {
    const validate = callersValidator(['bbbbbbbb-0000-0000-0000-000000000002']);
    await expect(validate(skillClaims('cccccccc-0000-0000-0000-000000000003'))).rejects.toMatchObject({ statusCode: 403 });
  });
  it('accepts a listed caller', async () => {
    const validate = callersValidator(['bbbbbbbb-0000-0000-0000-000000000002']);
    await expect(validate(skillClaims('bbbbbbbb-0000-0000-0000-000000000002'))).resolves.toBeUndefined();
  });
  it('refuses every skill caller when none is listed', async () => {
    await expect(callersValidator([])(skillClaims('bbbbbbbb-0000-0000-0000-000000000002'))).rejects.toMatchObject({ statusCode: 403 });
  });
  it('does not affect channels (a token from the Bot Framework itself)', async () => {
    const channel = [{ type: 'aud', value: 'aaaaaaaa-0000-0000-0000-000000000001' }, { type: 'iss', value: 'https://api.botframework.com' }];
    await expect(callersValidator([])(channel)).resolves.toBeUndefined();
  });
  it('real results match the result schema the manifest publishes', () => {
    const outcome = assess(baseInput({ medications: ['lipitor'] }));
    expect(outcome.ok && assessmentResultSchema.safeParse(outcome.result).success).toBe(true);
  });
});
