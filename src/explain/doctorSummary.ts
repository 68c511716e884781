import type { AssessmentInput, AssessmentResult } from '../assessment/types';
import type { EarlyResult } from '../assessment/warningSigns';
import { list, say, type DoctorFactView, type ResultSection, type Say, type SayList } from '../render/views';
import type { SiteNumbers } from './emergencyNumbers';
import type { ExplainExtras } from './extras';
import { timesText } from './format';
import { typedList } from './medicines';
import { alcoholAmount } from './site';
import { doctorTrend } from './trend';

function labels(prefix: string, ids: readonly string[]): SayList | Say {
  return ids.length > 0 ? list(ids.map((id) => say(`${prefix}.${id}`)), 'comma') : say('summary.none');
}

/** Conditions by their labels; heavy drinking said as now where the person chose "heavy drinking now". */
function conditionLabels(input: AssessmentInput, extras: ExplainExtras): SayList | Say {
  return labels('labels.conditions', input.conditions.map((c) => (c === 'heavy_alcohol_history' && extras.heavyDrinkingNow ? 'heavy_drinking_now' : c)));
}

/**
 * Alcohol for the doctor (SAY-DOCTOR-SUMMARY, version 4): in the unit the site's clinicians use, with a heavy session
 * said plainly and never contradicting the total: "no heavy session" is never claimed, only a session that was said.
 */
function alcohol(input: AssessmentInput, numbers: SiteNumbers, extras: ExplainExtras): Say | SayList {
  const a = input.alcohol;
  const weekly =
    a?.drinksPerWeek === 0 ? say('explain.alcoholSummary.none')
    : a?.drinksPerWeek != null ? alcoholAmount(a.drinksPerWeek, numbers, 'week')
    : say('explain.alcoholSummary.unknown');
  const parts: Say[] = [weekly];
  if (a?.bingeLastWeek === true) {
    const once = extras.largestOccasion;
    parts.push(once != null && once > 0 ? say('explain.alcoholSummary.bingeAmount', { amount: alcoholAmount(once, numbers, 'once') }) : say('explain.alcoholSummary.binge'));
  }
  return parts.length === 1 ? weekly : list(parts, 'comma');
}

/** The advice line says what the person was told: a normal result needs no retest; a rest first; a retest in weeks. */
function adviceName(result: Pick<AssessmentResult, 'triage' | 'retest' | 'pattern'>): Say {
  if (result.triage !== 'routine') return say(`explain.triageNames.${result.triage}`);
  if (result.retest && result.pattern === 'isolated_alt') return say('explain.triageNames.routine', { from: result.retest.inWeeks[0], to: result.retest.inWeeks[1] });
  if (result.retest) return say('explain.triageNames.routineRest');
  return say('explain.triageNames.routineNormal');
}

/** ASK-APAP's answer, when it was asked: the most taken in 24 hours, or that the person was not sure. */
function paracetamolLine(extras: ExplainExtras): Say | null {
  if (extras.paracetamolMgIn24h != null) return say('explain.doctor.paracetamol', { mg: extras.paracetamolMgIn24h });
  if (extras.paracetamolUnsure) return say('explain.doctor.paracetamolUnsure');
  return null;
}

/** A section's title and lines, as lines of a message (the doctor summary inside a warning-sign reply). */
export function sectionLines(section: ResultSection): Say[] {
  return [...(section.title ? [section.title] : []), ...section.lines];
}

export interface DoctorSummary {
  section: ResultSection;
  facts: DoctorFactView[];
}

/**
 * The doctor summary's lines after a warning sign said before the values were known (SAY-EMERGENCY, version 4: it goes
 * with the person to the emergency department): symptoms, conditions, alcohol, medicines, paracetamol, the rule ids.
 */
