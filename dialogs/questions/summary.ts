import { NO_SITE, type SiteNumbers } from '../../src/explain/emergencyNumbers';
import { alcoholAmount, drinkSize } from '../../src/explain/site';
import { matchMedicines } from '../../src/assessment/medicineMatcher';
import { foldForMatch } from '../../src/nlu/normalise';
import { namesOnlyAKind } from '../../src/nlu/medicines';
import { parseSummaryReply } from '../../src/nlu/yesNo';
import { list, phrase, type ChoiceView, type Phrase, type PhraseList } from '../../src/views';
import { allConditions, allSymptoms, type Answers, type Session } from '../session';
import { earlierAtSummary, previousLine } from './previous';
import { CHANGE_TOPICS, defineQuestion, miss, ok, type ChangeTopic, type Question } from './types';

/** The words that name each part of the summary; the questions each part asks again are the registry's (`topic`). */
const TOPIC_WORDS: Record<ChangeTopic, RegExp> = {
  results: /\b(results?|alt|ast|numbers?|values?|ranges?|age|sex)\b|化验|结果|数值|范围|年龄|性别/,
  lifestyle: /\b(sleep|alcohol|drinks?|drinking|beers?|wine|exercise|sports?|running|run)\b|睡|酒|运动|熬夜/,
  medicines: /\b(medicines?|medications?|meds|drugs?|pills?|supplements?|herbs?|herbal|tablets?)\b|药|保健品/,
  health: /\b(symptoms?|conditions?|health|disease|pregnant|pregnancy|diabetes)\b|症状|病|怀孕|健康/,
};

function topicIn(text: string): ChangeTopic | null {
  const folded = foldForMatch(text);
  return CHANGE_TOPICS.find((id) => folded === id || TOPIC_WORDS[id].test(folded)) ?? null;
}

/** The registry, as the summary sees it: the questions a change of topic asks again. */
export type Registry = () => readonly Question[];

function changeTopic(s: Session, topic: ChangeTopic, registry: Registry): void {
  for (const q of registry()) if (q.topic === topic) q.clear(s.answers);
  s.answers.changing = false;
}

function listOr(items: readonly Phrase[]): Phrase | PhraseList {
  return items.length > 0 ? list(items, 'comma') : phrase('summary.none');
}

