import type { Activity } from 'botbuilder';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PREFILL_TTL_MS } from '../../src/bot/prefillSlot';
import { translator } from '../../src/i18n';
import { MemoryStore } from '../../src/storage/memoryStore';
import { ProtectedStorage } from '../../src/storage/protectedStorage';
import { startApp, type StartedApp } from '../helpers/app';
import { FakeChannel, activityFrom, postActivity } from '../helpers/fakeChannel';

/**
 * Issue 23 item 4: values a parent bot pre-fills with the `assess` event are kept out of the conversation's answers
 * until the person consents (held in a short-lived slot of the shared store, so any instance can take the reply),
 * dropped when the person declines, confirmed with the person like typed ones, and never override what the person
 * types (a typed ALT 900 once became the pre-filled 41, and a routine result).
 */
const en = translator('en');
let parent: FakeChannel;
/** The raw store under the two instances' ProtectedStorage, as the memory store runs in production, and its items. */
let memory: MemoryStore;
const raw: Record<string, string> = {};
/** Added to the store's clock, to let the held answers expire. */
let clockOffsetMs = 0;
let a: StartedApp;
let b: StartedApp;

beforeAll(async () => {
  parent = await new FakeChannel().start();
  memory = new MemoryStore(raw);
  const storage = new ProtectedStorage(() => memory, { ttlMs: 24 * 3_600_000, tombstoneMs: 0, now: () => Date.now() + clockOffsetMs });
  // Two instances serving the same conversations from one store, as behind a load balancer.
  [a, b] = await Promise.all([startApp({ ALLOWED_CALLERS: '*' }, storage), startApp({ ALLOWED_CALLERS: '*' }, storage)]);
});
afterAll(async () => {
  await a.app.close();
  await b.app.close();
  await parent.stop();
});

function fromParent(conversationId: string, fields: Partial<Activity>): Partial<Activity> {
  return activityFrom(parent, conversationId, { channelId: 'emulator', recipient: { id: 'liver-test-guide', name: 'Liver Test Guide', role: 'skill' }, ...fields });
}

/** Posts to an instance and returns the text of the replies it sent. */
async function post(app: StartedApp, id: string, fields: Partial<Activity>): Promise<string> {
  const before = parent.repliesIn(id).length;
  expect((await postActivity(app.url, fromParent(id, fields))).status).toBeLessThan(300);
  return parent.repliesIn(id).slice(before).map((r) => r.text ?? '').join('\n');
}
const assess = (id: string, value: object, app = a): Promise<string> => post(app, id, { type: 'event', name: 'assess', value });
const say = (id: string, text: string, app = a): Promise<string> => post(app, id, { text });

/** The raw stored items about a conversation, by key (each is { v: state, x: expiry }). */
function storedAbout(id: string): Record<string, { v: Record<string, unknown>; x: number }> {
  return Object.fromEntries(memory.keys().filter((k) => k.includes(id)).map((k) => [k, JSON.parse(raw[k] ?? '{}') as { v: Record<string, unknown>; x: number }]));
}

const PREFILL = { alt: 1234, ast: 25, unit: 'U/L', altRange: [7, 40], astRange: [13, 35], age: 45 };
/** The tester's case: a normal-looking pre-filled ALT of 41. */
const PREFILL_41 = { alt: 41, ast: 25, unit: 'U/L', altRange: [7, 40], astRange: [13, 35] };

/** The reply to each question, by its text, until the summary. */
const ANSWERS: [string, string][] = [
  [en('questions.ast.ask'), '25'],
  [en('questions.altRange.ask'), '7-40'],
  [en('questions.astRange.ask'), '13-35'],
  [en('questions.age.ask'), '50'],
  [en('questions.sleep.ask'), 'no'],
  [en('questions.alcohol.ask'), 'none'],
  [en('questions.exercise.ask'), 'no'],
  [en('questions.medicines.ask'), 'none'],
  [en('questions.symptoms.ask').slice(0, 40), 'none'],
  [en('questions.conditions.ask').slice(0, 40), 'none'],
];
const SUMMARY = en('questions.summary.ask', { lines: '' }).split('\n')[0] ?? '';

/** Answers whatever is asked until the summary; returns the summary's text. */
async function toSummary(id: string, last: string): Promise<string> {
  let reply = last;
  for (let i = 0; i < 20 && !reply.includes(SUMMARY); i++) {
    const answer = ANSWERS.find(([q]) => reply.includes(q))?.[1];
    if (answer === undefined) throw new Error(`unexpected question: ${reply}`);
    reply = await say(id, answer);
  }
  return reply.slice(reply.indexOf(SUMMARY));
}

