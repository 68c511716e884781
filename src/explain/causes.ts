import type { AssessmentInput, AssessmentResult } from '../assessment/types';
import { say, type ResultSection, type Say, type SayList } from '../render/views';

function oneDecimal(x: number): string {
  return String(Math.round(x * 10) / 10);
}

/** FACTOR-ALCOHOL in words: the drinks against the site's low-risk limit, what one drink is, or why any drinking counts. */
function alcoholLines(result: AssessmentResult, input: AssessmentInput): Say[] {
  const drinks = input.alcohol?.drinksPerWeek ?? null;
  const limit = result.alcoholLimit;
  if (drinks !== null && drinks > 0 && limit === 0) return [say('explain.factor.alcoholAny')];
  if (drinks !== null && limit !== null && limit !== undefined && drinks > limit) {
    return [say('explain.factor.alcohol', { perWeek: oneDecimal(drinks), limit: oneDecimal(limit) }), say('explain.factor.drinkSize')];
  }
  if (input.alcohol?.bingeLastWeek === true) return [say('explain.factor.alcoholBinge')];
  return [say('explain.factor.alcoholHistory')];
}

/** What the person told us that can raise ALT (clinical spec §7), then fatty liver first among the causes to check. */
export function causesSection(result: AssessmentResult, input: AssessmentInput, medicineNames: SayList | null): ResultSection {
  const lines: Say[] = [];
  let medicationShown = false;
  for (const factor of result.factors) {
    if (factor.startsWith('medication:')) {
      if (!medicationShown && medicineNames) lines.push(say('explain.factor.medication', { names: medicineNames }));
      medicationShown = true;
    } else if (factor === 'alcohol') lines.push(...alcoholLines(result, input));
    else lines.push(say(`explain.factor.${factor}`));
  }
  if (lines.length === 0) lines.push(say('explain.noFactors'));
  // A person who said they have hepatitis B or C is not told it is one of the "other causes": the others are named.
  const viral = input.conditions.filter((c) => c === 'hepatitis_b' || c === 'hepatitis_c');
  lines.push(say('explain.masld'), say(viral.length === 0 ? 'explain.otherCauses' : `explain.otherCausesKnown.${viral.length === 2 ? 'both' : viral[0]}`));
  return { title: say(result.triage === 'routine' ? 'explain.causesTitle' : 'explain.causesTitleConcern'), lines, detail: true };
}

/** What the doctor may check, worded as possibilities. */
export function checksSection(): ResultSection {
  return { title: say('explain.checksIntro'), lines: [say('explain.checks')], detail: true };
}
