import { SegmentedMessage } from 'sms-segments-calculator';

/**
 * SMS through Twilio: plain text, no Markdown, paragraphs split by blank lines. A text GSM-7 can write stays in GSM-7 (see
 * preferGsm7); anything else is UCS-2. A message of more than one segment carries a 6-byte header in each, so a segment holds 153 GSM-7
 * characters (an extended one such as € or [ counts twice) or 67 UCS-2 characters. Each message is at most 2
 * segments: 306 GSM-7 characters, or 134 otherwise (as Chinese is), split at sentence boundaries. An escape pair
 * (an extended character) or a surrogate pair (an emoji) is never split between segments, so a message at the limit
 * can take a third segment. Near the limit, segments are counted by Twilio's own calculator (sms-segments-calculator);
 * further from it the character count decides, as one pair straddling the one boundary costs one character at most
 * and the calculator takes several milliseconds a call.
 */
const GSM7_BASIC =
  '@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !"#¤%&\'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà';
const GSM7_EXTENDED = '^{}\\[~]|€';
const GSM7 = new Set([...GSM7_BASIC, ...GSM7_EXTENDED]);

export const SMS_MAX_GSM7 = 306;
export const SMS_MAX_UCS2 = 134;
/** A result is sent in at most this many messages; "MORE" (更多) sends the rest. */
export const SMS_MAX_RESULT_MESSAGES = 3;

export function isGsm7(text: string): boolean {
  return [...text].every((c) => GSM7.has(c));
}

const EXTENDED = new Set(GSM7_EXTENDED);

/** The characters a text takes in its encoding: GSM-7 septets (extended characters take two), or UCS-2 code units. */
export function smsLength(text: string): number {
  if (!isGsm7(text)) return text.length;
  return [...text].reduce((n, c) => n + (EXTENDED.has(c) ? 2 : 1), 0);
}

/** The segments Twilio sends a message in (its calculator: escape and surrogate pairs are never split). */
export function smsSegments(text: string): number {
  return new SegmentedMessage(text).segmentsCount;
}

/** Within this many characters of the two-segment limit, the calculator decides. */
const NEAR_LIMIT = 4;

/** Whether a message fits in two segments of its encoding. */
export function fitsTwoSegments(text: string): boolean {
  const limit = isGsm7(text) ? SMS_MAX_GSM7 : SMS_MAX_UCS2;
  const length = smsLength(text);
  if (length > limit) return false;
  if (length <= limit - NEAR_LIMIT) return true;
  return smsSegments(text) <= 2;
}

/** Replaces characters that would force UCS-2 in English text: curly quotes, dashes, µ, ellipsis, bullets. */
export function toGsm7(text: string): string {
  return text
    .replace(/[‘’‚‛′]/g, "'")
    .replace(/[“”„‟″]/g, '"')
    .replace(/[‐‑‒–—―−]/g, '-')
    .replace(/[µμ]/g, 'u')
    .replace(/…/g, '...')
    .replace(/[•·]/g, '-')
    .replace(/\u00A0/g, ' ')
    .replace(/×/g, 'x')
    .replace(/≤/g, '<=')
    .replace(/≥/g, '>=');
}

/**
 * GSM-7 wherever the text can be sent in it: its typographic characters are replaced when that leaves only GSM-7
 * characters (English, and any language GSM-7 writes); a text that needs UCS-2 anyway (Chinese) is left as written.
 * The text decides, not the language.
 */
export function preferGsm7(text: string): string {
  const mapped = toGsm7(text);
  return isGsm7(mapped) ? mapped : text;
}

/** No Markdown on SMS: no emphasis marks, links as plain text. */
export function stripMarkdown(text: string): string {
  return text
    .replace(/\*\*(.+?)\*\*/g, '$1')
    .replace(/(^|\s)\*(\S.*?)\*/g, '$1$2')
    .replace(/\[([^[\]]+)\]\(([^()[\]]+)\)/g, '$1 $2')
    .replace(/^#+\s*/gm, '');
}

/** A paragraph's sentences: after . ! ? with a space (so "1.7" and "U/L" stay whole), and after Chinese 。！？, which take no space. */
function sentences(paragraph: string): string[] {
  const parts = paragraph.split(/(?<=[.!?])\s+|(?<=[。！？])/).map((s) => s.trim()).filter(Boolean);
  return parts.length > 0 ? parts : [paragraph];
}

/** A sentence too long for one message, at its list items: after ; with a space, or after Chinese ；. */
function listItems(sentence: string): string[] {
  const parts = sentence.split(/(?<=;)\s+|(?<=；)/).map((s) => s.trim()).filter(Boolean);
  return parts.length > 0 ? parts : [sentence];
}

const CJK_END = /[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]$/;
const CJK_START = /^[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]/;

/** A cut that does not split a surrogate pair (an emoji's two halves). */
function wholeCut(text: string, cut: number): number {
  const code = text.charCodeAt(cut - 1);
  return cut > 0 && code >= 0xd800 && code <= 0xdbff ? cut - 1 : cut;
}

/** Where to cut a piece too long for one message: the last space that fits, or else the longest start that fits. */
function cutAt(piece: string): number {
  let lo = 1;
  let hi = piece.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (fitsTwoSegments(piece.slice(0, wholeCut(piece, mid)))) lo = mid;
    else hi = mid - 1;
  }
  const cut = Math.max(1, wholeCut(piece, lo));
  const space = piece.lastIndexOf(' ', cut);
  return space > cut / 2 ? space : cut;
}

/**
 * Splits a text into SMS messages of at most two segments each. A paragraph that fits where the message stands goes
 * whole; one that does not fills the message sentence by sentence, so that messages are full. A sentence is never
 * split unless it is longer than a message (then at its list items, and last at a space), so a list that is one
 * sentence (the go-now signs) stays in one message. A paragraph in `whole` that fits in a message is never split.
 */
export function splitForSms(text: string, whole: ReadonlySet<string> = new Set()): string[] {
  const out: string[] = [];
  let current = '';
  const joined = (piece: string, sep: string): string => {
    // Chinese sentences follow one another without a space.
    const joiner = sep === ' ' && (CJK_END.test(current) || CJK_START.test(piece)) ? '' : sep;
    return current === '' ? piece : current + joiner + piece;
  };
  const push = (piece: string, sep: string): void => {
    const next = joined(piece, sep);
    if (current === '' || fitsTwoSegments(next)) current = next;
    else {
      out.push(current);
      current = piece;
    }
  };
  for (const paragraph of text.split(/\n{2,}/).map((p) => p.replace(/\n/g, ' ').trim()).filter(Boolean)) {
    // A paragraph to keep whole (an action, the go-now signs) starts a new message rather than be split.
    if (fitsTwoSegments(joined(paragraph, '\n\n')) || (whole.has(paragraph) && fitsTwoSegments(paragraph))) {
      push(paragraph, '\n\n');
      continue;
    }
    sentences(paragraph).forEach((sentence, i) => {
      const sep = i === 0 ? '\n\n' : ' ';
      const parts = fitsTwoSegments(sentence) ? [sentence] : listItems(sentence);
      parts.forEach((part, j) => {
        let piece = part;
        const partSep = j === 0 ? sep : ' ';
        while (!fitsTwoSegments(piece)) {
          const cut = cutAt(piece);
          push(piece.slice(0, cut).trim(), partSep);
          piece = piece.slice(cut).trim();
        }
        push(piece, partSep);
      });
    });
  }
  if (current) out.push(current);
  return out;
}
