/**
 * SMS through Twilio: plain text, no Markdown, paragraphs split by blank lines. English stays in GSM-7; anything else
 * is UCS-2. A message of more than one segment carries a 6-byte header in each, so a segment holds 153 GSM-7
 * characters (an extended one such as € or [ counts twice) or 67 UCS-2 characters. Each message is at most 2
 * segments: 306 GSM-7 characters, or 134 otherwise (as Chinese is), split at sentence boundaries.
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

/** Whether a message fits in two segments of its encoding. */
export function fitsTwoSegments(text: string): boolean {
  return smsLength(text) <= (isGsm7(text) ? SMS_MAX_GSM7 : SMS_MAX_UCS2);
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

/** No Markdown on SMS: no emphasis marks, links as plain text. */
export function stripMarkdown(text: string): string {
  return text
    .replace(/\*\*(.+?)\*\*/g, '$1')
    .replace(/(^|\s)\*(\S.*?)\*/g, '$1$2')
    .replace(/\[([^[\]]+)\]\(([^()[\]]+)\)/g, '$1 $2')
    .replace(/^#+\s*/gm, '');
}

/**
 * A paragraph's sentences and list items: after . ! ? or ; with a space (so "1.7" and "U/L" stay whole), and after
 * Chinese 。！？；, which take no space.
 */
function sentences(paragraph: string): string[] {
  const parts = paragraph.split(/(?<=[.!?;])\s+|(?<=[。！？；])/).map((s) => s.trim()).filter(Boolean);
  return parts.length > 0 ? parts : [paragraph];
}

const CJK_END = /[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]$/;
const CJK_START = /^[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]/;

/** Where to cut a piece too long for one message: the last space that fits, or else the limit itself. */
function cutAt(piece: string, limit: number): number {
  let cut = limit;
  while (cut > 0 && smsLength(piece.slice(0, cut)) > limit) cut -= 1;
  const space = piece.lastIndexOf(' ', cut);
  return space > limit / 2 ? space : cut;
}

/** Splits a text into SMS messages of at most the allowed length, at paragraph and sentence boundaries. */
export function splitForSms(text: string): string[] {
  const limit = isGsm7(text) ? SMS_MAX_GSM7 : SMS_MAX_UCS2;
  const out: string[] = [];
  let current = '';
  const push = (piece: string, sep: string): void => {
    // Chinese sentences follow one another without a space.
    const joiner = sep === ' ' && (CJK_END.test(current) || CJK_START.test(piece)) ? '' : sep;
    if (current === '') current = piece;
    else if (smsLength(current + joiner + piece) <= limit) current += joiner + piece;
    else {
      out.push(current);
      current = piece;
    }
  };
  for (const paragraph of text.split(/\n{2,}/).map((p) => p.replace(/\n/g, ' ').trim()).filter(Boolean)) {
    const parts = smsLength(paragraph) <= limit ? [paragraph] : sentences(paragraph);
    parts.forEach((part, i) => {
      let piece = part;
      while (smsLength(piece) > limit) {
        const cut = cutAt(piece, limit);
        push(piece.slice(0, cut).trim(), i === 0 ? '\n\n' : ' ');
        piece = piece.slice(cut).trim();
      }
      push(piece, i === 0 ? '\n\n' : ' ');
    });
  }
  if (current) out.push(current);
  return out;
}