export function earlyDoctorLines(result: EarlyResult, input: AssessmentInput, numbers: SiteNumbers, extras: ExplainExtras): Say[] {
  const medicines = input.medications.length > 0 ? typedList(input.medications) : say('summary.none');
  const apap = paracetamolLine(extras);
  return [
    say('explain.doctorTitle'),
    say('explain.doctor.symptoms', { value: labels('labels.symptoms', input.symptoms) }),
    say('explain.doctor.conditions', { value: conditionLabels(input, extras) }),
    say('explain.doctor.alcohol', { value: alcohol(input, numbers, extras) }),
    say('explain.doctor.medicines', { value: medicines }),
    ...(apap ? [apap] : []),
    say('explain.doctor.clinicians', { rules: result.rules.join(', '), version: result.specVersion }),
  ];
}

/**
 * SAY-DOCTOR-SUMMARY: both values with their limits and where the limits came from, the pattern, the advice given,
 * symptoms, conditions, alcohol and any binge, medicines by the names recognised and those not, the paracetamol amount
 * when asked, in the reader's language (labels, never ids), and the rule ids with the spec version for clinicians.
 */
export function doctorSummary(result: AssessmentResult, input: AssessmentInput, numbers: SiteNumbers, extras: ExplainExtras = {}): DoctorSummary {
  const times = timesText(result.multiple);
  const altSource = say(`explain.source.${result.alt.ulnSource}`);
  const astSource = say(`explain.source.${result.ast.ulnSource}`);
  const pattern = say(`explain.patternNames.${result.pattern}`);
  const triage = adviceName(result);
  const symptoms = labels('labels.symptoms', input.symptoms);
  const conditions = conditionLabels(input, extras);
  const medicines = labels('labels.medicines', [...new Set(result.medications.map((m) => m.id))]);
  const drinks = alcohol(input, numbers, extras);
  const rules = result.rules.join(', ');
  const apap = paracetamolLine(extras);
  const lines: Say[] = [
    say('explain.doctor.values', { alt: result.alt.value, altUln: result.alt.uln, altSource, times, ast: result.ast.value, astUln: result.ast.uln, astSource }),
    say('explain.doctor.pattern', { pattern, triage }),
    say('explain.doctor.symptoms', { value: symptoms }),
    say('explain.doctor.conditions', { value: conditions }),
    say('explain.doctor.alcohol', { value: drinks }),
    say('explain.doctor.medicines', { value: medicines }),
  ];
  const facts: DoctorFactView[] = [
    { titleKey: 'explain.facts.alt', value: say('explain.facts.altValue', { value: result.alt.value, uln: result.alt.uln, source: altSource, times }) },
    { titleKey: 'explain.facts.ast', value: say('explain.facts.astValue', { value: result.ast.value, uln: result.ast.uln, source: astSource }) },
    { titleKey: 'explain.facts.pattern', value: pattern },
    { titleKey: 'explain.facts.advice', value: triage },
    { titleKey: 'explain.facts.symptoms', value: say('explain.item', { text: symptoms }) },
    { titleKey: 'explain.facts.conditions', value: say('explain.item', { text: conditions }) },
    { titleKey: 'explain.facts.alcohol', value: say('explain.item', { text: drinks }) },
    { titleKey: 'explain.facts.medicines', value: say('explain.item', { text: medicines }) },
  ];
  if (apap) {
    lines.push(apap);
    facts.push({ titleKey: 'explain.facts.paracetamol', value: apap });
  }
  const trend = doctorTrend(result, extras);
  if (trend) {
    lines.splice(1, 0, trend.line);
    facts.splice(2, 0, trend.fact);
  }
  if (result.unrecognisedMedications.length > 0) {
    const unknown = typedList(result.unrecognisedMedications);
    lines.push(say('explain.doctor.unrecognised', { value: unknown }));
    facts.push({ titleKey: 'explain.facts.unrecognised', value: say('explain.item', { text: unknown }) });
  }
  lines.push(say('explain.doctor.clinicians', { rules, version: result.specVersion }));
  facts.push({ titleKey: 'explain.facts.rules', value: say('explain.facts.rulesValue', { rules, version: result.specVersion }) });
  return { section: { title: say('explain.doctorTitle'), lines }, facts };
}
