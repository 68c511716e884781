import en from '../../locales/en.json';
import zhCN from '../../locales/zh-CN.json';
import { foldForMatch } from './normalise';

/**
 * The words the NLU listens for, kept as data in locales/ (one file per language). People mix languages
 * ("泰诺 twice a day"), so every parser listens for the words of both, whatever the conversation's language.
 */
type Nlu = typeof en.nlu;
const sources: readonly Nlu[] = [en.nlu, zhCN.nlu];

function merged<K extends keyof Nlu>(key: K): Nlu[K][] {
  return sources.map((s) => s[key]);
}

function mergeLists(lists: readonly string[][]): string[] {
  return [...new Set(lists.flat().map(foldForMatch))].filter((w) => w.length > 0);
}

function mergeRecord(records: readonly Record<string, string[]>[]): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const r of records) for (const [k, v] of Object.entries(r)) out[k] = mergeLists([out[k] ?? [], v]);
  return out;
}

export const VOCAB = {
  answers: mergeRecord(merged('answers')),
  commands: mergeRecord(merged('commands')),
  symptoms: mergeRecord(merged('symptoms')),
  conditions: mergeRecord(merged('conditions')),
  negations: mergeLists(merged('negations')),
  sex: mergeRecord(merged('sex')),
  drinks: mergeRecord(merged('drinks')),
  selfHarm: mergeLists(merged('selfHarm')),
  overdose: mergeLists(merged('overdose')),
};

/** Classifier training examples per language (yes / no / unsure), as data. */
export const CLASSIFIER_EXAMPLES = { en: en.nlu.classifier, 'zh-CN': zhCN.nlu.classifier };
