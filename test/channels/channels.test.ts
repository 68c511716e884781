import type { Activity, Attachment } from 'botbuilder';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { translator } from '../../src/i18n';
import { SMS_MAX_GSM7, SMS_MAX_UCS2, isGsm7, smsLength } from '../../src/render/sms';
import { startApp, type StartedApp } from '../helpers/app';
import { FakeChannel, activityFrom, postActivity } from '../helpers/fakeChannel';

const en = translator('en');
const zh = translator('zh-CN');
let channel: FakeChannel;
let app: StartedApp;
beforeAll(async () => {
  channel = await new FakeChannel().start();
  app = await startApp({ SITE_COUNTRY: 'US' });
});
afterAll(async () => {
  await app.app.close();
  await channel.stop();
});

function on(channelId: string, id: string, locale = 'en-US') {
  const post = async (fields: Partial<Activity>): Promise<Partial<Activity>[]> => {
    const before = channel.repliesIn(id).length;
    const res = await postActivity(app.url, activityFrom(channel, id, { channelId, locale, ...fields }));
    expect(res.status).toBe(200);
    return channel.repliesIn(id).slice(before);
  };
  return { post, say: (text: string) => post({ text }), all: () => channel.repliesIn(id) };
}

const texts = (as: readonly Partial<Activity>[]): string => as.map((a) => a.text ?? '').join('\n');
const cards = (as: readonly Partial<Activity>[]): Attachment[] => as.flatMap((a) => a.attachments ?? []);

interface CardJson {
  version: string;
  actions?: { type: string; data?: unknown }[];
  fallbackText?: string;
  body: { type: string; choices?: { value: string }[]; isMultiSelect?: boolean }[];
}

describe('sms (Twilio): plain, short, numbered', () => {
  it('a full conversation: welcome on the first message, numbers understood, short GSM-7 messages, no markup', async () => {
    const c = on('sms', 'sms-full');
    expect(texts(await c.say('hi'))).toContain(toGsmEn('welcome.intro'));
    const consent = texts(c.all());
    expect(consent).toContain('Reply 1 or 2: 1 = Yes, I agree, 2 = No.');
    expect(texts(await c.say('1'))).toContain(toGsmEn('questions.results.ask'));
    for (const line of ['ALT 68 U/L 7-40; AST 25 U/L 13-35', '34', 'no', 'none', 'no', 'none', 'none', 'none']) await c.say(line);
    const final = await c.say('1');
    expect(final.at(-1)?.value ?? final.at(-2)?.value).toMatchObject({ triage: 'routine' });
    for (const a of c.all()) {
      expect(a.attachments ?? []).toEqual([]);
      expect(a.suggestedActions).toBeUndefined();
      const text = a.text ?? '';
      expect(isGsm7(text), text).toBe(true);
      expect(smsLength(text)).toBeLessThanOrEqual(SMS_MAX_GSM7);
      expect(text).not.toMatch(/\*\*|\[[^\]]+\]\(/);
    }
  });

  it('Chinese SMS messages are at most 134 characters (2 UCS-2 segments), split at sentence ends', async () => {
    const c = on('sms', 'sms-zh', 'zh-CN');
    await c.say('你好');
    for (const line of ['1', '谷丙转氨酶 68 U/L (9-50) 谷草转氨酶 25 U/L (15-40)', '34', '没有', '不喝酒', '没有', '没有', '没有', '没有', '1']) await c.say(line);
    const all = c.all();
    expect(all.some((a) => (a.value as { triage?: string } | undefined)?.triage === 'routine')).toBe(true);
    for (const a of all) {
      expect((a.text ?? '').length).toBeLessThanOrEqual(SMS_MAX_UCS2);
      expect(a.attachments ?? []).toEqual([]);
    }
    expect(all.length).toBeGreaterThan(15);
  });

  it('STOP sends nothing and records the opt-out; START opts back in; HELP says what this is', async () => {
    const c = on('sms', 'sms-stop');
    await c.say('hi');
    expect(texts(await c.say('HELP'))).toBe(en('sms.help'));
    for (const word of ['STOP', 'unsubscribe', 'Cancel']) expect(await c.say(word)).toEqual([]);
    expect(await c.say('ALT 68')).toEqual([]);
    const back = await c.say('START');
    expect(back.length).toBeGreaterThan(0);
  });

  it('a failed send is final for that conversation: nothing more is tried', async () => {
    const c = on('sms', 'sms-fail');
    await c.say('hi');
    channel.failWith = 400;
    try {
      await c.say('yes');
      const before = channel.received.length;
      await c.say('ALT 68');
      await c.say('hello?');
      expect(channel.received.length).toBe(before);
    } finally {
      channel.failWith = null;
    }
    expect(await c.say('still there?')).toEqual([]);
  });
});

