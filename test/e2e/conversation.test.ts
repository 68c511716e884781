import type { Activity } from 'botbuilder';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { translator } from '../../src/i18n';
import { startApp, type StartedApp } from '../helpers/app';
import { FakeChannel, activityFrom, postActivity } from '../helpers/fakeChannel';

let channel: FakeChannel;
let app: StartedApp;
beforeAll(async () => {
  channel = await new FakeChannel().start();
  app = await startApp({ SITE_COUNTRY: 'GB' });
});
afterAll(async () => {
  await app.app.close();
  await channel.stop();
});

async function converse(id: string, locale: string, lines: string[]): Promise<Partial<Activity>[]> {
  await postActivity(app.url, activityFrom(channel, id, { type: 'conversationUpdate', locale, membersAdded: [{ id: `user-${id}`, name: 'Patient' }] }));
  for (const text of lines) expect((await postActivity(app.url, activityFrom(channel, id, { text, locale }))).status).toBe(200);
  return channel.repliesIn(id);
}

describe('full conversations over HTTP through the fake channel', () => {
  it('English: ends with the explanation, carrying the result as value', async () => {
    const replies = await converse('full-en', 'en-GB', ['yes', 'SGPT 95 U/L 0-45, SGOT 30 U/L 0-35', 'forty', 'no', '2 glasses of wine a week', 'no', 'Lipitor 20mg', 'none', 'none', 'yes']);
    const result = replies.at(-2)?.value as { triage: string; factors: string[]; rules: string[] };
    expect(result.triage).toBe('soon');
    expect(result.factors).toEqual(['medication:atorvastatin']);
    expect(result.rules).toEqual(expect.arrayContaining(['BAND-MILD', 'MED-DILI', 'PATTERN-ISOLATED-ALT']));
    expect(replies.at(-2)?.text).toContain(translator('en')('explain.medicine.soonPrescribed', { names: translator('en')('labels.medicines.atorvastatin') }));
  });

  it('Chinese: a warning sign ends it early with the site emergency number (999 in the UK)', async () => {
    const replies = await converse('full-zh', 'zh-CN', ['同意', '谷丙 88 ↑ （参考值0-40）谷草 30 （参考值0-40）', '我最近大便发黑']);
    const last = replies.at(-1);
    expect(last?.text).toContain(translator('zh-CN')('redflag.RF-GI-BLEED'));
    expect(last?.text).toContain('999');
    expect(last?.value).toMatchObject({ triage: 'emergency', redFlags: ['RF-GI-BLEED'] });
  });
});
