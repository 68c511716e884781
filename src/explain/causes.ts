import { firedAbout } from '../assessment/rules';
import type { AssessmentInput, AssessmentResult } from '../assessment/types';
import { phrase, type ResultSection, type Phrase, type PhraseList } from '../views';
import type { SiteNumbers } from './emergencyNumbers';
import type { ExplainExtras } from './extras';
import { alcoholAmount, drinkSize } from './site';

/** FACTOR-ALCOHOL in words: the drinks against the site's low-risk limit in the site's unit (SAY-AMOUNTS), what one is, or why any drinking counts. */
function alcoholLines(result: AssessmentResult, input: AssessmentInput, numbers: SiteNumbers): Phrase[] {
  const drinks = input.alcohol?.drinksPerWeek ?? null;
  const limit = result.alcoholLimit;
  if (drinks !== null && drinks > 0 && limit === 0) return [phrase(input.conditions.includes('pregnancy') ? 'explain.factor.alcoholPregnancy' : 'explain.factor.alcoholAny')];
  if (drinks !== null && drinks > limit) {
    return [phrase('explain.factor.alcohol', { amount: alcoholAmount(drinks, numbers, 'week'), limit: alcoholAmount(limit, numbers, 'limit') }), drinkSize(numbers)];
  }
  if (input.alcohol?.bingeLastWeek === true) return [phrase('explain.factor.alcoholBinge')];
  return [phrase('explain.factor.alcoholHistory')];
}

/** The lines that set out what to check first (SAY-CAUSES, version 4): it follows the answers, not a fixed order. */
function firstCause(result: AssessmentResult, input: AssessmentInput): Phrase[] {
  const viral = input.conditions.filter((c) => c === 'hepatitis_b' || c === 'hepatitis_c');
  if (result.rules.includes('ALC-HEAVY')) return [phrase('explain.first.alcohol')];
  if (viral.length > 0) return [phrase(`explain.first.${viral.length === 2 ? 'bothHepatitis' : viral[0]}`)];
  // Pregnancy: its own section comes first (SAY-PREGNANCY); fatty liver is not offered as the first explanation.
  if (firedAbout(result.rules, 'pregnancy')) return [];
  if (result.notes.includes('ast_only_after_exercise')) return [phrase('explain.first.muscle')];
  if (result.multiple >= 5) return [phrase('explain.first.sudden')];
  return [phrase('explain.masld')];
}

/** What the person told us that can raise ALT (clinical spec §7), then what to check first and the other causes. */
export function causesSection(result: AssessmentResult, input: AssessmentInput, medicineNames: PhraseList | null, numbers: SiteNumbers): ResultSection {
  const lines: Phrase[] = [...firstCause(result, input)];
  const pregnant = firedAbout(result.rules, 'pregnancy');
  let medicationShown = false;
  const factors: Phrase[] = [];
  for (const factor of result.factors) {
    if (factor.startsWith('medication:')) {
      if (!medicationShown && medicineNames) factors.push(phrase('explain.factor.medication', { names: medicineNames }));
      medicationShown = true;
    } else if (factor === 'alcohol') factors.push(...alcoholLines(result, input, numbers));
    // SAY-PREGNANCY: sleep and exercise are not offered as explanations of a raised ALT in pregnancy.
    else if (!(pregnant && (factor === 'sleep' || factor === 'exercise'))) factors.push(phrase(`explain.factor.${factor}`));
  }
  if (factors.length === 0 && !pregnant) factors.push(phrase('explain.noFactors'));
  lines.push(...factors);
  // A person who said they have hepatitis B or C is not told it is one of the "other causes": the others are named.
  const viral = input.conditions.filter((c) => c === 'hepatitis_b' || c === 'hepatitis_c');
  lines.push(phrase(viral.length === 0 ? 'explain.otherCauses' : `explain.otherCausesKnown.${viral.length === 2 ? 'both' : viral[0]}`));
  const analyte = result.pattern === 'ast_only' ? 'Ast' : '';
  return { title: phrase(result.triage === 'routine' ? `explain.causesTitle${analyte}` : 'explain.causesTitleConcern'), lines, detail: true };
}

/** SAY-PREGNANCY (version 4): liver problems of pregnancy, the maternity team's checks, the signs to go now (no alcohol: meanwhile). */
export function pregnancySections(): ResultSection[] {
  return [
    { title: phrase('explain.pregnancy.title'), lines: [phrase('explain.pregnancy.causes'), phrase('explain.pregnancy.checks')], detail: true },
    // The maternity go-now signs: on SMS in the first messages where they fit with the actions, else after MORE.
    { lines: [phrase('explain.pregnancy.goNow'), phrase('explain.pregnancy.signs')], spare: 3, whole: true },
  ];
}

/**
 * SAY-ALCOHOL-HELP (version 4): heavy drinking said as the person gave it (now, or in the past), then cut down or stop
 * with a doctor's help, never suddenly alone. The withdrawal signs stand in the go-now tier of the safety net.
 */
export function alcoholHelpLines(input: AssessmentInput, extras: ExplainExtras): Phrase[] {
  const dependence = input.conditions.includes('alcohol_dependence');
  const now = extras.heavyDrinkingNow === true || (input.alcohol?.drinksPerWeek ?? 0) >= 35;
  const said = dependence ? 'dependence' : now ? 'now' : 'past';
  return [phrase(`explain.alcoholHelp.${said}`), phrase('explain.alcoholHelp.advice')];
}

/** What the doctor may check, worded as possibilities. */
export function checksSection(): ResultSection {
  return { title: phrase('explain.checksIntro'), lines: [phrase('explain.checks')], detail: true };
}


