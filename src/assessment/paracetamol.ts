import { HEAVY_DRINKS_PER_WEEK } from './alcohol';
import remedyWords from './data/remedy-words.json';
import { matchMedicines } from './medicineMatcher';
import type { Condition } from './types';

/**
 * ASK-APAP (clinical spec §5, version 3): when an answer names a product that contains acetaminophen/paracetamol,
 * or an unnamed painkiller or cold remedy, the dialog asks about the two weeks before the test, and this module
 * decides `paracetamol_overdose` from the answers. Pure: no I/O, no dialog state.
 */

/**
 * Words for an unnamed painkiller or cold/flu remedy: not lexicon matches, but they trigger the question. They are
 * data (data/remedy-words.json), compiled once: a Latin word whole (\b), with a space as one or more spaces, "-" as
 * an optional hyphen and "&" as an ampersand, each with optional spaces around it.
 */
const SPACE = '\\s+';
const MARKS: Readonly<Record<string, string>> = { '-': '(?:\\s*-)?\\s*', '&': '\\s*&\\s*' };

function wordSource(word: string): string {
  const pieces: string[] = [];
  for (const ch of word.trim()) {
    const last = pieces.at(-1);
    const mark = MARKS[ch];
    if (mark !== undefined) {
      if (last === SPACE) pieces.pop();
      pieces.push(mark);
    } else if (ch === ' ') {
      if (last !== SPACE && !Object.values(MARKS).includes(last ?? '')) pieces.push(SPACE);
    } else {
      pieces.push(ch.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    }
  }
  return pieces.join('');
}

function patternSource(slots: readonly (readonly string[])[]): string {
  return slots
    .map((slot, i) => {
      const words = `(?:${slot.filter((w) => w !== '').map(wordSource).join('|')})`;
      if (slot.includes('')) return `(?:${words}\\s+)?`;
      return i < slots.length - 1 ? `${words}\\s+` : words;
    })
    .join('');
}

const UNNAMED_LATIN: readonly RegExp[] = remedyWords.patterns.map((slots) => new RegExp(`\\b${patternSource(slots)}\\b`));
const UNNAMED_CJK = new RegExp(remedyWords.phrases.map(wordSource).join('|'));

/**
 * 'named' when the text names an acetaminophen product of the lexicon, including combination products (co-codamol,
 * Percocet, Lemsip, 氨酚伪麻美芬, …: all map to the lexicon id `acetaminophen`); 'unnamed' for an unnamed painkiller or
 * cold/flu remedy ("painkillers", "cold medicine", 止痛药, 感冒药); null otherwise.
 */
export function containsParacetamol(text: string): 'named' | 'unnamed' | null {
  if (matchMedicines(text).matches.some((m) => m.entry.id === 'acetaminophen')) return 'named';
  const lower = text.normalize('NFKC').toLowerCase();
  if (UNNAMED_CJK.test(lower) || UNNAMED_LATIN.some((re) => re.test(lower))) return 'unnamed';
  return null;
}

export type YesNoUnsure = 'yes' | 'no' | 'unsure';

/** The follow-up answers, for the two weeks before the test. */
export interface ApapAnswers {
  /** The most taken in any 24 hours, in mg, when the person gives it so. */
  maxMgIn24h: number | null;
  /** The most tablets (or doses) in any 24 hours. */
  maxTabletsIn24h: number | null;
  /** Strength of one tablet in mg; unknown counts as 500 mg. */
  tabletMg: number | null;
  twoProductsSameDay: YesNoUnsure | null;
  overLabelSeveralDays: YesNoUnsure | null;
  /** "I'm not sure, it may have been more". */
  unsureMaybeMore: boolean;
}

export interface ApapContext {
  age: number | null;
  weightKg: number | null;
  drinksPerWeek: number | null;
  conditions: readonly Condition[];
  /** Free text as typed, lexicon ids, or `medication:<id>` factors: each is checked for an enzyme inducer. */
  medications: readonly string[];
  notEatingForDays: boolean | null;
}

export type ApapReason =
  | 'over_4g'
  | 'over_3g_risk'
  | 'child_over_label'
  | 'several_days'
  | 'two_products_unknown_total'
  | 'two_products_at_limit'
  | 'maybe_more';

export type ApapRiskFactor = 'low_weight' | 'heavy_drinking' | 'alcohol_dependence' | 'liver_disease' | 'not_eating' | 'enzyme_inducer';

/** An unknown tablet strength counts as 500 mg (the spec). */
export const DEFAULT_TABLET_MG = 500;
/** Adults: more than 4 g in 24 hours (exactly 4 g is not more). */
export const ADULT_MAX_MG = 4000;
/** Adults with a risk factor: more than 3 g in 24 hours. */
export const RISK_MAX_MG = 3000;
/** Weight under this many kg is a risk factor. */
export const LOW_WEIGHT_KG = 50;
/**
 * Under 18 the spec says "more than the label allows", which a children's label sets by weight and a teenager's by
 * age, and which the bot cannot read. The cautious reading taken here: more than 2 g in 24 hours, or more than
 * 60 mg per kg in 24 hours when the weight is known (the lower of the two: 15 mg/kg four times a day, the lowest
 * children's label maximum), is more than the label allows. Several days over the label, two products on the same
 * day without a total, and "may have been more" count as for adults.
 */
export const CHILD_MAX_MG = 2000;
export const CHILD_MAX_MG_PER_KG = 60;
export const ADULT_AGE = 18;
/** Medicines of the lexicon that speed acetaminophen's breakdown to its toxic product (enzyme inducers). */
export const ENZYME_INDUCERS: readonly string[] = ['isoniazid', 'rifampicin', 'carbamazepine', 'phenytoin'];

/** The most taken in 24 hours, in mg: as given, or tablets × strength (500 mg when unknown); null when neither is known. */
export function maxMgIn24h(answers: ApapAnswers): number | null {
  if (answers.maxMgIn24h !== null) return answers.maxMgIn24h;
  if (answers.maxTabletsIn24h === null) return null;
  return answers.maxTabletsIn24h * (answers.tabletMg ?? DEFAULT_TABLET_MG);
}

function takesInducer(medications: readonly string[]): boolean {
  return medications.some((text) => {
    const id = text.startsWith('medication:') ? text.slice('medication:'.length) : text;
    if (ENZYME_INDUCERS.includes(id)) return true;
    return matchMedicines(text).matches.some((m) => ENZYME_INDUCERS.includes(m.entry.id));
  });
}

/**
 * The risk factors that lower the adult threshold to 3 g. `alcohol_dependence` is not named in the spec's list; the
 * cautious reading counts it with `heavy_alcohol_history`, since it says the same about drinking.
 */
export function apapRiskFactors(ctx: ApapContext): ApapRiskFactor[] {
  const out: ApapRiskFactor[] = [];
  const has = (c: Condition): boolean => ctx.conditions.includes(c);
  if (ctx.weightKg !== null && ctx.weightKg < LOW_WEIGHT_KG) out.push('low_weight');
  if ((ctx.drinksPerWeek !== null && ctx.drinksPerWeek >= HEAVY_DRINKS_PER_WEEK) || has('heavy_alcohol_history')) out.push('heavy_drinking');
  if (has('alcohol_dependence')) out.push('alcohol_dependence');
  if (has('known_liver_disease')) out.push('liver_disease');
  if (ctx.notEatingForDays === true) out.push('not_eating');
  if (takesInducer(ctx.medications)) out.push('enzyme_inducer');
  return out;
}

/** The child threshold in mg a day: 2 g, or 60 mg/kg when the weight is known and that is lower. */
export function childMaxMg(weightKg: number | null): number {
  return weightKg !== null && weightKg > 0 ? Math.min(CHILD_MAX_MG, CHILD_MAX_MG_PER_KG * weightKg) : CHILD_MAX_MG;
}

/**
 * ASK-APAP: `paracetamol_overdose` from the follow-up answers. Every limit is "more than": exactly 4 g is not an
 * overdose for an adult without a risk factor. An unknown age is read as an adult's (the content is for adults, and
 * AGE-ADULT fires only on an age under 18).
 */
export function decideParacetamolOverdose(answers: ApapAnswers, ctx: ApapContext): { overdose: boolean; reasons: ApapReason[] } {
  const reasons: ApapReason[] = [];
  const mg = maxMgIn24h(answers);
  const child = ctx.age !== null && ctx.age < ADULT_AGE;
  if (mg !== null) {
    if (child) {
      if (mg > childMaxMg(ctx.weightKg)) reasons.push('child_over_label');
    } else if (mg > ADULT_MAX_MG) reasons.push('over_4g');
    else if (mg > RISK_MAX_MG && apapRiskFactors(ctx).length > 0) reasons.push('over_3g_risk');
  }
  if (answers.overLabelSeveralDays === 'yes') reasons.push('several_days');
  const twoProducts = answers.twoProductsSameDay === 'yes' || answers.twoProductsSameDay === 'unsure';
  if (twoProducts && mg === null) reasons.push('two_products_unknown_total');
  // Cautious reading: an amount already at the day's limit from one product, with a second product on the same day
  // ("Tylenol 8 a day, and NyQuil at night"), is over the limit: the second product's amount is not counted in it.
  else if (answers.twoProductsSameDay === 'yes' && mg !== null && mg === (child ? childMaxMg(ctx.weightKg) : ADULT_MAX_MG)) reasons.push('two_products_at_limit');
  // "Not sure" whether more than the label was taken on several days is read as "it may have been more" (cautious).
  if (answers.unsureMaybeMore || answers.overLabelSeveralDays === 'unsure') reasons.push('maybe_more');
  return { overdose: reasons.length > 0, reasons };
}
