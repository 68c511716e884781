import type { AssessmentInput, AssessmentResult } from '../assessment/types';
import { list, say, type DoctorFactView, type ResultSection, type Say, type SayList } from '../render/views';
import { timesText } from './format';
import { typedList } from './medicines';

function labels(prefix: string, ids: readonly string[]): SayList | Say {
  return ids.length > 0 ? list(ids.map((id) => say(`${prefix}.${id}`)), 'comma') : say('summary.none');
}

function alcohol(input: AssessmentInput): Say | SayList {
  const a = input.alcohol;
  const weekly =
    a?.drinksPerWeek === 0 ? say('explain.alcoholSummary.none')
    : a?.drinksPerWeek != null ? say('explain.alcoholSummary.weekly', { perWeek: Math.round(a.drinksPerWeek * 10) / 10 })
    : say('explain.alcoholSummary.unknown');
  if (a?.bingeLastWeek == null) return weekly;
  return list([weekly, say(a.bingeLastWeek ? 'explain.alcoholSummary.binge' : 'explain.alcoholSummary.noBinge')], 'comma');
}

export interface DoctorSummary {
  section: ResultSection;
  facts: DoctorFactView[];
}

/**
 * SAY-DOCTOR-SUMMARY: both values with their limits and where the limits came from, the pattern, the advice given,
 * symptoms, conditions, alcohol and any binge, medicines by the names recognised and those not, in the reader's
 * language (labels, never ids), and the rule ids with the spec version on a line for clinicians.
 */
export function doctorSummary(result: AssessmentResult, input: AssessmentInput): DoctorSummary {
  const times = timesText(result.multiple);
  const altSource = say(`explain.source.${result.alt.ulnSource}`);
  const astSource = say(`explain.source.${result.ast.ulnSource}`);
  const pattern = say(`explain.patternNames.${result.pattern}`);
  const triage = say(`explain.triageNames.${result.triage}`);
  const symptoms = labels('labels.symptoms', input.symptoms);
  const conditions = labels('labels.conditions', input.conditions);
  const medicines = labels('labels.medicines', [...new Set(result.medications.map((m) => m.id))]);
  const drinks = alcohol(input);
  const rules = result.rules.join(', ');
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
  if (result.unrecognisedMedications.length > 0) {
    const unknown = typedList(result.unrecognisedMedications);
    lines.push(say('explain.doctor.unrecognised', { value: unknown }));
    facts.push({ titleKey: 'explain.facts.unrecognised', value: say('explain.item', { text: unknown }) });
  }
  lines.push(say('explain.doctor.clinicians', { rules, version: result.specVersion }));
  facts.push({ titleKey: 'explain.facts.rules', value: say('explain.facts.rulesValue', { rules, version: result.specVersion }) });
  return { section: { title: say('explain.doctorTitle'), lines }, facts };
}
