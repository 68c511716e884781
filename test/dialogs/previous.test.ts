import type { Activity } from 'botbuilder';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { AssessmentResult } from '../../src/assessment/types';
import { translator } from '../../src/i18n';
import { Conversation } from '../helpers/conversation';

// Issue #26: the earlier result in the conversation. The summary offers it once, after the results; it is read as a
// pasted line, a value with a date in everyday words, from a two-column report, or from a parent bot's pre-fill.

const en = translator('en');
const zh = translator('zh-CN');

/** Only Date is faked: the bot's timers run as usual. 20 November 2026, mid-morning UTC. */
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2026-11-20T10:00:00Z'));
});
afterEach(() => vi.useRealTimers());

const EN_TO_SUMMARY = ['yes', 'ALT 64 U/L 7-40; AST 25 U/L 13-35', '34', 'no', 'none', 'no', 'none', 'none', 'none'];
const ZH_TO_SUMMARY = ['同意', '谷丙转氨酶 64 U/L (7-40) 谷草转氨酶 25 U/L (13-35)', '34', '没有', '不喝酒', '没有', '没有', '没有', '没有'];

function resultOf(replies: readonly Partial<Activity>[]): AssessmentResult {
  const carrier = replies.find((r) => r.value && typeof r.value === 'object' && 'triage' in (r.value as object));
  if (!carrier) throw new Error('no result in these replies');
  return carrier.value as AssessmentResult;
}

async function atSummary(lines: readonly string[], locale: string, channelId = 'webchat'): Promise<{ c: Conversation; summary: string }> {
  const c = new Conversation({ locale, channelId });
  await c.start();
  let summary = '';
  for (const line of lines) summary = await c.ask(line);
  return { c, summary };
}

describe('the summary offers the earlier result once (skipping costs nothing)', () => {
  it('en: the offer stands in the summary; "yes" confirms with no earlier result (trend null)', async () => {
    const { c, summary } = await atSummary(EN_TO_SUMMARY, 'en-US');
    expect(summary).toContain(en('summary.previousNone'));
    const result = resultOf(await c.say('yes'));
    expect(result.trend).toBeNull();
    expect(result.rules).toContain('RETEST-ROUTINE');
  });

  it('en: "ALT 92 (7-40) on 2 October" at the summary is the earlier result, shown back, then TREND-PERSISTENT', async () => {
    const { c } = await atSummary(EN_TO_SUMMARY, 'en-US');
    const again = await c.ask('ALT 92 (7-40) on 2 October');
    expect(again).toContain('Earlier ALT: 92 U/L, 2 October');
    const replies = await c.say('yes');
    const result = resultOf(replies);
    expect(result.trend).toMatchObject({ previousTimesUln: 2.3, change: 'persistent' });
    expect(result.rules).toContain('TREND-PERSISTENT');
    expect(result.triage).toBe('soon');
    expect(Conversation.text(replies)).toContain('ALT was 2.3 times the limit on 2 October. Now it is 1.6 times.');
  });

  it('en: a value with "previous" and no date asks the date once; "early October" is read and said as a month', async () => {
    const { c } = await atSummary(EN_TO_SUMMARY, 'en-US');
    expect(await c.ask('previous ALT was 92 (7-40)')).toContain(en('questions.previousDate.ask'));
    expect(await c.ask('early October')).toContain('Earlier ALT: 92 U/L, October');
    const replies = await c.say('yes');
    expect(resultOf(replies).trend?.change).toBe('persistent');
    expect(Conversation.text(replies)).toContain('ALT was 2.3 times the limit in October.');
  });

  it('en: a date not known keeps it undated: shown to the doctor, the advice unchanged', async () => {
    const { c } = await atSummary(EN_TO_SUMMARY, 'en-US');
    await c.ask('my last test was 92');
    expect(await c.ask("I don't know")).toContain(en('questions.previousDate.unknown'));
    const replies = await c.say('yes');
    const result = resultOf(replies);
    expect(result.trend).toMatchObject({ unused: 'no_date', change: null });
    expect(result.triage).toBe('routine');
  });

  it('en: a bare "ALT 70" at the summary is still a correction of this result, not an earlier one', async () => {
    const { c } = await atSummary(EN_TO_SUMMARY, 'en-US');
    await c.ask('ALT 70');
    expect(c.transcript.some((a) => (a.text ?? '').includes('Earlier ALT: 70'))).toBe(false);
  });

  it('zh-CN: "上个月初 谷丙转氨酶 92（7-40）" is read with its date, and the result says what changed', async () => {
    const { c, summary } = await atSummary(ZH_TO_SUMMARY, 'zh-CN');
    expect(summary).toContain(zh('summary.previousNone'));
    expect(await c.ask('上个月初 谷丙转氨酶 92（7-40）')).toContain('之前的ALT：92 U/L，10月');
    const replies = await c.say('对');
    const result = resultOf(replies);
    expect(result.trend?.change).toBe('persistent');
    expect(Conversation.text(replies)).toContain('10月那次，ALT是上限的2.3倍；这次是1.6倍。');
    expect(Conversation.text(replies)).toContain('间隔两周以上复查，ALT仍然偏高。');
  });
});

describe('the earlier result from a two-column report and from a parent bot', () => {
  it('a cumulative table gives both: its dates are the tests\' dates (no question asked)', async () => {
    const c = new Conversation({ locale: 'en-US' });
    await c.start();
    await c.say('yes');
    const report = ['Test 02/10/2026 15/11/2026 Range Unit', 'ALT 92 64 7-40 U/L', 'AST 30 25 13-35 U/L'].join('\n');
    await c.say(report);
    let summary = '';
    for (const line of ['34', 'no', 'none', 'no', 'none', 'none', 'none']) summary = await c.ask(line);
    expect(summary).toContain('Earlier ALT: 92 U/L');
    const result = resultOf(await c.say('yes'));
    expect(result.alt.value).toBe(64);
    expect(result.trend).toMatchObject({ previousDate: '2026-10-02', change: 'persistent', daysApart: 44 });
  });

  it('a parent bot pre-fills `previous`; it is not asked and the trend is read', async () => {
    const c = new Conversation({ locale: 'en-US' });
    const prefill = { alt: 64, ast: 25, unit: 'U/L', altRange: [7, 40], astRange: [13, 35], previous: { alt: 92, altRange: [7, 40], unit: 'U/L', date: '2026-10-02' } };
    const replies = await c.send({ type: 'event', name: 'assess', value: prefill });
    let text = Conversation.text(replies);
    for (const line of ['yes', '34', 'no', 'none', 'no', 'none', 'none', 'none']) {
      if (text.includes('Earlier ALT: 92 U/L, 2 October')) break;
      text = await c.ask(line);
    }
    expect(text).toContain('Earlier ALT: 92 U/L, 2 October');
    expect(resultOf(await c.say('yes')).trend?.change).toBe('persistent');
  });

  it('the prefill schema refuses an earlier result in a shape the contract does not have', async () => {
    const { parsePrefill } = await import('../../src/skill/prefill');
    expect(parsePrefill({ previous: { alt: 92, date: '2026-10-02' } })?.previous).toEqual({ alt: 92, altRange: null, unit: 'U/L', date: '2026-10-02' });
    expect(parsePrefill({ previous: { alt: 92, date: '2 October' } })).toBeNull();
    expect(parsePrefill({ previous: { alt: 92, when: 'last month' } })).toBeNull();
  });
});