describe('msteams: Adaptive Cards 1.5, at most 3 actions', () => {
  it('welcomes once on install, takes card submits with object data, and ends with the doctor card', async () => {
    const c = on('msteams', 'teams-full');
    const installed = await c.post({ type: 'installationUpdate', action: 'add' });
    expect(texts(installed)).toContain(en('welcome.intro'));
    expect(await c.post({ type: 'conversationUpdate', membersAdded: [{ id: 'user-teams-full', name: 'Patient' }] })).toEqual([]);
    await c.say('yes');
    for (const line of ['ALT 68 U/L 7-40; AST 25 U/L 13-35', '34', 'no', 'none', 'no', 'none']) await c.say(line);
    // Three misses at the symptom question bring a card with a multi-select choice set.
    for (const x of ['hmm', 'what', 'eh']) await c.say(x);
    const card = cards(c.all()).at(-1)?.content as CardJson;
    expect(card.body.find((b) => b.type === 'Input.ChoiceSet')?.isMultiSelect).toBe(true);
    expect(await c.post({ value: { answer: 'itching,fatigue', questionId: 'symptoms' } })).not.toEqual([]);
    await c.say('none');
    const summary = texts(c.all().slice(-1));
    expect(summary).toContain(en('labels.symptoms.itching'));
    const final = await c.say('yes');
    const doctor = cards(final)[0]?.content as CardJson;
    expect(JSON.stringify(doctor)).toContain(en('explain.doctorTitle'));
    for (const a of c.all()) {
      expect(a.suggestedActions?.actions.length ?? 0).toBeLessThanOrEqual(3);
      for (const action of a.suggestedActions?.actions ?? []) expect(action.type).toBe('imBack');
      for (const att of a.attachments ?? []) {
        expect(att.contentType).toBe('application/vnd.microsoft.card.adaptive');
        const content = att.content as CardJson;
        expect(Number(content.version)).toBeLessThanOrEqual(1.5);
        expect(content.actions?.length ?? 0).toBeLessThanOrEqual(3);
        for (const action of content.actions ?? []) if (action.type === 'Action.Submit') expect(typeof action.data).toBe('object');
      }
    }
  });
});

describe('webchat and directline', () => {
  it('welcomes on webchat/join in the page language, once, with suggested actions', async () => {
    const c = on('webchat', 'webchat-join', 'zh-CN');
    const joined = await c.post({ type: 'event', name: 'webchat/join', value: { locale: 'zh-CN' }, locale: undefined });
    expect(texts(joined)).toContain(zh('welcome.intro'));
    expect(joined.at(-1)?.suggestedActions?.actions.map((a) => a.title)).toEqual([zh('choices.agree'), zh('choices.disagree')]);
    expect(await c.post({ type: 'conversationUpdate', membersAdded: [{ id: 'user-webchat-join', name: '' }], locale: undefined })).toEqual([]);
    // The language is kept in user state: a later activity with no locale is still answered in Chinese.
    expect(texts(await c.post({ text: '同意', locale: undefined }))).toContain(zh('questions.results.ask'));
  });
});

describe('webchat: a full conversation', () => {
  it('suggested actions for choices, Adaptive Cards 1.5 with a text fallback, and the result with its value', async () => {
    const c = on('webchat', 'webchat-full');
    await c.post({ type: 'event', name: 'webchat/join', value: { locale: 'en-US' } });
    for (const line of ['yes', 'ALT 68 U/L 7-40; AST 25 U/L 13-35', '34', 'no', 'none', 'no', 'none', 'what', 'eh', 'hmm']) await c.say(line);
    const multi = cards(c.all()).at(-1)?.content as CardJson;
    expect(multi.body.find((b) => b.type === 'Input.ChoiceSet')?.isMultiSelect).toBe(true);
    await c.post({ value: { answer: 'none', questionId: 'symptoms' } });
    await c.say('none');
    const final = await c.say('yes');
    expect(final[0]?.value).toMatchObject({ triage: 'routine', pattern: 'isolated_alt' });
    expect(cards(final)).toHaveLength(1);
    for (const a of c.all()) {
      for (const action of a.suggestedActions?.actions ?? []) expect(action.type).toBe('imBack');
      for (const att of a.attachments ?? []) {
        const content = att.content as CardJson;
        expect(Number(content.version)).toBeLessThanOrEqual(1.5);
        expect(content.fallbackText?.length ?? 0).toBeGreaterThan(0);
        expect(content.actions?.length ?? 0).toBeLessThanOrEqual(3);
      }
    }
    expect(c.all().filter((a) => a.suggestedActions).length).toBeGreaterThan(3);
  });
});

describe('invokes', () => {
  it('an invoke the bot does not use gets 400, not a server error', async () => {
    const res = await postActivity(app.url, activityFrom(channel, 'invoke-1', { type: 'invoke', name: 'composeExtension/query', channelId: 'msteams' }));
    expect(res.status).toBe(400);
  });
});

describe('emulator and unknown channels', () => {
  it('cards carry a text fallback, and every message has text', async () => {
    const c = on('some-new-channel', 'unknown-channel');
    await c.say('hi');
    for (const line of ['yes', 'ALT 68 U/L 7-40; AST 25 U/L 13-35', '34', 'no', 'none', 'no', 'none', 'none', 'none', 'yes']) await c.say(line);
    for (const a of c.all()) {
      if ((a.attachments ?? []).length > 0) expect((a.text ?? '').length).toBeGreaterThan(0);
      for (const att of a.attachments ?? []) expect((att.content as CardJson).fallbackText?.length ?? 0).toBeGreaterThan(0);
    }
    expect(c.all().some((a) => (a.attachments ?? []).length > 0)).toBe(true);
  });
});

function toGsmEn(key: string): string {
  return en(key).replace(/[’]/g, "'");
}
