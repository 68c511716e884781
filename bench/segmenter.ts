import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict';
import Bayes = require('natural/lib/natural/classifiers/bayes_classifier');
import type { BayesClassifier } from 'natural/lib/natural/classifiers';
import { foldForMatch } from '../src/nlu/normalise';
import { featureTokens } from '../src/nlu/tokens';
import { CLASSIFIER_EXAMPLES } from '../src/nlu/vocabulary';

/**
 * `npm run nlu:segmenter`: does a real Chinese segmenter (jieba) read the corpus better than characters and
 * character pairs? Measured on the Chinese corpus (test/nlu/corpus/zh-CN*.json), in one run: the yes / no / not sure
 * classifier, trained on the same examples, with each kind of token, and the time to make the tokens. (Warning
 * signs and answers are matched as phrases anywhere in the text, so they need no segmenter.)
 */
type Item = { text: string; question: string; expect: { answer?: string; warningSigns: string[] } };
const ROOT = path.resolve(__dirname, __dirname.includes(`${path.sep}dist${path.sep}`) ? '../..' : '..');
const corpus = ['zh-CN', 'heldout-zh-CN']
  .map((n) => path.join(ROOT, 'test/nlu/corpus', `${n}.json`))
  .flatMap((f) => {
    try {
      return JSON.parse(readFileSync(f, 'utf8')) as Item[];
    } catch {
      return [];
    }
  });
const jieba = Jieba.withDict(dict);
const jiebaTokens = (text: string): string[] => jieba.cut(foldForMatch(text), false).filter((t) => t.trim().length > 0);

function classifierAccuracy(tokens: (t: string) => string[]): { right: number; total: number } {
  const c: BayesClassifier = new Bayes();
  for (const label of ['yes', 'no', 'unsure'] as const) for (const ex of CLASSIFIER_EXAMPLES['zh-CN'][label]) c.addDocument(tokens(ex), label);
  c.train();
  const items = corpus.filter((i) => ['consent', 'sleep', 'summary'].includes(i.question) && i.expect.answer);
  const right = items.filter((i) => c.classify(tokens(i.text)) === i.expect.answer).length;
  return { right, total: items.length };
}

const pairs = classifierAccuracy(featureTokens);
const words = classifierAccuracy(jiebaTokens);
const t0 = performance.now();
for (let i = 0; i < 20; i++) for (const item of corpus) jiebaTokens(item.text);
const jiebaMs = (performance.now() - t0) / (20 * corpus.length);
const t1 = performance.now();
for (let i = 0; i < 20; i++) for (const item of corpus) featureTokens(item.text);
const pairMs = (performance.now() - t1) / (20 * corpus.length);
console.log(`Chinese corpus: ${corpus.length} replies`);
console.log(`yes/no/unsure classifier alone: characters and pairs ${pairs.right}/${pairs.total}, jieba words ${words.right}/${words.total}`);
console.log(`tokens per reply: characters and pairs ${pairMs.toFixed(3)} ms, jieba ${jiebaMs.toFixed(3)} ms (ratio ${(jiebaMs / pairMs).toFixed(1)})`);
