import { TurnContext, type Activity } from 'botbuilder';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { AssessmentResult } from '../../src/assessment/types';
import { translator } from '../../src/i18n';
import { ReminderScheduler, type ReminderSend } from '../../src/reminders/scheduler';
import { DAY_MS, REMINDER_KEEP_DAYS, ReminderStore } from '../../src/reminders/store';
import { MemoryStore } from '../../src/storage/memoryStore';
import { ProtectedStorage } from '../../src/storage/protectedStorage';
import { Conversation } from '../helpers/conversation';
import ICAL from 'ical.js';

// Issue #26: whole conversations on Teams in both languages. A routine result with a retest window offers one
// reminder (a separate choice); the clock is moved to the window; the reminder arrives with no health words; the
// second check, given the earlier result, gets TREND-PERSISTENT's advice. "delete my data" before the window: none.

const START = Date.parse('2026-11-20T10:00:00Z');
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(START);
});
afterEach(() => vi.useRealTimers());

const LINES = {
  en: ['yes', 'ALT 64 U/L 7-40; AST 25 U/L 13-35', '34', 'no', 'none', 'no', 'none', 'none', 'none', 'yes'],
  'zh-CN': ['同意', '谷丙转氨酶 64 U/L (7-40) 谷草转氨酶 25 U/L (13-35)', '34', '没有', '不喝酒', '没有', '没有', '没有', '没有', '对'],
} as const;

function resultIn(replies: readonly Partial<Activity>[]): AssessmentResult | null {
  const carrier = replies.find((r) => r.value && typeof r.value === 'object' && 'triage' in (r.value as object));
  return carrier ? (carrier.value as AssessmentResult) : null;
}

function setup(locale: 'en' | 'zh-CN', channelId = 'msteams') {
  const memory = new MemoryStore();
  const reminders = new ReminderStore(new ProtectedStorage(() => memory, { ttlMs: REMINDER_KEEP_DAYS * DAY_MS, tombstoneMs: 0 }));
  const c = new Conversation({ channelId, locale: locale === 'en' ? 'en-US' : 'zh-CN', reminders });
  // The proactive send as CloudAdapter.continueConversationAsync makes it: a turn context built from the kept
  // reference (TestAdapter does not implement continueConversation), sending into the test channel.
  const send: ReminderSend = async (r) => {
    const context = new TurnContext(c.adapter, TurnContext.applyConversationReference({ type: 'event' }, r.reference, true));
    await context.sendActivity({ type: 'message', text: translator(r.locale)('reminder.message'), textFormat: 'plain' });
  };
  const scheduler = new ReminderScheduler(reminders, send, { info: () => undefined, warn: () => undefined }, { instanceId: 'test' });
  return { c, reminders, scheduler };
}

async function firstCheck(c: Conversation, locale: 'en' | 'zh-CN'): Promise<{ result: AssessmentResult; last: string }> {
  await c.start();
  let replies: Partial<Activity>[] = [];
  for (const line of LINES[locale]) replies = await c.say(line);
  const result = resultIn(replies);
  if (!result) throw new Error('no result');
  return { result, last: Conversation.text(replies) };
}

