import type { Condition, Symptom } from '../../src/assessment/types';
import { findConditions, findSymptoms, pickNumbers, saysNone } from '../../src/nlu/symptoms';
import { say, type ChoiceView } from '../../src/render/views';
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

const symptomChoices: ChoiceView[] = [
  ...OFFERED_SYMPTOMS.map((s) => ({ labelKey: `labels.symptoms.${s}`, value: s })),
  { labelKey: 'choices.none', value: 'none' },
];
const conditionChoices: ChoiceView[] = [
  ...OFFERED_CONDITIONS.map((c) => ({ labelKey: `labels.conditions.${c}`, value: c })),
  { labelKey: 'choices.none', value: 'none' },
];

export const symptomsQuestion: Question = {
  id: 'symptoms',
  multi: true,
  needed: (s) => s.answers.symptoms === undefined,
  ask: () => ({ kind: 'question', say: [say('questions.symptoms.ask')], choices: [{ labelKey: 'choices.none', value: 'none' }] }),
  fallbackChoices: () => symptomChoices,
  parse: (text) => {
    const ids = idsIn(text, OFFERED_SYMPTOMS);
    if (ids) return ok((s) => (s.answers.symptoms = ids));
    const picks = pickNumbers(text, symptomChoices.length);
    if (picks) {
      const chosen = picks.map((n) => OFFERED_SYMPTOMS[n - 1]).filter((x): x is Symptom => x !== undefined);
      return ok((s) => (s.answers.symptoms = [...new Set(chosen)]));
    }
    const found = findSymptoms(text);
    if (found.length > 0) return ok((s) => (s.answers.symptoms = found));
    if (saysNone(text)) return ok((s) => (s.answers.symptoms = []));
    return miss();
  },
  clear: (a) => delete a.symptoms,
  skip: (a) => (a.symptoms = []),
};

export const conditionsQuestion: Question = {
  id: 'conditions',
  multi: true,
  needed: (s) => s.answers.conditions === undefined,
  ask: () => ({ kind: 'question', say: [say('questions.conditions.ask')], choices: [{ labelKey: 'choices.none', value: 'none' }] }),
  fallbackChoices: () => conditionChoices,
  parse: (text) => {
    const ids = idsIn(text, OFFERED_CONDITIONS);
    if (ids) return ok((s) => (s.answers.conditions = ids));
    const picks = pickNumbers(text, conditionChoices.length);
    if (picks) {
      const chosen = picks.map((n) => OFFERED_CONDITIONS[n - 1]).filter((x): x is Condition => x !== undefined);
      return ok((s) => (s.answers.conditions = [...new Set(chosen)]));
    }
    const found = findConditions(text);
    if (found.length > 0) return ok((s) => (s.answers.conditions = found));
    if (saysNone(text)) return ok((s) => (s.answers.conditions = []));
    return miss();
  },
  clear: (a) => delete a.conditions,
  skip: (a) => (a.conditions = []),
};
