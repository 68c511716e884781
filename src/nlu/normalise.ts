import { Converter } from 'opencc-js/t2cn';

/** Traditional characters read as simplified (OpenCC): "發燒 眼睛也黃" is "发烧 眼睛也黄" to every word list. */
const toSimplified = Converter({ from: 't', to: 'cn' });
const CJK_ANY = /[\u3400-\u9fff]/;

/** Folds full-width forms, odd dashes and spacing, and traditional Chinese, so that every parser sees one shape of text. */
export function normaliseText(text: string): string {
  const folded = text.normalize('NFKC');
  return (CJK_ANY.test(folded) ? toSimplified(folded) : folded)
    .replace(/[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/g, '-')
    .replace(/[\u2018\u2019\u201A\u201B\u2032]/g, "'")
    .replace(/[\u201C\u201D\u201E\u201F\u2033]/g, '"')
    .replace(/[\u00A0\u2000-\u200B\u3000]/g, ' ')
    .replace(/\r\n?/g, '\n');
}

/** Lower case, single spaces, no trailing punctuation: for matching short answers. */
export function foldForMatch(text: string): string {
  return normaliseText(text)
    .toLowerCase()
    .replace(/[!?.,;:~。！？，；：、…"']+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

export const CJK_RE = /[\u3400-\u9fff]/;

export function hasCjk(text: string): boolean {
  return CJK_RE.test(text);
}
