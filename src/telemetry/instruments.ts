import { metrics, SpanStatusCode, trace, type Attributes, type Span } from '@opentelemetry/api';
import type { Storage, StoreItems, TurnContext } from 'botbuilder';
import { resolveLocale } from '../i18n';
import { channelProfile } from '../render/channels';

/**
 * Traces and metrics through @opentelemetry/api only: with no SDK registered (no APPLICATIONINSIGHTS_CONNECTION_STRING)
 * every call here is a no-op. Attributes are closed sets only: a channel kind, a language, an activity type, a
 * question id, a result level, a store operation, an error's class name. Never a value, a medicine, a message or an id.
 */
const NAME = 'liver-test-guide';
const tracer = () => trace.getTracer(NAME);
const meter = () => metrics.getMeter(NAME);

/** Instruments are made on first use, so that a provider registered after this module loads (tests) is used. */
let made: ReturnType<typeof make> | null = null;
function make() {
  const m = meter();
  return {
    turns: m.createCounter('bot.turns', { description: 'Turns handled' }),
    turnDuration: m.createHistogram('bot.turn.duration', { unit: 'ms', description: 'Time to handle a turn' }),
    turnErrors: m.createCounter('bot.turn.errors', { description: 'Turns that failed' }),
    storeCalls: m.createCounter('state.store.calls', { description: 'Calls to the state store' }),
    storeDuration: m.createHistogram('state.store.duration', { unit: 'ms', description: 'Time of a state store call' }),
    started: m.createCounter('conversations.started', { description: 'Conversations welcomed' }),
    finished: m.createCounter('conversations.finished', { description: 'Conversations that reached a result, or where consent was declined' }),
    questions: m.createCounter('questions.asked', { description: 'Questions asked, by question id: where people stop answering' }),
    results: m.createCounter('results', { description: 'Results given, by level, channel and language' }),
  };
}
const instruments = (): ReturnType<typeof make> => (made ??= make());

/** Re-creates the instruments on the current global meter provider (tests register their own). */
export function resetInstruments(): void {
  made = null;
}

const KNOWN_TYPES = new Set(['message', 'conversationUpdate', 'event', 'invoke', 'installationUpdate', 'endOfConversation', 'messageReaction', 'typing']);

/** The closed-set attributes of a turn: its channel kind, its activity type and its language. */
export function turnAttributes(context: TurnContext, locale?: string): Attributes {
  const type = context.activity.type;
  return {
    'bot.channel': channelProfile(context.activity.channelId).kind,
    'bot.activity_type': type && KNOWN_TYPES.has(type) ? type : 'other',
    ...(locale ? { 'bot.language': resolveLocale(locale) } : {}),
  };
}

/** Runs one turn in a span, counting it, its time, and its failure by the error's class name. */
export async function traceTurn(context: TurnContext, run: () => Promise<void>): Promise<void> {
  const attributes = turnAttributes(context);
  return tracer().startActiveSpan('bot.turn', { attributes }, async (span: Span) => {
    const started = performance.now();
    try {
      await run();
      span.setStatus({ code: SpanStatusCode.OK });
    } catch (err) {
      const errorName = err instanceof Error ? err.constructor.name : 'unknown';
      span.setStatus({ code: SpanStatusCode.ERROR });
      span.setAttribute('error.type', errorName);
      instruments().turnErrors.add(1, { ...attributes, 'error.type': errorName });
      throw err;
    } finally {
      instruments().turns.add(1, attributes);
      instruments().turnDuration.record(performance.now() - started, attributes);
      span.end();
    }
  });
}

async function storeCall<T>(op: 'read' | 'write' | 'delete', call: () => Promise<T>): Promise<T> {
  return tracer().startActiveSpan(`state.${op}`, { attributes: { 'state.operation': op } }, async (span: Span) => {
    const started = performance.now();
    let outcome = 'ok';
    try {
      return await call();
    } catch (err) {
      outcome = 'error';
      span.setStatus({ code: SpanStatusCode.ERROR });
      span.setAttribute('error.type', err instanceof Error ? err.constructor.name : 'unknown');
      throw err;
    } finally {
      instruments().storeCalls.add(1, { 'state.operation': op, 'state.outcome': outcome });
      instruments().storeDuration.record(performance.now() - started, { 'state.operation': op });
      span.end();
    }
  });
}

/** The real store with each call traced and counted (keys and values are never recorded). */
export class InstrumentedStorage implements Storage {
  constructor(readonly store: Storage) {}
  read(keys: string[]): Promise<StoreItems> {
    return storeCall('read', () => this.store.read(keys));
  }
  write(changes: StoreItems): Promise<void> {
    return storeCall('write', () => this.store.write(changes));
  }
  delete(keys: string[]): Promise<void> {
    return storeCall('delete', () => this.store.delete(keys));
  }
}

export const instrumentStorage = (store: Storage): InstrumentedStorage => new InstrumentedStorage(store);

/** Product figures: conversations started and finished, questions asked, results by level, channel and language. */
export const product = {
  started(context: TurnContext, locale: string): void {
    instruments().started.add(1, turnAttributes(context, locale));
  },
  questionAsked(context: TurnContext, locale: string, questionId: string): void {
    instruments().questions.add(1, { ...turnAttributes(context, locale), 'bot.question': questionId });
  },
  finished(context: TurnContext, locale: string, outcome: 'result' | 'declined'): void {
    instruments().finished.add(1, { ...turnAttributes(context, locale), 'bot.outcome': outcome });
  },
  result(context: TurnContext, locale: string, level: string): void {
    instruments().results.add(1, { ...turnAttributes(context, locale), 'bot.result_level': level });
  },
};
