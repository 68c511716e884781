import type { Context } from '@opentelemetry/api';
import type { ReadableSpan, Span, SpanProcessor } from '@opentelemetry/sdk-trace-base';

/**
 * Automatic HTTP instrumentation records URLs: Bot Connector calls carry v3/conversations/{conversation id}/…, Blob
 * calls {channel}/conversations/{conversation id}/ (URL-encoded), and on SMS both ids are the person's phone number.
 * Every id after conversations/, users/ or activities/ is replaced by a placeholder, and so is anything that looks
 * like a phone number.
 */
const ID_SEGMENT = /(conversations|users|activities)(\/|%2F)(?:(?!\/|%2F|\?|#|&).)+/gi;
const PHONE = /(?:\+|%2B)\d{6,15}\b/gi;

export function scrubText(text: string): string {
  return text.replace(ID_SEGMENT, (_m, kind: string, sep: string) => `${kind}${sep}{id}`).replace(PHONE, '{phone}');
}

/** A span processor that scrubs the span's name and string attributes as the span starts (when URLs are set). */
export class ScrubSpanProcessor implements SpanProcessor {
  onStart(span: Span, _context: Context): void {
    const name = scrubText(span.name);
    if (name !== span.name) span.updateName(name);
    for (const [key, value] of Object.entries(span.attributes)) {
      if (typeof value === 'string') {
        const clean = scrubText(value);
        if (clean !== value) span.setAttribute(key, clean);
      }
    }
  }

  onEnd(_span: ReadableSpan): void {}

  forceFlush(): Promise<void> {
    return Promise.resolve();
  }

  shutdown(): Promise<void> {
    return Promise.resolve();
  }
}