describe('pre-filled values and consent (issue 23)', () => {
  it('before consent nothing pre-filled is in the conversation’s state: only a slot of its own that expires in minutes', async () => {
    const id = 'prefill-held';
    const started = Date.now();
    expect(await assess(id, PREFILL)).toContain(en('consent.ask', { hours: 24 }).slice(0, 30));
    const stored = storedAbout(id);
    const slots = Object.keys(stored).filter((k) => k.endsWith('/prefill'));
    expect(slots).toHaveLength(1);
    for (const [key, item] of Object.entries(stored)) {
      if (key.endsWith('/prefill')) continue;
      expect(JSON.stringify(item)).not.toContain('1234');
      expect(JSON.stringify(item)).not.toContain('"age"');
    }
    const slot = stored[slots[0] ?? ''];
    expect(JSON.stringify(slot)).toContain('1234');
    expect(slot?.x).toBeGreaterThan(started);
    expect(slot?.x).toBeLessThanOrEqual(Date.now() + PREFILL_TTL_MS);
    expect(PREFILL_TTL_MS).toBeLessThanOrEqual(10 * 60_000);
  });

  it('on "no", nothing pre-filled is kept, the slot included', async () => {
    const id = 'prefill-declined';
    await assess(id, PREFILL);
    expect(await say(id, 'no')).toContain(en('consent.declined'));
    const stored = JSON.stringify(storedAbout(id));
    expect(stored).not.toContain('1234');
    expect(stored).not.toContain('"age"');
    expect(Object.keys(storedAbout(id)).some((k) => k.endsWith('/prefill'))).toBe(false);
  });

  it('on "yes" to another instance, the pre-filled values are used and confirmed with the person like typed ones', async () => {
    const id = 'prefill-confirmed';
    await assess(id, PREFILL, a);
    const replies = await say(id, 'yes', b);
    expect(replies).toContain(en('questions.confirmValues.ask', { alt: 1234, ast: 25, unit: 'U/L' }));
    expect(Object.keys(storedAbout(id)).some((k) => k.endsWith('/prefill'))).toBe(false);
  });

  it(`after ${PREFILL_TTL_MS / 60_000} minutes the pre-filled values are gone: "yes" asks for the results`, async () => {
    const id = 'prefill-expired';
    await assess(id, PREFILL);
    clockOffsetMs = PREFILL_TTL_MS + 1000;
    try {
      const replies = await say(id, 'yes', b);
      expect(replies).toContain(en('questions.results.ask'));
      expect(replies).not.toContain('1234');
    } finally {
      clockOffsetMs = 0;
    }
  });
});

describe('what the person types wins over what was pre-filled (issue 23)', () => {
  const typed900 = en('summary.alt', { value: 900, unit: 'U/L', uln: 40 });
  const prefilled41 = en('summary.alt', { value: 41, unit: 'U/L', uln: 40 });
  /** The summary says the typed ALT, never the pre-filled one. */
  const expectTyped = (summary: string): void => {
    expect(summary).toContain(typed900);
    expect(summary).not.toContain(prefilled41);
  };

  it('ALT typed with the consent ("yes, my ALT is 900"): the summary has 900, and the rest of the report is asked', async () => {
    const id = 'typed-at-consent';
    await assess(id, PREFILL_41);
    const reply = await say(id, 'yes, my ALT is 900');
    expect(reply).toContain(en('questions.ast.ask'));
    expectTyped(await toSummary(id, reply));
  });

  it('ALT typed at a later question ("ALT 900" to "How old are you?"): said back, used, and that question asked again', async () => {
    const id = 'typed-later';
    await assess(id, PREFILL_41);
    expect(await say(id, 'yes')).toContain(en('questions.age.ask'));
    const reply = await say(id, 'ALT 900');
    expect(reply).toContain(en('questions.results.readBack', { lines: en('questions.results.readValueNoUnit', { name: 'ALT', value: 900 }) }));
    // The pre-filled lab results went with the 41: the rest of the person's report is asked, then the age again.
    expect(reply).toContain(en('questions.ast.ask'));
    expectTyped(await toSummary(id, reply));
    expect(parent.repliesIn(id).filter((r) => r.text?.includes(en('questions.age.ask')))).toHaveLength(2);
  });

  it('a reply to the report’s own questions is theirs to read: "ALT upper limit 40" to the range question is no ALT of 40', async () => {
    const id = 'range-not-typed';
    await assess(id, { alt: 41, ast: 25, unit: 'U/L' });
    expect(await say(id, 'yes')).toContain(en('questions.altRange.ask'));
    const reply = await say(id, 'ALT upper limit 40');
    expect(reply).not.toContain(en('questions.results.readValueNoUnit', { name: 'ALT', value: 40 }));
    expect(await toSummary(id, await say(id, '7-40'))).toContain(prefilled41);
  });

  it('ALT typed as a correction at the summary: the summary comes back with 900, and the result is not routine', async () => {
    const id = 'typed-at-summary';
    await assess(id, PREFILL_41);
    const first = await toSummary(id, await say(id, 'yes'));
    expect(first).toContain(prefilled41);
    expectTyped(await toSummary(id, await say(id, 'ALT was 900 actually')));
    await say(id, 'yes');
    const result = parent.repliesIn(id).find((r) => r.type === 'endOfConversation')?.value as { triage?: string } | undefined;
    expect(result?.triage).toBeDefined();
    expect(result?.triage).not.toBe('routine');
  });
});
