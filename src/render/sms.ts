/**
 * SMS through Twilio: plain text, no Markdown, paragraphs split by blank lines. English stays in GSM-7 so a
 * segment holds 160 characters; anything else is UCS-2 (70 a segment). Each message is at most 2 segments' worth
 * (320 GSM-7 characters, or 140 otherwise), split at sentence boundaries.
 */
const GSM7_BASIC =
  '@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !"#¤%&\'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà';
const GSM7_EXTENDED = '^{}\\[~]|€';
const GSM7 = new Set([...GSM7_BASIC, ...GSM7_EXTENDED]);

export const SMS_MAX_GSM7 = 320;
export const SMS_MAX_UCS2 = 140;

export function isGsm7(text: string): boolean {
  return [...text].every((c) => GSM7.has(c));
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
    .replace(/\[([^\]]+)\]\(([^)]+)\)/g, '$1 $2')
    .replace(/^#+\s*/gm, '');
}

function sentences(paragraph: string): string[] {
  return paragraph.match(/[^.!?。！？]+[.!?。！？]*\s*/g)?.map((s) => s.trim()).filter(Boolean) ?? [paragraph];
}

/** Splits a text into SMS messages of at most the allowed length, at paragraph and sentence boundaries. */
export function splitForSms(text: string): string[] {
  const limit = isGsm7(text) ? SMS_MAX_GSM7 : SMS_MAX_UCS2;
  const out: string[] = [];
  let current = '';
  const push = (piece: string, sep: string): void => {
    if (current === '') current = piece;
    else if (current.length + sep.length + piece.length <= limit) current += sep + piece;
    else {
      out.push(current);
      current = piece;
    }
  };
  for (const paragraph of text.split(/\n{2,}/).map((p) => p.replace(/\n/g, ' ').trim()).filter(Boolean)) {
    const parts = paragraph.length <= limit ? [paragraph] : sentences(paragraph);
    parts.forEach((part, i) => {
      let piece = part;
      while (piece.length > limit) {
        push(piece.slice(0, limit), i === 0 ? '\n\n' : ' ');
        piece = piece.slice(limit);
      }
      push(piece, i === 0 ? '\n\n' : ' ');
    });
  }
  if (current) out.push(current);
  return out;
}
