import { LEXICON } from '../assessment/medicineLexicon';
import type { AssessmentResult, Triage } from '../assessment/types';
import { say, type ResultSection, type ResultView, type Say } from '../render/views';
import type { SiteNumbers } from './emergencyNumbers';

const HERBAL_GROUPS = new Set(['herbal', 'supplement', 'performance']);

/** "call 999" or "call your local emergency number", as a nested phrase. */
export function callPhrase(numbers: SiteNumbers): Say {
  return numbers.emergency ? say('emergency.call', { number: numbers.emergency }) : say('emergency.callLocal');
}

/** The red-flag lines: each rule's reason, then what to do, with the crisis line for RF-SELF-HARM. */
export function redFlagLines(rules: readonly string[], level: Triage, numbers: SiteNumbers): Say[] {
  const lines = rules.filter((r) => r.startsWith('RF-') || r === 'SYM-HIGH').map((r) => say(`redflag.${r}`));
  if (level === 'emergency') lines.push(say('redflag.emergencyLead', { call: callPhrase(numbers) }));
  else if (level === 'urgent') lines.push(say('redflag.urgentLead'));
  if (rules.includes('RF-SELF-HARM') && numbers.crisis) lines.push(say('emergency.crisis', { number: numbers.crisis }));
  return lines;
}

function medicineSection(result: AssessmentResult): ResultSection | null {
  const relevant = result.medications.filter((m) => m.liverRelevant);
  const lines: Say[] = [];
  if (relevant.length > 0) {
    if (result.rules.includes('MED-DILI') && result.alt.timesUln >= 3) lines.push(say('explain.medicineUrgent'));
    else if (result.rules.includes('MED-DILI') && result.alt.timesUln >= 2) lines.push(say('explain.medicineSoon'));
    else lines.push(say('explain.medicineMention'));
    lines.push(say('explain.medicineAdvice'));
    const groups = new Set(relevant.map((m) => LEXICON.find((e) => e.id === m.id)?.group));
    if ([...groups].some((g) => g !== undefined && HERBAL_GROUPS.has(g))) lines.push(say('explain.supplementAdvice'));
  }
  if (result.unrecognisedMedications.length > 0) lines.push(say('explain.unrecognised', { names: result.unrecognisedMedications.join(', ') }));
  return lines.length > 0 ? { lines } : null;
}

function causesSection(result: AssessmentResult): ResultSection {
  const lines: Say[] = [];
  const relevantNames = [...new Set(result.medications.filter((m) => m.liverRelevant).map((m) => m.input))];
  let medicationShown = false;
  for (const factor of result.factors) {
    if (factor.startsWith('medication:')) {
      if (!medicationShown) lines.push(say('explain.factor.medication', { names: relevantNames.join(', ') }));
      medicationShown = true;
    } else lines.push(say(`explain.factor.${factor}`));
  }
  if (lines.length === 0) return { lines: [say('explain.noFactors'), say('explain.diseaseCauses')] };
  return { title: say('explain.causesIntro'), lines: [...lines, say('explain.diseaseCauses')] };
}

function retestLine(result: AssessmentResult): Say {
  if (result.retest && result.pattern === 'isolated_alt') return say('explain.retest.weeks', { from: result.retest.inWeeks[0], to: result.retest.inWeeks[1] });
  if (result.retest) return say('explain.retest.rest');
  if (result.pattern === 'normal' && result.triage === 'routine') return say('explain.retest.none');
  return say('explain.retest.doctor');
}

/** The explanation a person gets, built from the result alone: every sentence is a locale key. */
export function explain(result: AssessmentResult, numbers: SiteNumbers): ResultView {
  const times = result.alt.timesUln;
  const head: Say[] = [say(`explain.triage.${result.triage}`, { call: callPhrase(numbers) })];
  head.push(say(`explain.band.${result.alt.band}`));
  head.push(say('explain.altLine', { value: result.alt.value, uln: result.alt.uln, times }));
  if (result.alt.ulnSource === 'default') head.push(say('explain.altDefault', { uln: result.alt.uln }));
  head.push(say('explain.astLine', { value: result.ast.value, uln: result.ast.uln }));
  if (result.ast.ulnSource === 'default') head.push(say('explain.astDefault', { uln: result.ast.uln }));
  if (result.notes.includes('converted_from_ukat')) head.push(say('explain.converted'));

  const pattern: Say[] = [say(`explain.pattern.${result.pattern}`)];
  if (result.notes.includes('ast_alt_ratio_high')) pattern.push(say('explain.ratioNote'));
  if (result.notes.includes('ast_only_after_exercise')) pattern.push(say('explain.astOnlyExercise'));
  if (result.notes.includes('child')) pattern.push(say('explain.child'));

  const sections: ResultSection[] = [{ title: say('explain.title'), lines: head }, { lines: pattern }];
  if (result.redFlags.length > 0 || result.rules.includes('SYM-HIGH')) {
    sections.push({ title: say('explain.redFlagsTitle'), lines: [...redFlagLines(result.rules, result.triage, numbers), say('explain.redFlagsRepeat')] });
  }
  if (result.pattern !== 'normal') sections.push(causesSection(result));
  const meds = medicineSection(result);
  if (meds) sections.push(meds);
  const meanwhile: Say[] = [];
  if (result.pattern !== 'normal') meanwhile.push(say('explain.meanwhile.sleep'), say('explain.meanwhile.alcohol'), say('explain.meanwhile.exercise'));
  meanwhile.push(say('explain.meanwhile.noLiverPills'));
  sections.push({ title: say('explain.meanwhileTitle'), lines: meanwhile });
  sections.push({ lines: [retestLine(result)] });
  sections.push({ lines: [say('explain.disclaimer')] });

  const factorNames = result.factors.map((f) => f.replace(/^medication:/, '').replace(/^condition:/, ''));
  const doctor: ResultSection = {
    title: say('explain.doctorTitle'),
    lines: [
      say('explain.doctorLine', {
        alt: result.alt.value,
        altUln: result.alt.uln,
        times,
        ast: result.ast.value,
        astUln: result.ast.uln,
        pattern: say(`explain.patternNames.${result.pattern}`),
        triage: say(`explain.triageNames.${result.triage}`),
      }),
      ...(factorNames.length > 0 ? [say('explain.doctorFactors', { factors: factorNames.join(', ') })] : []),
      say('explain.doctorRules', { rules: result.rules.join(', '), version: result.specVersion }),
    ],
  };
  const facts = [
    { titleKey: 'explain.facts.alt', value: say('explain.facts.altValue', { value: result.alt.value, uln: result.alt.uln, times }) },
    { titleKey: 'explain.facts.ast', value: say('explain.facts.astValue', { value: result.ast.value, uln: result.ast.uln }) },
    { titleKey: 'explain.facts.pattern', value: say(`explain.patternNames.${result.pattern}`) },
    { titleKey: 'explain.facts.advice', value: say(`explain.triageNames.${result.triage}`) },
    { titleKey: 'explain.facts.reported', value: factorNames.length > 0 ? factorNames.join(', ') : say('summary.none') },
    { titleKey: 'explain.facts.rules', value: `${result.rules.join(', ')} (spec ${result.specVersion})` },
  ];
  return { kind: 'result', sections, doctor, facts, value: result };
}
