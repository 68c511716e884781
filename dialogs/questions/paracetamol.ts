import { DEFAULT_TABLET_MG, containsParacetamol, decideParacetamolOverdose, type ApapAnswers } from '../../src/assessment/paracetamol';
import { parseParacetamolDose, type ParacetamolDose } from '../../src/nlu/paracetamolDose';
import { parseYesNo, type YesNo } from '../../src/nlu/yesNo';
import { phrase, type ChoiceView } from '../../src/views';
import { allConditions, volunteer, type Answers, type Session } from '../session';
import { defineQuestion, HAVE_UNSURE, miss, ok, type Question } from './types';

/** What the ASK-APAP follow-up has learnt, for the medicine answer it followed (a changed answer asks again). */
export interface ParacetamolAnswers {
  forMedicines: string;
  dose?: ParacetamolDose;
  twoProducts?: YesNo | null;
  severalDays?: YesNo | null;
  /** RF-APAP-OVERDOSE was decided from these answers. */
  overdose?: boolean;
}

const DOSE_CHOICES: ChoiceView[] = [
  { labelKey: 'questions.paracetamolDose.unsure', value: 'not sure' },
  { labelKey: 'questions.paracetamolDose.maybeMore', value: 'not sure, maybe more' },
];

/** Whether the medicine answer names paracetamol or an unnamed painkiller or cold remedy (ASK-APAP). */
function paracetamolIn(a: Answers): 'named' | 'unnamed' | null {
  const meds = a.medications ?? [];
  const kinds = meds.map((m) => containsParacetamol(m));
  return kinds.includes('named') ? 'named' : kinds.includes('unnamed') ? 'unnamed' : null;
}

function key(a: Answers): string {
  return (a.medications ?? []).join('\n');
}

/** The follow-up's answers for the current medicine answer, or null when it has not been asked for these. */
function current(a: Answers): ParacetamolAnswers | null {
  return a.paracetamol && a.paracetamol.forMedicines === key(a) ? a.paracetamol : null;
}

function yesNo(v: YesNo | null | undefined): ApapAnswers['twoProductsSameDay'] {
  return v ?? null;
}

/** The answers in the assessment's shape; an unknown strength counts as 500 mg (the assessment applies it). */
export function apapAnswers(p: ParacetamolAnswers): ApapAnswers {
  return {
    maxMgIn24h: p.dose?.maxMgIn24h ?? null,
    maxTabletsIn24h: p.dose?.maxTabletsIn24h ?? null,
    tabletMg: p.dose?.tabletMg ?? null,
    twoProductsSameDay: yesNo(p.twoProducts),
    overLabelSeveralDays: yesNo(p.severalDays),
    unsureMaybeMore: p.dose?.maybeMore === true,
  };
}

/**
 * RF-APAP-OVERDOSE from the follow-up, with what is known so far (age, drinking, conditions, other medicines): decided
 * as soon as the answers show it, and again at the end with the conditions known. An overdose adds the condition
 * `paracetamol_overdose`, which the warning-sign check turns into emergency advice at once.
 */
export function decideParacetamol(a: Answers): boolean {
  const p = current(a);
  if (!p?.dose) return false;
  const decision = decideParacetamolOverdose(apapAnswers(p), {
    age: a.age ?? null,
    weightKg: null,
    drinksPerWeek: a.alcohol?.drinksPerWeek ?? null,
    conditions: allConditions(a),
    medications: a.medications ?? [],
    notEatingForDays: null,
  });
  p.overdose = decision.overdose;
  if (decision.overdose) volunteer(a, [], ['paracetamol_overdose']);
  return decision.overdose;
}

function update(s: Session, change: Partial<ParacetamolAnswers>): void {
  const a = s.answers;
  a.paracetamol = { ...(current(a) ?? { forMedicines: key(a) }), ...change };
  decideParacetamol(a);
}

export const paracetamolDoseQuestion = defineQuestion({
  id: 'paracetamolDose',
  fields: ['paracetamol'],
  needed: (s) => paracetamolIn(s.answers) !== null && current(s.answers)?.dose === undefined,
  ask: (s) => ({
    kind: 'question',
    say: [phrase('questions.paracetamolDose.ask', { product: phrase(`questions.paracetamolDose.${paracetamolIn(s.answers) ?? 'unnamed'}`) })],
    choices: DOSE_CHOICES,
  }),
  fallbackChoices: () => DOSE_CHOICES,
  parse: (text) => {
    const dose = parseParacetamolDose(text);
    return dose ? ok((s) => update(s, { dose })) : miss();
  },
  clear: (a) => {
    // An overdose these answers decided goes with them; one the person said in so many words stays.
    if (a.paracetamol?.overdose) a.volunteeredConditions = (a.volunteeredConditions ?? []).filter((c) => c !== 'paracetamol_overdose');
    delete a.paracetamol;
  },
  skip: (a) => {
    a.paracetamol = { forMedicines: key(a), dose: { maxMgIn24h: null, maxTabletsIn24h: null, tabletMg: null, unsure: true, maybeMore: false } };
  },
});

/** An amount this high (mg in a day) with a second product on the same day may be over the limit: ask about it. */
const TWO_PRODUCTS_ASK_FROM_MG = 3000;

/**
 * Two products on one day decide RF-APAP-OVERDOSE when the amount is not known, or when it is near the limit, or
 * when the medicine answer named two products that contain paracetamol ("Tylenol, and NyQuil at night"): asked then.
 */
function twoProductsMatter(p: ParacetamolAnswers, a: Answers): boolean {
  const dose = p.dose;
  const mg = dose?.maxMgIn24h ?? (dose?.maxTabletsIn24h != null ? dose.maxTabletsIn24h * (dose.tabletMg ?? DEFAULT_TABLET_MG) : null);
  const named = (a.medications ?? []).filter((m) => containsParacetamol(m) === 'named').length;
  return mg === null || mg >= TWO_PRODUCTS_ASK_FROM_MG || named >= 2;
}

function yesNoQuestion(id: 'paracetamolTwo' | 'paracetamolDays', field: 'twoProducts' | 'severalDays'): Question {
  return defineQuestion({
    id,
    // It records one part of the follow-up's `paracetamol` answer (the dose question's field), and clears that part.
    fields: [],
    needed: (s) => {
      const p = current(s.answers);
      if (!p || p.dose === undefined || p.overdose === true || p[field] !== undefined) return false;
      return field === 'severalDays' || twoProductsMatter(p, s.answers);
    },
    ask: () => ({ kind: 'question', say: [phrase(`questions.${id}.ask`)], choices: HAVE_UNSURE }),
    fallbackChoices: () => HAVE_UNSURE,
    parse: (text) => {
      const answer = parseYesNo(text);
      return answer ? ok((s) => update(s, { [field]: answer })) : miss();
    },
    clear: (a) => {
      if (a.paracetamol) delete a.paracetamol[field];
    },
    skip: (a) => {
      if (a.paracetamol) a.paracetamol[field] = null;
    },
  });
}

export const paracetamolTwoQuestion = yesNoQuestion('paracetamolTwo', 'twoProducts');
export const paracetamolDaysQuestion = yesNoQuestion('paracetamolDays', 'severalDays');
