import type { Session } from '../session';
import { ageQuestion } from './about';
import { consentQuestion } from './consent';
import { clarifySignQuestion, conditionsQuestion, symptomsQuestion } from './health';
import { alcoholQuestion, exerciseQuestion, sleepQuestion } from './lifestyle';
import { siteNumbers } from '../../src/explain/emergencyNumbers';
import { medicinesQuestion } from './medicines';
import { paracetamolDaysQuestion, paracetamolDoseQuestion, paracetamolTwoQuestion } from './paracetamol';
import {
  altRangeQuestion,
  astQuestion,
  astRangeQuestion,
  checkReadQuestion,
  confirmValuesQuestion,
  resultsQuestion,
  sexQuestion,
  unitQuestion,
} from './results';
import { previousDateQuestion } from './previous';
import { summaryQuestion, whichToChangeQuestion } from './summary';
import type { Question } from './types';

export type { Question } from './types';

/** The interview, in order. Each question asks only when it is needed, so pasted or pre-filled answers are not asked again. */
export function interview(ttlHours: number, siteCountry?: string): Question[] {
  // The summary says drinks in the site's unit (SAY-AMOUNTS).
  const numbers = siteNumbers(siteCountry, undefined);
  // The summary's change topics ask the registry's questions of each topic again.
  const registry = (): readonly Question[] => questions;
  const questions: Question[] = [
    consentQuestion(ttlHours),
    clarifySignQuestion,
    resultsQuestion,
    checkReadQuestion,
    astQuestion,
    unitQuestion,
    confirmValuesQuestion,
    altRangeQuestion,
    astRangeQuestion,
    sexQuestion,
    ageQuestion,
    sleepQuestion,
    alcoholQuestion,
    exerciseQuestion,
    medicinesQuestion,
    paracetamolDoseQuestion,
    paracetamolTwoQuestion,
    paracetamolDaysQuestion,
    symptomsQuestion,
    conditionsQuestion,
    previousDateQuestion,
    whichToChangeQuestion(registry),
    summaryQuestion(registry, numbers),
  ];
  return questions;
}

export function nextQuestion(questions: readonly Question[], session: Session): Question | null {
  return questions.find((q) => q.needed(session)) ?? null;
}
