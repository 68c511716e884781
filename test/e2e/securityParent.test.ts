import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { translator } from '../../src/i18n';
import { startApp, type StartedApp } from '../helpers/app';
import { FakeChannel, activityFrom, postActivity } from '../helpers/fakeChannel';

/**
 * A hostile parent bot (threat model, issue #15): a parent allowed to call the skill chooses the channel and ids of
 * its activities. Naming someone else's conversation must give it a conversation of its own, not theirs. Locally,
 * without an app id, the Emulator's skill calls (recipient role "skill") are the parent's; the person is the
 * Emulator's ordinary chat, on the same channel with the same ids.
 */
const en = translator('en');
let chat: FakeChannel;
let parent: FakeChannel;
let app: StartedApp;

beforeAll(async () => {
  chat = await new FakeChannel().start();
  parent = await new FakeChannel().start();
  app = await startApp({ ALLOWED_CALLERS: '*' });
});
afterAll(async () => {
  await app.app.close();
  await chat.stop();
  await parent.stop();
});

const CONVERSATION = 'conversation-of-someone-else';
const texts = (channel: FakeChannel, from = 0): string => channel.repliesIn(CONVERSATION).slice(from).map((a) => a.text ?? '').join('\n');

describe('a parent bot is kept to conversations of its own', () => {
  it('naming someone’s conversation reaches a new one; the person’s answers stay theirs and their conversation goes on', async () => {
    const person = (text: string) => activityFrom(chat, CONVERSATION, { channelId: 'emulator', text, from: { id: CONVERSATION, name: '' } });
    for (const text of ['hi', 'yes', 'ALT 68 U/L 7-40; AST 25 U/L 13-35']) await postActivity(app.url, person(text));
    expect(texts(chat)).toContain(en('questions.age.ask'));

    const asParent = (text: string) =>
      activityFrom(parent, CONVERSATION, { channelId: 'emulator', text, from: { id: CONVERSATION, name: '' }, recipient: { id: 'liver-test-guide', name: '', role: 'skill' } });
    expect((await postActivity(app.url, asParent('34'))).status).toBe(200);
    const seen = texts(parent);
    expect(seen).toContain(en('consent.ask', { hours: 24 }));
    expect(seen).not.toContain(en('questions.sleep.ask'));
    expect(seen).not.toContain('68');
    expect(parent.repliesIn(CONVERSATION).filter((a) => a.type === 'message').every((a) => a.recipient?.id === CONVERSATION)).toBe(true);

    const before = chat.repliesIn(CONVERSATION).length;
    await postActivity(app.url, person('34'));
    expect(texts(chat, before)).toContain(en('questions.sleep.ask'));
  });
});
