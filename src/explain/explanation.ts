import { firedAbout } from '../assessment/rules';
import type { AssessmentInput, AssessmentResult } from '../assessment/types';
import { phrase, type ResultSection, type ResultView, type Phrase } from '../views';
import { alcoholHelpLines, causesSection, checksSection, pregnancySections } from './causes';
import { doctorSummary } from './doctorSummary';
import type { SiteNumbers } from './emergencyNumbers';
import type { ExplainExtras } from './extras';
import { timesText } from './format';
import { medicineLines, medicineNames } from './medicines';
import { noTime, reasonsFor, type Reason } from './reasons';
import { emergencyAction, emergencyClose } from './redFlags';
import { apapWord, whereSoon, whereToday } from './site';
import { safetyNetSections } from './safetyNet';
import { trendSection, withTrendReason } from './trend';

export { callPhrase, crisisLine, redFlagLines } from './redFlags';

/** What to do and when: the first line of every result, and for urgent and emergency also the last (SAY-TONE). */
export function actionLine(result: AssessmentResult, numbers: SiteNumbers): Phrase {
  if (result.triage === 'emergency') return emergencyAction(result.rules, numbers);
  // RF-PREGNANCY: liver problems of pregnancy need the maternity team the same day, not a general clinic.
  if (result.triage === 'urgent' && firedAbout(result.rules, 'pregnancy')) return phrase('explain.action.urgentPregnancy');
  // SAY-SITE (version 4): where to go follows the site.
  if (result.triage === 'urgent') return phrase('explain.action.urgent', { where: whereToday(numbers) });
  if (result.triage === 'soon') return phrase('explain.action.soon', { where: whereSoon(numbers) });
  if (result.retest && result.pattern === 'isolated_alt') return phrase('explain.action.routine', { from: result.retest.inWeeks[0], to: result.retest.inWeeks[1] });
  if (result.retest) return phrase('explain.action.routineRest');
  return phrase('explain.action.routineNormal');
}

/**
 * An action said to someone typing for the patient (issue #29 item 1): "Your father should see a doctor today" in
 * place of "See a doctor today". Each `explain.action.*` and `explain.close.*` key has its `actionFor`/`closeFor` twin.
 */
function toTypist(line: Phrase, who: Phrase | null): Phrase {
  if (!who) return line;
  const key = line.key.replace(/^explain\.action\./, 'explain.actionFor.').replace(/^explain\.close\./, 'explain.closeFor.');
  return key === line.key ? line : { key, vars: { ...line.vars, who } };
}

/** The closing action of an urgent or emergency result; none for the others, which end with the disclaimer. */
export function closingLine(result: Pick<AssessmentResult, 'triage' | 'rules'>, numbers: SiteNumbers): Phrase | null {
  if (result.triage === 'emergency') return emergencyClose(result.rules, numbers);
  if (result.triage === 'urgent') {
    if (firedAbout(result.rules, 'pregnancy')) return phrase('explain.close.urgentPregnancy');
    return phrase('explain.close.urgent', { where: whereToday(numbers) });
  }
  return null;
}

function numbersSection(result: AssessmentResult, bandShown: boolean): ResultSection {
  const lines: Phrase[] = [phrase('explain.enzymes')];
  lines.push(result.multiple > 1 ? phrase('explain.altLine', { value: result.alt.value, uln: result.alt.uln, times: timesText(result.multiple) }) : phrase('explain.altLineNormal', { value: result.alt.value, uln: result.alt.uln }));
  if (result.alt.ulnSource === 'default') lines.push(phrase('explain.altDefault', { uln: result.alt.uln }));
  lines.push(phrase(result.ast.raised ? 'explain.astLineRaised' : 'explain.astLine', { value: result.ast.value, uln: result.ast.uln }));
  if (result.ast.ulnSource === 'default') lines.push(phrase('explain.astDefault', { uln: result.ast.uln }));
  if (result.notes.includes('converted_from_ukat')) lines.push(phrase('explain.converted'));
  if (!bandShown && result.pattern !== 'normal' && result.alt.band !== 'normal') lines.push(noTime(phrase(`explain.band.${result.alt.band}`), result.triage));
  return { lines, detail: true };
}

/** The pattern in words; its first line is left out when it already stands under the action as the reason. */
function patternSection(result: AssessmentResult, inHead: boolean): ResultSection {
  const key = result.pattern === 'isolated_alt' && result.triage !== 'routine' ? 'isolated_altConcern' : result.pattern;
  const lines: Phrase[] = inHead ? [] : [phrase(`explain.pattern.${key}`)];
  if (result.notes.includes('ast_alt_ratio_high')) lines.push(phrase('explain.ratioNote'));
  if (result.notes.includes('ast_only_after_exercise') && result.triage !== 'emergency') lines.push(phrase('explain.astOnlyExercise'));
  return { lines, detail: true };
}

function reasonLines(reasons: readonly Reason[]): Phrase[] {
  return reasons.flatMap((r) => [r.line, ...(r.extra ?? [])]);
}

