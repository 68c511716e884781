import type { AssessmentInput, AssessmentResult, Triage } from '../assessment/types';
import { say, type ResultSection, type ResultView, type Say } from '../render/views';
import { causesSection, checksSection } from './causes';
import { doctorSummary } from './doctorSummary';
import type { SiteNumbers } from './emergencyNumbers';
import { timesText } from './format';
import { medicineLines, medicineNames } from './medicines';
import { reasonsFor, type Reason } from './reasons';
import { callPhrase } from './redFlags';

export { callPhrase, crisisLine, redFlagLines } from './redFlags';

/** What to do and when: the first line of every result, and for urgent and emergency also the last (SAY-TONE). */
export function actionLine(result: AssessmentResult, numbers: SiteNumbers): Say {
  if (result.triage === 'emergency') return say('explain.action.emergency', { call: callPhrase(numbers) });
  // RF-PREGNANCY: liver problems of pregnancy need the maternity team the same day, not a general clinic.
  if (result.triage === 'urgent' && result.rules.includes('RF-PREGNANCY')) return say('explain.action.urgentPregnancy');
  if (result.triage !== 'routine') return say(`explain.action.${result.triage}`);
  if (result.retest && result.pattern === 'isolated_alt') return say('explain.action.routine', { from: result.retest.inWeeks[0], to: result.retest.inWeeks[1] });
  if (result.retest) return say('explain.action.routineRest');
  return say('explain.action.routineNormal');
}

/** The closing action of an urgent or emergency result; none for the others, which end with the disclaimer. */
export function closingLine(triage: Triage, numbers: SiteNumbers): Say | null {
  if (triage === 'emergency') return say('explain.close.emergency', { call: callPhrase(numbers) });
  if (triage === 'urgent') return say('explain.close.urgent');
  return null;
}

function numbersSection(result: AssessmentResult, bandShown: boolean): ResultSection {
  const lines: Say[] = [say('explain.enzymes')];
  lines.push(result.multiple > 1 ? say('explain.altLine', { value: result.alt.value, uln: result.alt.uln, times: timesText(result.multiple) }) : say('explain.altLineNormal', { value: result.alt.value, uln: result.alt.uln }));
  if (result.alt.ulnSource === 'default') lines.push(say('explain.altDefault', { uln: result.alt.uln }));
  lines.push(say(result.ast.raised ? 'explain.astLineRaised' : 'explain.astLine', { value: result.ast.value, uln: result.ast.uln }));
  if (result.ast.ulnSource === 'default') lines.push(say('explain.astDefault', { uln: result.ast.uln }));
  if (result.notes.includes('converted_from_ukat')) lines.push(say('explain.converted'));
  if (!bandShown && result.pattern !== 'normal' && result.alt.band !== 'normal') lines.push(say(`explain.band.${result.alt.band}`));
  return { lines, detail: true };
}

/** The pattern in words; its first line is left out when it already stands under the action as the reason. */
function patternSection(result: AssessmentResult, inHead: boolean): ResultSection {
  const key = result.pattern === 'isolated_alt' && result.triage !== 'routine' ? 'isolated_altConcern' : result.pattern;
  const lines: Say[] = inHead ? [] : [say(`explain.pattern.${key}`)];
  if (result.notes.includes('ast_alt_ratio_high')) lines.push(say('explain.ratioNote'));
  if (result.notes.includes('ast_only_after_exercise') && result.triage !== 'emergency') lines.push(say('explain.astOnlyExercise'));
  return { lines, detail: true };
}

function reasonLines(reasons: readonly Reason[]): Say[] {
  return reasons.flatMap((r) => [r.line, ...(r.extra ?? [])]);
}

