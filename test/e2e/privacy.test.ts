import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type StartedApp } from '../helpers/app';
import { FakeChannel, activityFrom, postActivity } from '../helpers/fakeChannel';

let channel: FakeChannel;
let app: StartedApp;

beforeAll(async () => {
  channel = await new FakeChannel().start();
  app = await startApp({ LOG_LEVEL: 'trace' });
});
afterAll(async () => {
  await app.app.close();
  await channel.stop();
});

const conversations: { locale: string; lines: string[]; secrets: string[] }[] = [
  {
    locale: 'en-US',
    lines: ['yes', 'ALT 187.5 U/L 7-41.5; AST 23.7 U/L 13-36.5', 'fifty two', 'yes I stayed up', 'had like 7 beers saturday', '3 days ago', 'acetominophen 500mg, lipiter, zyrtecqx', '2 tablets twice a day', 'no', 'itchy', 'diabetes', 'yes'],
    secrets: ['187.5', '23.7', '41.5', '36.5', 'acetominophen', 'lipiter', 'zyrtecqx', 'itchy', 'beers', 'stayed up'],
  },
  {
    locale: 'zh-CN',
    lines: ['同意', '谷丙转氨酶 166.4 U/L (9-50.5)\n谷草转氨酶 31.9 U/L (15-40.5)', '四十一岁', '有一点', '每天二两白酒', '前天跑了半马', '泰诺 一天两次, 何首乌', '一次一片，一天两次', '没有', '没有', '乙肝', '对'],
    secrets: ['166.4', '31.9', '50.5', '40.5', '泰诺', '何首乌', '白酒', '半马', '乙肝', '四十一'],
  },
];

describe('logs never hold what people said', () => {
  it.each(conversations)('a full conversation in $locale leaves no message text, lab value or medicine name in any log line', async ({ locale, lines, secrets }) => {
    const id = `privacy-${locale}`;
    await postActivity(app.url, activityFrom(channel, id, { type: 'conversationUpdate', locale, membersAdded: [{ id: `user-${id}`, name: 'Patient' }] }));
    for (const text of lines) {
      const res = await postActivity(app.url, activityFrom(channel, id, { text, locale }));
      expect(res.status).toBe(200);
    }
    const last = channel.repliesIn(id).find((a) => a.value && typeof a.value === 'object' && 'triage' in a.value);
    expect(last, 'the conversation reached its result').toBeDefined();
    expect(app.logs.lines.length).toBeGreaterThan(lines.length);
    for (const line of app.logs.lines) {
      // The time stamp and the turn's duration are numbers the logger makes; everything else is scanned.
      const { time: _time, ms: _ms, ...fields } = JSON.parse(line) as Record<string, unknown>;
      const scanned = JSON.stringify(fields);
      for (const text of [...lines, ...secrets]) expect(scanned.includes(text), `log line holds "${text}": ${line}`).toBe(false);
    }
  });
});
