import { CONDITIONS, SYMPTOMS, type Condition, type Symptom } from '../../src/assessment/types';
import { findConditions, findSymptoms, pickNumbers, saysNone } from '../../src/nlu/symptoms';
import { say, type ChoiceView } from '../../src/render/views';
import type { Answers } from '../session';
import { miss, ok, type Question } from './types';

/** The symptoms the question offers; chest pain and self-harm are listened for in every answer instead. */
export const OFFERED_SYMPTOMS: readonly Symptom[] = [
  'jaundice', 'dark_urine', 'pale_stools', 'abdominal_pain', 'nausea_vomiting', 'itching', 'fever',
  'swollen_abdomen', 'bleeding_bruising', 'fatigue', 'confusion', 'vomiting_blood', 'black_stools',
];
export const OFFERED_CONDITIONS: readonly Condition[] = [
  'hepatitis_b', 'hepatitis_c', 'known_liver_disease', 'diabetes', 'overweight', 'pregnancy', 'immunosuppressed', 'heavy_alcohol_history',
];

/** A card submit sends the chosen ids, comma-separated ("jaundice,itching" or "none"). */
function idsIn<T extends string>(text: string, known: readonly T[]): T[] | null {
  const parts = text.split(',').map((p) => p.trim()).filter(Boolean);
  if (parts.length === 0 || !parts.every((p) => p === 'none' || (known as readonly string[]).includes(p))) return null;
  return parts.filter((p): p is T => p !== 'none');
}

/**
 * A question whose answer is a list from a vocabulary (symptoms, conditions): free text ("itchy and tired"), the
 * numbers of a numbered list, a card's ids, or "none". Several may be picked.
 */
function listQuestion<T extends string>(
  field: 'symptoms' | 'conditions',
  offered: readonly T[],
  vocabulary: readonly string[],
  find: (text: string) => T[],
): Question {
  const choices: ChoiceView[] = [...offered.map((x) => ({ labelKey: `labels.${field}.${x}`, value: x })), { labelKey: 'choices.none', value: 'none' }];
  const set = (a: Answers, values: readonly T[]): void => {
    (a as Record<typeof field, string[] | undefined>)[field] = [...new Set(values)].filter((v) => vocabulary.includes(v));
  };
  return {
    id: field,
    multi: true,
    needed: (s) => s.answers[field] === undefined,
    ask: () => ({ kind: 'question', say: [say(`questions.${field}.ask`)], choices, multi: true }),
    fallbackChoices: () => choices,
    parse: (text) => {
      const ids = idsIn(text, offered);
      if (ids) return ok((s) => set(s.answers, ids));
      const picks = pickNumbers(text, choices.length);
      if (picks) return ok((s) => set(s.answers, picks.map((n) => offered[n - 1]).filter((x): x is T => x !== undefined)));
      const found = find(text);
      if (found.length > 0) return ok((s) => set(s.answers, found));
      if (saysNone(text)) return ok((s) => set(s.answers, []));
      return miss();
    },
    clear: (a) => delete a[field],
    skip: (a) => set(a, []),
  };
}

export const symptomsQuestion = listQuestion('symptoms', OFFERED_SYMPTOMS, SYMPTOMS, findSymptoms);
export const conditionsQuestion = listQuestion('conditions', OFFERED_CONDITIONS, CONDITIONS, findConditions);
