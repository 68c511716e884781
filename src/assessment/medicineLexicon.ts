import lexicon from './data/drug-lexicon.json';

export interface LexiconEntry {
  id: string;
  group: string;
  liverRelevant: boolean;
  source: string;
  names: string[];
}

export const LEXICON: readonly LexiconEntry[] = lexicon.entries;

const CJK = /[\u3400-\u9fff]/;

export function hasCjk(text: string): boolean {
  return CJK.test(text);
}

/** Lower case, NFKC, and hyphens, slashes and plus signs read as spaces, so "co-amoxiclav" and "co amoxiclav" meet. */
export function normaliseName(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[-/+_.,;:()[\]'"’]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

export interface LexiconName {
  name: string;
  entry: LexiconEntry;
  words: number;
  letters: number;
}

function index(): { latin: Map<string, LexiconName>; cjk: LexiconName[] } {
  const latin = new Map<string, LexiconName>();
  const cjk: LexiconName[] = [];
  for (const entry of LEXICON) {
    for (const raw of entry.names) {
      const name = normaliseName(raw);
      const item: LexiconName = { name, entry, words: name.split(' ').length, letters: name.replace(/ /g, '').length };
      if (hasCjk(name)) cjk.push(item);
      else if (!latin.has(name)) latin.set(name, item);
    }
  }
  cjk.sort((a, b) => b.name.length - a.name.length);
  return { latin, cjk };
}

/** Built once, when the module loads. */
export const NAME_INDEX = index();