describe.each(['en', 'zh-CN'] as const)('Teams, %s: opt in, the clock moves, the reminder arrives, the second check compares', (locale) => {
  const t = translator(locale);
  it('offers the reminder after a routine result, keeps the result only on the second kind of yes, and sends one health-free message in the window', async () => {
    const { c, reminders, scheduler } = setup(locale);
    const { result, last } = await firstCheck(c, locale);
    expect(result.triage).toBe('routine');
    expect(result.retest).toEqual({ inWeeks: [2, 4] });
    expect(last).toContain(t('questions.reminder.offer', { weeks: 2 }));
    expect(last).not.toContain(t('commands.finished'));

    const saved = await c.ask(t('choices.remindKeep'));
    expect(saved).toContain(locale === 'en' ? 'It will not mention your health.' : '不会提到您的健康情况');
    const conversationId = c.adapter.conversation.conversation.id;
    const kept = await reminders.findFor('msteams', conversationId);
    expect(kept?.earlier).toEqual({ alt: 64, uln: 40, date: '2026-11-20' });
    expect(kept?.locale).toBe(locale);

    // Before the window: nothing. At it (2 weeks later): the one message, with no value or liver word.
    vi.setSystemTime(START + 14 * DAY_MS);
    vi.setSystemTime(START + 13 * DAY_MS);
    expect((await scheduler.tick()).sent).toBe(0);
    vi.setSystemTime(START + 14 * DAY_MS);
    expect(await scheduler.tick()).toMatchObject({ sent: 1 });
    const pushed = c.adapter.activeQueue.splice(0);
    expect(pushed.map((a) => a.text)).toEqual([t('reminder.message')]);
    expect(pushed[0]?.text).not.toMatch(/\d|ALT|liver|肝|转氨酶/i);
    expect(await reminders.findFor('msteams', conversationId)).toBeNull();
    expect((await scheduler.tick()).sent).toBe(0);

    // The second check begins with the kept result known (agreed at opt-in): the summary shows it without asking, and
    // the same ALT two weeks later gives TREND-PERSISTENT's advice (soon). The kept result is then gone from the store.
    await c.say(locale === 'en' ? 'new check' : '重新开始');
    let summary = '';
    for (const line of LINES[locale].slice(1, -1)) summary = await c.ask(line);
    expect(summary).toContain(locale === 'en' ? 'Earlier ALT: 64 U/L, 20 November' : '之前的ALT：64 U/L，11月20日');
    expect(await reminders.takeCarried('msteams', conversationId)).toBeNull();
    const replies = await c.say(locale === 'en' ? 'yes' : '对');
    const second = resultIn(replies);
    expect(second?.rules).toContain('TREND-PERSISTENT');
    expect(second?.triage).toBe('soon');
    expect(second?.trend).toMatchObject({ previousTimesUln: 1.6, change: 'persistent', daysApart: 14 });
  });

  it('"no thanks" keeps nothing; "delete my data" before the window removes the reminder and none is sent', async () => {
    const declined = setup(locale);
    await firstCheck(declined.c, locale);
    expect(await declined.c.ask(t('choices.noThanks'))).toContain(t('questions.reminder.declined'));
    expect(await declined.reminders.findFor('msteams', declined.c.adapter.conversation.conversation.id)).toBeNull();

    const { c, reminders, scheduler } = setup(locale);
    await firstCheck(c, locale);
    await c.ask(t('choices.remind'));
    const id = c.adapter.conversation.conversation.id;
    expect((await reminders.findFor('msteams', id))?.earlier).toBeNull();
    await c.say(locale === 'en' ? 'delete my data' : '删除我的数据');
    expect(await reminders.findFor('msteams', id)).toBeNull();
    vi.setSystemTime(START + 14 * DAY_MS);
    expect((await scheduler.tick()).sent).toBe(0);
    expect(c.adapter.activeQueue.splice(0)).toEqual([]);
  });
});

describe('no offer where it does not apply', () => {
  it('a soon result (ALT 2× the limit) gets no reminder offer', async () => {
    const { c } = setup('en');
    await c.start();
    let text = '';
    for (const line of ['yes', 'ALT 90 U/L 7-40; AST 25 U/L 13-35', '34', 'no', 'none', 'no', 'none', 'none', 'none', 'yes']) text = await c.ask(line);
    expect(text).not.toContain(translator('en')('questions.reminder.offer', { weeks: 2 }));
  });
});

