import { metrics, trace } from '@opentelemetry/api';
import { AggregationTemporality, InMemoryMetricExporter, MeterProvider, PeriodicExportingMetricReader } from '@opentelemetry/sdk-metrics';
import { BasicTracerProvider, InMemorySpanExporter, SimpleSpanProcessor } from '@opentelemetry/sdk-trace-base';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config';
import { createStorage } from '../../src/storage/createStorage';
import { resetInstruments } from '../../src/telemetry/instruments';
import { ScrubSpanProcessor, scrubText } from '../../src/telemetry/scrub';
import { Conversation } from '../helpers/conversation';

/**
 * Telemetry without health data (issue #25 item 5): whole conversations in both languages, one on SMS with a phone
 * number as its conversation id, recorded by the in-memory span and metric exporters. No span name, attribute or
 * event, and no metric attribute, holds anything typed, a lab value, a medicine, the phone number or a raw id.
 */
const PHONE = '+15550123456';
const EN = ['hi', '1', 'ALT 130 U/L 7-40; AST 25 U/L 13-35', '34', 'no', 'none', 'no', 'lipitor', 'itching', 'none', '1'];
const ZH = ['你好', '1', '谷丙转氨酶 68 U/L (9-50) 谷草转氨酶 25 U/L (15-40)', '34', '有一点', '每周两瓶啤酒', '没有', '没有', '没有', '乙肝', '1'];
const FORBIDDEN = ['vomited', 'blood', PHONE, '5550123456', 'Convo1', 'user1', 'lipitor', 'atorvastatin', 'itching', '乙肝', '啤酒', '谷丙', '130', '68 U/L', '7-40', '9-50', ...EN.filter((l) => l.length > 3), ...ZH];

const spans = new InMemorySpanExporter();
const metricExporter = new InMemoryMetricExporter(AggregationTemporality.CUMULATIVE);
const reader = new PeriodicExportingMetricReader({ exporter: metricExporter, exportIntervalMillis: 3_600_000 });
const tracerProvider = new BasicTracerProvider({ spanProcessors: [new ScrubSpanProcessor(), new SimpleSpanProcessor(spans)] });
const meterProvider = new MeterProvider({ readers: [reader] });

interface Point {
  metric: string;
  attributes: Record<string, unknown>;
}
let points: Point[] = [];

beforeAll(async () => {
  trace.setGlobalTracerProvider(tracerProvider);
  metrics.setGlobalMeterProvider(meterProvider);
  resetInstruments();
  const chats = [
    { lines: EN, options: { channelId: 'webchat', siteCountry: 'US' } },
    { lines: ZH, options: { channelId: 'msteams', locale: 'zh-CN', siteCountry: 'CN' } },
    { lines: EN, options: { channelId: 'sms', siteCountry: 'US', conversationId: PHONE } },
    // A warning sign said during the interview ends it at once with an emergency result.
    { lines: ['hi', '1', 'I vomited blood this morning'], options: { channelId: 'webchat', siteCountry: 'US' } },
  ];
  for (const { lines, options } of chats) {
    const c = new Conversation({ ...options, storage: createStorage(loadConfig({})) });
    for (const line of lines) await c.say(line);
  }
  await reader.forceFlush();
  points = metricExporter
    .getMetrics()
    .flatMap((rm) => rm.scopeMetrics.flatMap((sm) => sm.metrics.flatMap((m) => m.dataPoints.map((d) => ({ metric: m.descriptor.name, attributes: d.attributes })))));
}, 120_000);

afterAll(async () => {
  trace.disable();
  metrics.disable();
  await tracerProvider.shutdown();
  await meterProvider.shutdown();
});

describe('telemetry over whole conversations', () => {
  it('records turns, store calls, conversations, questions and results by level, channel and language', () => {
    const names = spans.getFinishedSpans().map((s) => s.name);
    expect(names.filter((n) => n === 'bot.turn').length).toBe(EN.length * 2 + ZH.length + 3);
    expect(names).toEqual(expect.arrayContaining(['state.read', 'state.write']));
    const results = points.filter((p) => p.metric === 'results').map((p) => p.attributes);
    expect(results).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ 'bot.channel': 'sms', 'bot.language': 'en', 'bot.result_level': 'urgent' }),
        expect.objectContaining({ 'bot.channel': 'msteams', 'bot.language': 'zh-CN' }),
        expect.objectContaining({ 'bot.channel': 'webchat', 'bot.result_level': 'emergency' }),
      ]),
    );
    expect(points.filter((p) => p.metric === 'questions.asked').map((p) => p.attributes['bot.question'])).toEqual(expect.arrayContaining(['consent', 'alcohol']));
    for (const m of ['bot.turns', 'bot.turn.duration', 'state.store.calls', 'conversations.started', 'conversations.finished']) expect(points.some((p) => p.metric === m), m).toBe(true);
  });

  it('holds nothing typed, no lab value, medicine, phone number or raw id in any span name, attribute or event, or metric attribute', () => {
    const recorded = [
      ...spans.getFinishedSpans().flatMap((s) => [s.name, ...Object.values(s.attributes).map(String), ...s.events.flatMap((e) => [e.name, ...Object.values(e.attributes ?? {}).map(String)])]),
      ...points.flatMap((p) => Object.values(p.attributes).map(String)),
    ];
    expect(recorded.length).toBeGreaterThan(100);
    for (const text of recorded) for (const bad of FORBIDDEN) expect(text.includes(bad), `${bad} in ${text}`).toBe(false);
  });
});

describe('URLs that automatic instrumentation records are scrubbed', () => {
  it.each([
    [`https://smba.trafficmanager.net/amer/v3/conversations/${PHONE}/activities/abc123`, 'https://smba.trafficmanager.net/amer/v3/conversations/{id}/activities/{id}'],
    [`https://st.blob.core.windows.net/bot-state/sms%2Fconversations%2F%2B15550123456%2F`, 'https://st.blob.core.windows.net/bot-state/sms%2Fconversations%2F{id}%2F'],
    ['https://st.blob.core.windows.net/bot-state/msteams%2Fusers%2F29%3Aabc%2F?comp=x', 'https://st.blob.core.windows.net/bot-state/msteams%2Fusers%2F{id}%2F?comp=x'],
    [`sms to ${PHONE}`, 'sms to {phone}'],
  ])('%s', (raw, clean) => {
    expect(scrubText(raw)).toBe(clean);
  });

  it('the span processor scrubs a span as it starts', () => {
    const before = spans.getFinishedSpans().length;
    trace.getTracer('test').startSpan(`GET /v3/conversations/${PHONE}/activities`, { attributes: { 'url.full': `https://x/v3/conversations/${PHONE}/activities`, 'http.request.method': 'GET' } }).end();
    const span = spans.getFinishedSpans()[before];
    expect(span?.name).toBe('GET /v3/conversations/{id}/activities');
    expect(span?.attributes['url.full']).toBe('https://x/v3/conversations/{id}/activities');
  });
});