/** Lifestyle advice until the doctor or the retest; none in an emergency. Heavy drinkers get help to cut down instead. */
function meanwhileSection(result: AssessmentResult, input: AssessmentInput): ResultSection {
  const lines: Phrase[] = [];
  const retestWeeks = result.retest !== null && result.pattern === 'isolated_alt';
  // Someone who said they do not drink is not told to avoid alcohol.
  const drinks = !(input.alcohol?.drinksPerWeek === 0 && input.alcohol.bingeLastWeek !== true);
  const pregnant = input.conditions.includes('pregnancy');
  // SAY-PREGNANCY: no amount of alcohol is known to be safe in pregnancy, nor under 18: not "until you see your doctor".
  const noAlcoholKey = pregnant ? 'explain.meanwhile.alcoholPregnancy' : result.notes.includes('child') ? 'explain.meanwhile.alcoholChild' : null;
  if (result.pattern !== 'normal') {
    lines.push(phrase('explain.meanwhile.sleep'));
    if (noAlcoholKey) lines.push(phrase(noAlcoholKey));
    // After hard exercise (AST only), the next step is a retest after rest, not a doctor: "until the retest".
    const until = result.retest ? 'Retest' : '';
    if (!noAlcoholKey && !retestWeeks && drinks && !result.notes.includes('alcohol_help')) lines.push(phrase(`explain.meanwhile.alcohol${until}`));
    if (!retestWeeks) lines.push(phrase(`explain.meanwhile.exercise${until}`));
  } else if (noAlcoholKey && drinks) lines.push(phrase(noAlcoholKey));
  lines.push(phrase('explain.meanwhile.noLiverPills'));
  return { title: phrase('explain.meanwhileTitle'), lines, detail: true };
}

/** The retest (RETEST-ROUTINE): on SMS it goes in the first messages, with what to do before it and after. */
function retestSection(result: AssessmentResult): ResultSection | null {
  if (result.retest && result.pattern === 'isolated_alt') {
    return { lines: [phrase('explain.retest.weeks', { from: result.retest.inWeeks[0], to: result.retest.inWeeks[1] }), phrase('explain.retest.weeksThen')] };
  }
  if (result.retest) return { lines: [phrase('explain.retest.rest')], detail: true };
  if (result.triage === 'soon' || result.triage === 'urgent') return { lines: [phrase('explain.retest.doctor')], detail: true };
  return null;
}


/**
 * The explanation a person gets (clinical spec §9), built from the result and the answers it came from: the action
 * and its one-line reason first, then why, the numbers, the causes to check, what to do meanwhile and when to retest,
 * the safety net, the disclaimer, and for urgent and emergency results the action again. Sections marked `detail`
 * are what SMS sends on "MORE". Every sentence is a locale key.
 */
export function explain(result: AssessmentResult, numbers: SiteNumbers, input: AssessmentInput, extras: ExplainExtras = {}): ResultView {
  const reasons = withTrendReason(reasonsFor(result, input, numbers, extras), result);
  const [first, ...rest] = reasons;
  const emergency = result.triage === 'emergency';
  // A warning sign keeps its own lines (the crisis line) with it; a medicine's second line waits with the rest.
  const warningFirst = first?.rank === 0;
  const firstExtra = first?.extra ?? [];
  const child = result.notes.includes('child') && !emergency ? [phrase('explain.whereChild')] : [];
  const reason: Phrase[] = [first ? first.line : phrase(`explain.pattern.${result.pattern}`), ...(warningFirst ? firstExtra : [])];
  const why = [...(warningFirst ? [] : firstExtra), ...reasonLines(rest)];

  // The one-line reason may wait for MORE on SMS (after the disclaimer), but an emergency's never does.
  const who = extras.typingFor ? phrase(`labels.relation.${extras.typingFor}`) : null;
  const head = [toTypist(actionLine(result, numbers), who), ...(who ? [phrase('explain.forWho', { who })] : [])];
  const sections: ResultSection[] = [{ title: phrase('explain.title'), lines: head, whole: true }];
  // Under 18, a doctor who sees children (SAY-SITE v4); on SMS it may wait for MORE after the reason.
  if (child.length > 0) sections.push({ lines: child, spare: 4 });
  sections.push(emergency ? { lines: reason } : { lines: reason, spare: 2 });
  // SAY-ALCOHOL-HELP (version 4): cut down with a doctor's help, never suddenly alone; on SMS in the first messages.
  if (result.notes.includes('alcohol_help') && !emergency) sections.push({ lines: alcoholHelpLines(input, extras), whole: true });
  if (why.length > 0) sections.push({ title: phrase('explain.whyTitle'), lines: why, detail: true });
  // An emergency says the band without a time (explain.bandNoTime.*): that is the band shown too, not to be said twice.
  const bandShown = reasons.some((r) => r.line.key.startsWith('explain.band.') || r.line.key.startsWith('explain.bandNoTime.'));
  sections.push(numbersSection(result, bandShown));
  const trend = trendSection(result, extras);
  if (trend) sections.push(trend);
  const pattern = patternSection(result, !first);
  if (pattern.lines.length > 0) sections.push(pattern);
  const meds = medicineLines(result, apapWord(numbers));
  // SAY-PREGNANCY: where RF-PREGNANCY fires, pregnancy comes before any other cause.
  if (!emergency && firedAbout(result.rules, 'pregnancy')) sections.push(...pregnancySections());
  if (!emergency && result.pattern !== 'normal') {
    sections.push(causesSection(result, input, medicineNames(result.medications.filter((m) => m.liverRelevant)), numbers), checksSection());
  }
  if (meds.length > 0) sections.push({ lines: meds, detail: true });
  if (!emergency) {
    sections.push(meanwhileSection(result, input));
    const retest = retestSection(result);
    if (retest) sections.push(retest);
    sections.push(...safetyNetSections(result, numbers));
  }
  const closingAction = closingLine(result, numbers);
  const closing = closingAction && toTypist(closingAction, who);
  // On SMS the disclaimer may wait for MORE when the actions would not fit in the first messages (the welcome said it too).
  sections.push({ lines: [phrase('explain.disclaimer')], spare: 1 });
  if (closing) sections.push({ lines: [closing], closing: true });

  const doctor = doctorSummary(result, input, numbers, extras);
  return { kind: 'result', sections, doctor: doctor.section, facts: doctor.facts, value: result };
}
