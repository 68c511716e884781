import { capForPhrases } from './inputLimits';
import { normaliseText } from './normalise';
import { findNumbers } from './numbers';

/**
 * A count said in English words ("took about twenty paracetamol", "a dozen tablets") written as digits, for the
 * overdose reading (RF-APAP-OVERDOSE), which counts tablets in digits. Only counts above a label's most at once
 * (nine and up) matter; a reply without such a word is returned as it is, and the number model is not run.
 */
const COUNT_WORD = /\b(?:nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|dozen)\b/i;

export function countWordsAsDigits(text: string): string | null {
  const capped = capForPhrases(text);
  if (!COUNT_WORD.test(capped)) return null;
  const clean = normaliseText(capped).replace(/\ba dozen\b/gi, '12').replace(/\bdozens?\b/gi, '12');
  let out = '';
  let at = 0;
  for (const n of findNumbers(clean)) {
    if (n.start < at || !/[a-z]/i.test(n.text)) continue;
    out += `${clean.slice(at, n.start)}${n.value}`;
    at = n.end + 1;
  }
  return at === 0 && !/\d/.test(clean) ? null : out + clean.slice(at);
}