/** The summary lines, as phrases: the numbers exactly as understood, then each answer; drinks in the site's unit (SAY-AMOUNTS). */
export function summaryLines(a: Answers, numbers: SiteNumbers = NO_SITE): Phrase[] {
  const unit = a.unit ?? 'U/L';
  const lines: Phrase[] = [];
  lines.push(a.altRange ? phrase('summary.alt', { value: a.alt, unit, uln: a.altRange[1] }) : phrase('summary.altNoRange', { value: a.alt, unit }));
  lines.push(a.astRange ? phrase('summary.ast', { value: a.ast, unit, uln: a.astRange[1] }) : phrase('summary.astNoRange', { value: a.ast, unit }));
  if (a.sex !== undefined) lines.push(phrase('summary.sex', { value: phrase(a.sex === 'unknown' ? 'summary.notGiven' : `choices.${a.sex}`) }));
  lines.push(a.age != null ? phrase('summary.age', { value: a.age }) : phrase('summary.ageUnknown'));
  lines.push(phrase('summary.sleep', { value: phrase(a.sleepLoss == null ? 'summary.unsure' : a.sleepLoss ? 'summary.yes' : 'summary.no') }));
  const alc = a.alcohol;
  const weekly = alc?.drinksPerWeek != null && alc.drinksPerWeek > 0 ? alcoholAmount(alc.drinksPerWeek, numbers, 'week') : null;
  const once = alc?.largestOccasion != null && alc.largestOccasion > 0 ? alcoholAmount(alc.largestOccasion, numbers, 'once') : null;
  const alcohol =
    !alc ? phrase('summary.alcoholUnknown')
    : alc.drinksPerWeek === 0 && !once ? phrase('summary.alcoholNone')
    : weekly && once ? list([weekly, once], 'comma')
    : (weekly ?? once ?? phrase('summary.alcoholUnknown'));
  // SAY-AMOUNTS (version 4): the person's own words with what was read from them, so that a misreading is caught.
  lines.push(a.alcoholWords && (weekly || once) ? phrase('summary.alcoholSaid', { words: a.alcoholWords, value: alcohol }) : phrase('summary.alcohol', { value: alcohol }));
  // Where drinks are shown, say what one is, in the site's measures.
  if (weekly || once) lines.push(drinkSize(numbers));
  lines.push(phrase('summary.exercise', { value: a.exerciseDaysBefore == null ? phrase('summary.exerciseNone') : phrase('summary.exerciseDays', { days: a.exerciseDaysBefore }) }));
  // A kind said without a name ("blood thinner", "降压药") is said back as that kind, never as an unknown name.
  const kinds = (a.medicationClasses ?? []).map((k) => phrase('summary.medicineClass', { value: phrase(`labels.medicineClasses.${k}`) }));
  const named = (a.medications ?? []).filter((m) => kinds.length === 0 || !namesOnlyAKind(m));
  const medicines = named.map((m) => phrase(matchMedicines(m).matches.length > 0 ? 'summary.plain' : 'summary.medicinesUnknown', { value: m, names: m }));
  lines.push(phrase('summary.medicines', { value: listOr([...medicines, ...kinds]) }));
  const symptoms = allSymptoms(a).map((x) => phrase(`labels.symptoms.${x}`));
  const conditions = allConditions(a).map((x) => phrase(`labels.conditions.${x}`));
  lines.push(phrase('summary.symptoms', { value: listOr(symptoms) }));
  lines.push(phrase('summary.conditions', { value: listOr(conditions) }));
  lines.push(previousLine(a));
  return lines;
}

const CHANGE_CHOICES: ChoiceView[] = CHANGE_TOPICS.map((id) => ({ labelKey: `choices.${id}`, value: id }));

export const whichToChangeQuestion = (registry: Registry): Question => defineQuestion({
  id: 'whichToChange',
  fields: ['changing'],
  back: false,
  needed: (s) => s.answers.changing === true,
  ask: () => ({ kind: 'question', say: [phrase('questions.whichToChange.ask')], choices: CHANGE_CHOICES }),
  fallbackChoices: () => CHANGE_CHOICES,
  parse: (text) => {
    const topic = topicIn(text);
    return topic ? ok((s) => changeTopic(s, topic, registry)) : miss();
  },
  skip: (a) => (a.changing = false),
});

const SUMMARY_CHOICES: ChoiceView[] = [
  { labelKey: 'choices.correct', value: 'yes' },
  { labelKey: 'choices.change', value: 'change' },
];

export const summaryQuestion = (registry: Registry, numbers: SiteNumbers = NO_SITE): Question => defineQuestion({
  id: 'summary',
  fields: ['summaryConfirmed'],
  takesCorrections: true,
  readsEarlierResult: true,
  back: false,
  needed: (s) => s.answers.summaryConfirmed !== true,
  ask: (s) => ({
    kind: 'question',
    say: [phrase('questions.summary.ask', { lines: list(summaryLines(s.answers, numbers), 'line') })],
    choices: SUMMARY_CHOICES,
  }),
  fallbackChoices: () => SUMMARY_CHOICES,
  parse: (text, { session, now }) => {
    // Issue #26: an earlier result typed here is read as one, not as a correction of this one.
    const earlier = earlierAtSummary(text, session, now);
    if (earlier) return earlier;
    const topic = topicIn(text);
    if (topic) return ok((s) => changeTopic(s, topic, registry));
    const yn = parseSummaryReply(text);
    if (yn === 'yes') return ok((s) => (s.answers.summaryConfirmed = true));
    if (yn === 'no') return ok((s) => (s.answers.changing = true));
    return miss();
  },
  skip: null,
});
