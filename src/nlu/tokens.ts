import { PorterStemmer } from 'natural/lib/natural/stemmers';
import { WordTokenizer } from 'natural/lib/natural/tokenizers';
import { CJK_RE, foldForMatch } from './normalise';

const wordTokenizer = new WordTokenizer();

/** English words stemmed with natural's Porter stemmer; Chinese as characters and character pairs. */
export function featureTokens(text: string): string[] {
  const folded = foldForMatch(text);
  const out: string[] = [];
  for (const w of wordTokenizer.tokenize(folded.replace(/[\u3400-\u9fff]/g, ' ')) ?? []) out.push(PorterStemmer.stem(w));
  const cjk = [...folded].filter((c) => CJK_RE.test(c));
  out.push(...cjk);
  for (let i = 0; i + 1 < cjk.length; i++) out.push(`${cjk[i]}${cjk[i + 1]}`);
  return out;
}

/** English words, unstemmed, for phrase matching. */
export function words(text: string): string[] {
  return wordTokenizer.tokenize(foldForMatch(text)) ?? [];
}
