import { CONDITIONS, SYMPTOMS, type Condition, type Symptom } from '../../src/assessment/types';
import { findConditions, parseSymptomAnswer, pickNumbers, saysNone } from '../../src/nlu/symptoms';
import { heavyDrinkingNow } from '../../src/nlu/conditions';
import { parseYesNo } from '../../src/nlu/yesNo';
import { phrase, type ChoiceView } from '../../src/views';
import { volunteer, type Answers } from '../session';
import { defineQuestion, miss, ok, HAVE, type Question } from './types';

/**
 * The symptoms the question offers, the emergency signs first (spec ASK-SIGNS), as the question names them; chest pain
 * and self-harm are listened for in every answer instead. RF-WITHDRAWAL's signs are offered too (version 4).
 */
export const OFFERED_SYMPTOMS: readonly Symptom[] = [
  'vomiting_blood', 'black_stools', 'confusion', 'alcohol_withdrawal', 'jaundice', 'dark_urine', 'pale_stools', 'swollen_abdomen',
  'bleeding_bruising', 'abdominal_pain', 'fever', 'nausea_vomiting', 'itching', 'fatigue',
];

/** "Heavy drinking now": recorded as `heavy_alcohol_history` (the contract's one heavy-drinking condition) and said as now. */
export const HEAVY_DRINKING_NOW = 'heavy_drinking_now';
type OfferedCondition = Condition | typeof HEAVY_DRINKING_NOW;

/** The conditions offered: heavy drinking now and in the past apart, and needing a drink in the morning (ALC-HEAVY, version 4). */
export const OFFERED_CONDITIONS: readonly OfferedCondition[] = [
  'hepatitis_b', 'hepatitis_c', 'known_liver_disease', 'diabetes', 'overweight', 'pregnancy', 'immunosuppressed',
  HEAVY_DRINKING_NOW, 'heavy_alcohol_history', 'alcohol_dependence',
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
  find: (text: string) => { found: T[]; unclear: Symptom[] } | null,
  record: (a: Answers, values: readonly T[]) => readonly string[] = (_a, values) => values,
): Question {
  const choices: ChoiceView[] = [...offered.map((x) => ({ labelKey: `labels.${field}.${x}`, value: x })), { labelKey: 'choices.none', value: 'none' }];
  const set = (a: Answers, values: readonly T[]): void => {
    (a as Record<typeof field, string[] | undefined>)[field] = [...new Set(record(a, values))].filter((v) => vocabulary.includes(v));
  };
  return defineQuestion({
    id: field,
    // Heavy drinking said as now is recorded beside the conditions, and cleared with them.
    fields: field === 'conditions' ? ['conditions', 'heavyDrinkingNow'] : [field],
    topic: 'health',
    prefill: { [field]: (values: readonly string[] | null) => ({ [field]: values ?? [] }) },
    multi: true,
    ask: () => ({ kind: 'question', say: [phrase(`questions.${field}.ask`)], choices, multi: true }),
    fallbackChoices: () => choices,
    parse: (text) => {
      const ids = idsIn(text, offered);
      if (ids) return ok((s) => set(s.answers, ids));
      const picks = pickNumbers(text, choices.length);
      if (picks) return ok((s) => set(s.answers, picks.map((n) => offered[n - 1]).filter((x): x is T => x !== undefined)));
      const read = find(text);
      if (read === null) return miss();
      return ok((s) => {
        set(s.answers, read.found);
        addPendingSigns(s.answers, read.unclear);
      });
    },
    skip: (a) => set(a, []),
  });
}

/** Unclear signs are asked about once each, before the next question. */
export function addPendingSigns(a: Answers, unclear: readonly Symptom[]): void {
  const fresh = unclear.filter((u) => !(a.askedSigns ?? []).includes(u) && !(a.pendingSigns ?? []).includes(u));
  if (fresh.length > 0) a.pendingSigns = [...(a.pendingSigns ?? []), ...fresh];
}

export const symptomsQuestion = listQuestion('symptoms', OFFERED_SYMPTOMS, SYMPTOMS, (text) => {
  const read = parseSymptomAnswer(text);
  return read && { found: read.symptoms, unclear: read.unclear };
});
export const conditionsQuestion = listQuestion<OfferedCondition>(
  'conditions',
  OFFERED_CONDITIONS,
  CONDITIONS,
  (text) => {
    const found = findConditions(text);
    // Heavy drinking said as happening now ("I drink heavily", 现在大量饮酒) is recorded as now (SAY-ALCOHOL-HELP).
    if (found.length > 0) return { found: heavyDrinkingNow(text, found) ? [...found, HEAVY_DRINKING_NOW] : found, unclear: [] };
    return saysNone(text) ? { found: [], unclear: [] } : null;
  },
  (a, values) => {
    // Heavy drinking now is said as now (SAY-ALCOHOL-HELP); the assessment has one condition for heavy drinking.
    const now = values.includes(HEAVY_DRINKING_NOW);
    if (now) a.heavyDrinkingNow = true;
    else delete a.heavyDrinkingNow;
    return values.map((v) => (v === HEAVY_DRINKING_NOW ? 'heavy_alcohol_history' : v));
  },
);

/**
 * One short question about a sign that was hinted at but unclear ("my eyes look a bit off" → "Are the whites of
 * your eyes, or your skin, yellow?"). Yes records it as if said, and the warning-sign rules then apply at once.
 */
export const clarifySignQuestion = defineQuestion({
  id: 'clarify',
  fields: ['pendingSigns', 'askedSigns'],
  confirmsSigns: true,
  needed: (s) => (s.answers.pendingSigns ?? []).length > 0,
  ask: (s) => ({ kind: 'question', say: [phrase(`questions.clarify.${s.answers.pendingSigns?.[0] ?? 'jaundice'}`)], choices: HAVE }),
  fallbackChoices: () => HAVE,
  parse: (text, { session }) => {
    const yn = parseYesNo(text);
    // ASK-SELF-HARM (spec v4): to the screener question, yes or an unclear answer fires RF-SELF-HARM.
    if (yn === null && session.answers.pendingSigns?.[0] !== 'self_harm') return miss();
    return ok((s) => {
      const [sign, ...rest] = s.answers.pendingSigns ?? [];
      if (!sign) return;
      s.answers.pendingSigns = rest;
      s.answers.askedSigns = [...(s.answers.askedSigns ?? []), sign];
      // "Not sure" about a warning sign is read as yes: the cautious reading.
      if (yn !== 'no') volunteer(s.answers, [sign]);
    });
  },
  clear: (a) => {
    delete a.pendingSigns;
  },
  skip: null,
});
