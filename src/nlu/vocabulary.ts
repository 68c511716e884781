import { LOCALES } from '../i18n/locales';
import { NLU_DATA, NLU_SOURCES, type NluData } from '../i18n/resources';
import { foldForMatch } from './normalise';

/**
 * The words the NLU listens for, kept as data beside the sentences in locales/nlu/ (one file per language).
 * People mix languages ("泰诺 twice a day"), so every parser listens for the words of both, whatever the
 * conversation's language.
 */
type Nlu = NluData;
type Lists = Record<string, string[]>;
const sources = NLU_SOURCES;

function mergeLists(lists: readonly (readonly string[])[]): string[] {
  return [...new Set(lists.flat().map(foldForMatch))].filter((w) => w.length > 0);
}

/** Merges records of word lists; a phrase keeps its "+" and "@" markers (they are not folded away). */
function mergeRecord(records: readonly Lists[], fold = true): Lists {
  const out: Lists = {};
  for (const r of records) {
    for (const [k, v] of Object.entries(r)) {
      const words = fold ? v.map(foldPattern) : v;
      out[k] = [...new Set([...(out[k] ?? []), ...words])].filter((w) => w.length > 0);
    }
  }
  return out;
}

/** Folds a pattern part by part, so "@yellow+@eyeskin" and "stay+up+late" keep their structure. */
export function foldPattern(pattern: string): string {
  return pattern
    .split('+')
    .map((p) => (p.trim().startsWith('@') ? p.trim() : foldForMatch(p)))
    .join('+');
}

function pick<K extends keyof Nlu>(key: K): Nlu[K][] {
  return sources.map((s) => s[key]);
}

function records(key: 'context' | 'relations' | 'answers' | 'answerStarts' | 'commandQuestions' | 'commandPatterns' | 'classifier' | 'topics' | 'concepts' | 'signs' | 'signExclusions' | 'unclearSigns' | 'negation' | 'commands' | 'conditions' | 'sex'): Lists {
  return mergeRecord(sources.map((s) => s[key] as Lists));
}

const drinkSources = sources.map((s) => s.drinks);

const medicineSources = sources.map((s) => s.medicines);

export const VOCAB = {
  answers: records('answers'),
  answerStarts: records('answerStarts'),
  topics: records('topics'),
  concepts: records('concepts'),
  signs: records('signs'),
  signExclusions: records('signExclusions'),
  unclearSigns: records('unclearSigns'),
  negation: records('negation'),
  /** ConText (Harkema et al., 2009): who a sign belongs to and when it happened, as trigger lists. */
  context: records('context'),
  /** Who the typist answers for, by relation ("my dad", 我妈): the result then speaks to the typist about them. */
  relations: records('relations'),
  dontKnow: mergeLists(pick('dontKnow')),
  commands: records('commands'),
  commandFillers: mergeLists(pick('commandFillers')),
  commandQuestions: records('commandQuestions'),
  commandPatterns: records('commandPatterns'),
  commonWords: mergeLists(pick('commonWords')),
  commandExclusions: mergeLists(pick('commandExclusions')),
  summaryChange: mergeLists(pick('summaryChange')),
  medicines: {
    reasons: mergeLists(medicineSources.map((m) => m.reasons)),
    fillers: mergeLists(medicineSources.map((m) => m.fillers)),
    notNames: mergeLists(medicineSources.map((m) => m.notNames)),
    exceptions: mergeLists(medicineSources.map((m) => m.exceptions)),
    classes: mergeRecord(medicineSources.map((m) => m.classes as Lists)),
    functionChars: medicineSources.map((m) => m.functionChars).join(''),
    formEndings: mergeLists(medicineSources.map((m) => m.formEndings)),
    /** A leftover opening with a purpose (治痛风, 说是抗炎) or ending with where it came from (淘宝上买) is no name. */
    purposeStarts: mergeLists(medicineSources.map((m) => m.purposeStarts)),
    sourceEnds: mergeLists(medicineSources.map((m) => m.sourceEnds)),
  },
  conditions: records('conditions'),
  sex: records('sex'),
  drinks: {
    none: mergeLists(drinkSources.map((d) => d.none)),
    types: mergeRecord(drinkSources.map((d) => d.types as Lists)),
    containers: mergeRecord(drinkSources.map((d) => d.containers as Lists)),
    frequency: mergeRecord(drinkSources.map((d) => d.frequency as Lists)),
    countWords: Object.assign({}, ...drinkSources.map((d) => d.countWords)) as Record<string, number>,
  },
};

/** Classifier training examples per language (yes / no / unsure), as data. */
export const CLASSIFIER_EXAMPLES = Object.fromEntries(LOCALES.map((l) => [l, NLU_DATA[l].classifier]));
