/**
 * How much of a message any parser may see. A short answer is short; a pasted report has a larger cap and is cut
 * into lines first. Together with the bounded windows below, every parser's time is bounded by construction,
 * whatever a message holds (some Recognizers-Text models take time that grows with the cube of the text's length).
 */

/** The longest single-line answer read: longer answers are cut here. */
export const SHORT_ANSWER_MAX_CHARS = 500;
/** The most of a pasted (multi-line) report read. */
export const REPORT_MAX_CHARS = 8000;
/** A report's lines are cut to this length... */
export const REPORT_LINE_MAX_CHARS = 200;
/** ...and at most this many lines are read. */
export const REPORT_MAX_LINES = 200;

/** Cuts a string to at most `max` UTF-16 units without splitting a surrogate pair. */
export function cutAt(text: string, max: number): string {
  if (text.length <= max) return text;
  const last = text.charCodeAt(max - 1);
  return text.slice(0, last >= 0xd800 && last <= 0xdbff ? max - 1 : max);
}

/** A pasted report: at most REPORT_MAX_LINES lines of at most REPORT_LINE_MAX_CHARS, REPORT_MAX_CHARS in all. */
export function capReport(text: string): string {
  const lines = cutAt(text, REPORT_MAX_CHARS).split(/\r\n?|\n/, REPORT_MAX_LINES);
  return lines.map((line) => cutAt(line, REPORT_LINE_MAX_CHARS)).join('\n');
}

/**
 * What of a message's text reaches the parsers: a multi-line paste keeps whole (capped) lines, anything else is a
 * short answer and is cut at SHORT_ANSWER_MAX_CHARS.
 */
export function capForParsing(text: string): string {
  const head = cutAt(text, REPORT_MAX_CHARS);
  return /[\r\n]/.test(head) ? capReport(head) : cutAt(head, SHORT_ANSWER_MAX_CHARS);
}

/** The most of a message the phrase matchers read (warning signs, commands, answers): its start and its end. */
export const PHRASES_HEAD_CHARS = 1000;
export const PHRASES_TAIL_CHARS = 500;

/**
 * What the phrase matchers read of a long paste: its first and last stretches, where a person writes their own
 * words around the lines they copied ("these are in µmol/l", "also my eyes are yellow"). Bounds their time.
 */
export function capForPhrases(text: string): string {
  if (text.length <= PHRASES_HEAD_CHARS + PHRASES_TAIL_CHARS) return text;
  return `${cutAt(text, PHRASES_HEAD_CHARS)}\n${text.slice(text.length - PHRASES_TAIL_CHARS)}`;
}

export interface TextWindow {
  /** Where the window starts in the text. */
  start: number;
  text: string;
}

/** Where a window may end: after white space, or after punctuation that ends a clause (Western or CJK). */
const BREAK_AFTER = /[\s,;!?。，；！？、：:）)]/;

/**
 * The text cut into consecutive windows of at most `maxChars`, each ending at a space or punctuation where one is
 * near (a run with none, such as Chinese without punctuation, is cut at maxChars). Only the first `maxWindows` are
 * returned, so a caller that runs a costly recognizer on each window does a bounded amount of work.
 */
export function textWindows(text: string, maxChars: number, maxWindows: number): TextWindow[] {
  const out: TextWindow[] = [];
  let start = 0;
  while (start < text.length && out.length < maxWindows) {
    let end = Math.min(text.length, start + maxChars);
    if (end < text.length) {
      let cut = end;
      while (cut > start + maxChars / 2 && !BREAK_AFTER.test(text.charAt(cut - 1))) cut -= 1;
      end = cut > start + maxChars / 2 ? cut : cutAt(text.slice(start, end), maxChars).length + start;
    }
    const piece = text.slice(start, end);
    if (piece.trim() !== '') out.push({ start, text: piece });
    start = end;
  }
  return out;
}

/** How many runs of digits a text holds ("12-3/45" holds three). */
export function digitRuns(text: string): number {
  return text.match(/\d+/g)?.length ?? 0;
}
