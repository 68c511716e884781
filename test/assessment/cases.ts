import type { AssessmentInput } from '../../src/assessment/types';

/** A plain adult case with every answer given and nothing of note: tests change one thing at a time. */
export function baseInput(over: Partial<AssessmentInput> = {}): AssessmentInput {
  return {
    locale: 'en',
    sex: 'male',
    age: 40,
    alt: 60,
    ast: 20,
    unit: 'U/L',
    altRange: [0, 40],
    astRange: [0, 40],
    sleepLoss: false,
    alcohol: { drinksPerWeek: 0, bingeLastWeek: false },
    intenseExerciseDaysBefore: null,
    medications: [],
    symptoms: [],
    conditions: [],
    ...over,
  };
}
