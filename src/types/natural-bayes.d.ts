/** natural's Bayes classifier by its own file: the classifiers index also loads maxent and more (about 40 MB). */
declare module 'natural/lib/natural/classifiers/bayes_classifier' {
  import type { BayesClassifier } from 'natural/lib/natural/classifiers';
  const Bayes: typeof BayesClassifier;
  export = Bayes;
}