describe('Web Chat: a calendar file, nothing kept', () => {
  function calendarOf(replies: readonly Partial<Activity>[]): string {
    const attachment = replies.flatMap((r) => r.attachments ?? []).find((a) => a.contentType === 'text/calendar');
    const url = attachment?.contentUrl ?? '';
    expect(url.startsWith('data:text/calendar;base64,')).toBe(true);
    return Buffer.from(url.slice('data:text/calendar;base64,'.length), 'base64').toString('utf8');
  }

  it.each([
    // 18:00 UTC on 20 November is already 21 November in Shanghai: the event is on 5 December there, 4 December in UTC.
    ['zh-CN', 'Asia/Shanghai', '2026-12-05'],
    ['en', 'America/Los_Angeles', '2026-12-04'],
    ['en', undefined, '2026-12-04'],
  ] as const)('%s in %s: one VEVENT on the day the window opens there, with the reminder words only', async (locale, timeZone, day) => {
    vi.setSystemTime(Date.parse('2026-11-20T18:00:00Z'));
    const memory = new MemoryStore();
    const reminders = new ReminderStore(new ProtectedStorage(() => memory, { ttlMs: REMINDER_KEEP_DAYS * DAY_MS, tombstoneMs: 0 }));
    const c = new Conversation({ channelId: 'webchat', locale: locale === 'en' ? 'en-US' : 'zh-CN', reminders });
    const t = translator(locale);
    await c.start();
    let text = '';
    for (const line of LINES[locale]) text = Conversation.text(await c.send({ type: 'message', text: line, ...(timeZone ? { localTimezone: timeZone } : {}) }));
    expect(text).toContain(t('questions.reminder.offerCalendar', { weeks: 2 }));
    const replies = await c.send({ type: 'message', text: t('choices.calendarYes'), ...(timeZone ? { localTimezone: timeZone } : {}) });
    expect(Conversation.text(replies)).toContain(t('questions.reminder.calendarSent'));
    const ics = calendarOf(replies);
    const calendar = ICAL.Component.fromString(ics);
    const events = calendar.getAllSubcomponents('vevent');
    expect(events).toHaveLength(1);
    const event = new ICAL.Event(events[0]);
    expect(event.startDate.isDate).toBe(true);
    expect(event.startDate.toString()).toBe(day);
    expect(event.summary).toBe(t('reminder.calendarTitle'));
    expect(event.description).toBe(t('reminder.message'));
    // No line a calendar shows names a value or the liver (the UID is random and shown nowhere).
    const shown = ics.split(/\r?\n/).filter((l) => !/^(UID|DTSTAMP)[:;]/.test(l)).join('\n');
    expect(shown).not.toMatch(/ALT|liver|肝|转氨酶|64/i);
    // Nothing kept on the server.
    expect(memory.keys()).toEqual([]);
  });
});

describe.each(['en', 'zh-CN'] as const)('SMS, %s: the offer follows MORE; the reminder arrives; STOP before it sends none', (locale) => {
  const t = translator(locale);
  const SMS = {
    en: ['hi', '1', 'ALT 64 U/L 7-40; AST 25 U/L 13-35', '34', 'no', 'none', 'no', 'none', 'none', 'none', '1'],
    'zh-CN': ['你好', '1', '谷丙转氨酶 64 U/L (7-40) 谷草转氨酶 25 U/L (13-35)', '34', '没有', '不喝酒', '没有', '没有', '没有', '没有', '1'],
  } as const;

  async function smsCheck(): Promise<ReturnType<typeof setup> & { id: string }> {
    const { c, reminders, scheduler } = setup(locale, 'sms');
    let last = '';
    for (const line of SMS[locale]) last = await c.ask(line);
    // The offer comes with the last part of the result, after MORE (as many times as the result has parts).
    // A long offer is split over two text messages: compared with the messages joined.
    const flat = (x: string): string => x.replace(/\s+/g, locale === 'en' ? ' ' : '');
    const offer = flat(t('questions.reminder.offer', { weeks: 2 }));
    expect(flat(last)).not.toContain(offer);
    const more = flat(await c.ask(locale === 'en' ? 'MORE' : '更多'));
    expect(more).toContain(offer);
    expect(await c.ask(t('choices.remind'))).toContain(locale === 'en' ? 'It will not mention your health.' : '不会提到您的健康情况');
    return { c, reminders, scheduler, id: c.adapter.conversation.conversation.id };
  }

  it('opted in: one message with no health words when the window opens, nothing kept after', async () => {
    const { c, reminders, scheduler, id } = await smsCheck();
    expect((await reminders.findFor('sms', id))?.earlier).toBeNull();
    vi.setSystemTime(START + 14 * DAY_MS);
    expect((await scheduler.tick()).sent).toBe(1);
    const pushed = c.adapter.activeQueue.splice(0);
    expect(pushed.map((a) => a.text)).toEqual([t('reminder.message')]);
    expect(await reminders.findFor('sms', id)).toBeNull();
  });

  it('STOP before the window: the reminder is deleted and none arrives', async () => {
    const { c, reminders, scheduler, id } = await smsCheck();
    await c.say(locale === 'en' ? 'STOP' : '退订');
    expect(await reminders.findFor('sms', id)).toBeNull();
    vi.setSystemTime(START + 14 * DAY_MS);
    expect((await scheduler.tick()).sent).toBe(0);
    expect(c.adapter.activeQueue.splice(0)).toEqual([]);
  });
});