/** Lifestyle advice until the doctor or the retest; none in an emergency. Heavy drinkers get help to cut down instead. */
function meanwhileSection(result: AssessmentResult, input: AssessmentInput): ResultSection {
  const lines: Say[] = [];
  const retestWeeks = result.retest !== null && result.pattern === 'isolated_alt';
  // Someone who said they do not drink is not told to avoid alcohol.
  const drinks = !(input.alcohol?.drinksPerWeek === 0 && input.alcohol.bingeLastWeek !== true);
  if (result.pattern !== 'normal') {
    lines.push(say('explain.meanwhile.sleep'));
    if (!retestWeeks && drinks && !result.notes.includes('alcohol_help')) lines.push(say('explain.meanwhile.alcohol'));
    if (!retestWeeks) lines.push(say('explain.meanwhile.exercise'));
  }
  lines.push(say('explain.meanwhile.noLiverPills'));
  return { title: say('explain.meanwhileTitle'), lines, detail: true };
}

function retestSection(result: AssessmentResult): ResultSection | null {
  if (result.retest && result.pattern === 'isolated_alt') {
    return { lines: [say('explain.retest.weeks', { from: result.retest.inWeeks[0], to: result.retest.inWeeks[1] }), say('explain.retest.weeksThen')], detail: true };
  }
  if (result.retest) return { lines: [say('explain.retest.rest')], detail: true };
  if (result.triage === 'soon' || result.triage === 'urgent') return { lines: [say('explain.retest.doctor')], detail: true };
  return null;
}

/** SAY-SAFETY-NET: the signs that mean go now, and those that mean see a doctor today. */
function safetyNetSection(numbers: SiteNumbers): ResultSection {
  return {
    title: say('explain.safetyTitle'),
    lines: [say('explain.safetyNow', { call: callPhrase(numbers) }), say('explain.safetyNowList'), say('explain.safetyToday'), say('explain.safetyTodayList')],
  };
}

/**
 * The explanation a person gets (clinical spec §9), built from the result and the answers it came from: the action
 * and its one-line reason first, then why, the numbers, the causes to check, what to do meanwhile and when to retest,
 * the safety net, the disclaimer, and for urgent and emergency results the action again. Sections marked `detail`
 * are what SMS sends on "MORE". Every sentence is a locale key.
 */
export function explain(result: AssessmentResult, numbers: SiteNumbers, input: AssessmentInput): ResultView {
  const reasons = reasonsFor(result, input, numbers);
  const [first, ...rest] = reasons;
  const emergency = result.triage === 'emergency';
  // A warning sign keeps its own lines (the crisis line) with it; a medicine's second line waits with the rest.
  const warningFirst = first?.rank === 0;
  const firstExtra = first?.extra ?? [];
  const head: Say[] = [actionLine(result, numbers), first ? first.line : say(`explain.pattern.${result.pattern}`), ...(warningFirst ? firstExtra : [])];
  const why = [...(warningFirst ? [] : firstExtra), ...reasonLines(rest)];

  const sections: ResultSection[] = [{ title: say('explain.title'), lines: head }];
  if (why.length > 0) sections.push({ title: say('explain.whyTitle'), lines: why, detail: true });
  const bandShown = reasons.some((r) => r.line.key.startsWith('explain.band.'));
  sections.push(numbersSection(result, bandShown));
  const pattern = patternSection(result, !first);
  if (pattern.lines.length > 0) sections.push(pattern);
  const meds = medicineLines(result);
  if (!emergency && result.pattern !== 'normal') {
    sections.push(causesSection(result, input, medicineNames(result.medications.filter((m) => m.liverRelevant))), checksSection());
  }
  if (meds.length > 0) sections.push({ lines: meds, detail: true });
  if (!emergency) {
    sections.push(meanwhileSection(result, input));
    const retest = retestSection(result);
    if (retest) sections.push(retest);
    sections.push(safetyNetSection(numbers));
  }
  const closing = closingLine(result.triage, numbers);
  sections.push({ lines: [say('explain.disclaimer')] });
  if (closing) sections.push({ lines: [closing], closing: true });

  const doctor = doctorSummary(result, input);
  return { kind: 'result', sections, doctor: doctor.section, facts: doctor.facts, value: result };
}
