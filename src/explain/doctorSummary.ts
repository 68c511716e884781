import type { AssessmentInput, AssessmentResult } from '../assessment/types';
import type { EarlyResult } from '../assessment/warningSigns';
import { list, phrase, type DoctorFactView, type ResultSection, type Phrase, type PhraseList } from '../views';
import type { SiteNumbers } from './emergencyNumbers';
import type { ExplainExtras } from './extras';
import { timesText } from './format';
import { typedList } from './medicines';
import { alcoholAmount } from './site';
import { doctorTrend } from './trend';

function labels(prefix: string, ids: readonly string[]): PhraseList | Phrase {
  return ids.length > 0 ? list(ids.map((id) => phrase(`${prefix}.${id}`)), 'comma') : phrase('summary.none');
}

/** Conditions by their labels; heavy drinking said as now where the person chose "heavy drinking now". */
function conditionLabels(input: AssessmentInput, extras: ExplainExtras): PhraseList | Phrase {
  return labels('labels.conditions', input.conditions.map((c) => (c === 'heavy_alcohol_history' && extras.heavyDrinkingNow ? 'heavy_drinking_now' : c)));
}

/**
 * Alcohol for the doctor (SAY-DOCTOR-SUMMARY, version 4): in the unit the site's clinicians use, with a heavy session
 * said plainly and never contradicting the total: "no heavy session" is never claimed, only a session that was said.
 */
function alcohol(input: AssessmentInput, numbers: SiteNumbers, extras: ExplainExtras): Phrase | PhraseList {
  const a = input.alcohol;
  const weekly =
    a?.drinksPerWeek === 0 ? phrase('explain.alcoholSummary.none')
    : a?.drinksPerWeek != null ? alcoholAmount(a.drinksPerWeek, numbers, 'week')
    : phrase('explain.alcoholSummary.unknown');
  const parts: Phrase[] = [weekly];
  if (a?.bingeLastWeek === true) {
    const once = extras.largestOccasion;
    parts.push(once != null && once > 0 ? phrase('explain.alcoholSummary.bingeAmount', { amount: alcoholAmount(once, numbers, 'once') }) : phrase('explain.alcoholSummary.binge'));
  }
  return parts.length === 1 ? weekly : list(parts, 'comma');
}

/** The advice line says what the person was told: a normal result needs no retest; a rest first; a retest in weeks. */
function adviceName(result: Pick<AssessmentResult, 'triage' | 'retest' | 'pattern'>): Phrase {
  if (result.triage !== 'routine') return phrase(`explain.triageNames.${result.triage}`);
  if (result.retest && result.pattern === 'isolated_alt') return phrase('explain.triageNames.routine', { from: result.retest.inWeeks[0], to: result.retest.inWeeks[1] });
  if (result.retest) return phrase('explain.triageNames.routineRest');
  return phrase('explain.triageNames.routineNormal');
}

/** ASK-APAP's answer, when it was asked: the most taken in 24 hours, or that the person was not sure. */
function paracetamolLine(extras: ExplainExtras): Phrase | null {
  if (extras.paracetamolMgIn24h != null) return phrase('explain.doctor.paracetamol', { mg: extras.paracetamolMgIn24h });
  if (extras.paracetamolUnsure) return phrase('explain.doctor.paracetamolUnsure');
  return null;
}

/** A section's title and lines, as lines of a message (the doctor summary inside a warning-sign reply). */
export function sectionLines(section: ResultSection): Phrase[] {
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
export function earlyDoctorLines(result: EarlyResult, input: AssessmentInput, numbers: SiteNumbers, extras: ExplainExtras): Phrase[] {
  const medicines = input.medications.length > 0 ? typedList(input.medications) : phrase('summary.none');
  const apap = paracetamolLine(extras);
  return [
    phrase('explain.doctorTitle'),
    phrase('explain.doctor.symptoms', { value: labels('labels.symptoms', input.symptoms) }),
    phrase('explain.doctor.conditions', { value: conditionLabels(input, extras) }),
    phrase('explain.doctor.alcohol', { value: alcohol(input, numbers, extras) }),
    phrase('explain.doctor.medicines', { value: medicines }),
    ...(apap ? [apap] : []),
    phrase('explain.doctor.clinicians', { rules: result.rules.join(', '), version: result.specVersion }),
  ];
}

/**
 * SAY-DOCTOR-SUMMARY: both values with their limits and where the limits came from, the pattern, the advice given,
 * symptoms, conditions, alcohol and any binge, medicines by the names recognised and those not, the paracetamol amount
 * when asked, in the reader's language (labels, never ids), and the rule ids with the spec version for clinicians.
 */
export function doctorSummary(result: AssessmentResult, input: AssessmentInput, numbers: SiteNumbers, extras: ExplainExtras = {}): DoctorSummary {
  const times = timesText(result.multiple);
  const altSource = phrase(`explain.source.${result.alt.ulnSource}`);
  const astSource = phrase(`explain.source.${result.ast.ulnSource}`);
  const pattern = phrase(`explain.patternNames.${result.pattern}`);
  const triage = adviceName(result);
  const symptoms = labels('labels.symptoms', input.symptoms);
  const conditions = conditionLabels(input, extras);
  const medicines = labels('labels.medicines', [...new Set(result.medications.map((m) => m.id))]);
  const drinks = alcohol(input, numbers, extras);
  const rules = result.rules.join(', ');
  const apap = paracetamolLine(extras);
  const lines: Phrase[] = [
    phrase('explain.doctor.values', { alt: result.alt.value, altUln: result.alt.uln, altSource, times, ast: result.ast.value, astUln: result.ast.uln, astSource }),
    phrase('explain.doctor.pattern', { pattern, triage }),
    phrase('explain.doctor.symptoms', { value: symptoms }),
    phrase('explain.doctor.conditions', { value: conditions }),
    phrase('explain.doctor.alcohol', { value: drinks }),
    phrase('explain.doctor.medicines', { value: medicines }),
  ];
  const facts: DoctorFactView[] = [
    { titleKey: 'explain.facts.alt', value: phrase('explain.facts.altValue', { value: result.alt.value, uln: result.alt.uln, source: altSource, times }) },
    { titleKey: 'explain.facts.ast', value: phrase('explain.facts.astValue', { value: result.ast.value, uln: result.ast.uln, source: astSource }) },
    { titleKey: 'explain.facts.pattern', value: pattern },
    { titleKey: 'explain.facts.advice', value: triage },
    { titleKey: 'explain.facts.symptoms', value: phrase('explain.item', { text: symptoms }) },
    { titleKey: 'explain.facts.conditions', value: phrase('explain.item', { text: conditions }) },
    { titleKey: 'explain.facts.alcohol', value: phrase('explain.item', { text: drinks }) },
    { titleKey: 'explain.facts.medicines', value: phrase('explain.item', { text: medicines }) },
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
    lines.push(phrase('explain.doctor.unrecognised', { value: unknown }));
    facts.push({ titleKey: 'explain.facts.unrecognised', value: phrase('explain.item', { text: unknown }) });
  }
  lines.push(phrase('explain.doctor.clinicians', { rules, version: result.specVersion }));
  facts.push({ titleKey: 'explain.facts.rules', value: phrase('explain.facts.rulesValue', { rules, version: result.specVersion }) });
  return { section: { title: phrase('explain.doctorTitle'), lines }, facts };
}
