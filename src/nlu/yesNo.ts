import Bayes = require('natural/lib/natural/classifiers/bayes_classifier');
import type { BayesClassifier } from 'natural/lib/natural/classifiers';
import { foldForMatch } from './normalise';
import { featureTokens } from './tokens';
import { CLASSIFIER_EXAMPLES, VOCAB } from './vocabulary';

export type YesNo = 'yes' | 'no' | 'unsure';
const LABELS: readonly YesNo[] = ['yes', 'no', 'unsure'];

/** Trained once, when the module loads, on the examples in locales/ (both languages). */
function train(): { classifier: BayesClassifier; vocabulary: Set<string> } {
  const classifier: BayesClassifier = new Bayes();
  const vocabulary = new Set<string>();
  for (const examples of Object.values(CLASSIFIER_EXAMPLES)) {
    for (const label of LABELS) {
      for (const example of examples[label]) {
        const tokens = featureTokens(example);
        tokens.forEach((t) => vocabulary.add(t));
        classifier.addDocument(tokens, label);
      }
    }
  }
  classifier.train();
  return { classifier, vocabulary };
}

const model = train();
const MIN_SHARE = 0.6;

/** yes / no / not sure, in many phrasings ("nope", "a bit", "没有", "有一点"); null when the reply says neither. */
export function parseYesNo(text: string): YesNo | null {
  const folded = foldForMatch(text);
  if (folded === '') return null;
  for (const label of LABELS) if (VOCAB.answers[label]?.includes(folded)) return label;
  const tokens = featureTokens(folded);
  const known = tokens.filter((t) => model.vocabulary.has(t));
  if (known.length === 0 || known.length * 2 < tokens.length) return null;
  const scores = model.classifier.getClassifications(known);
  const total = scores.reduce((sum, s) => sum + s.value, 0);
  const top = scores[0];
  if (!top || total <= 0 || top.value / total < MIN_SHARE) return null;
  return LABELS.find((l) => l === top.label) ?? null;
}
