import type { Prefill } from '../src/skill/prefill';
import type { Answers } from './session';

/** The answers a parent bot already has, in the dialog's terms, so that those questions are not asked. */
export function answersFromPrefill(p: Prefill): Answers {
  const a: Answers = {};
  if (p.alt !== undefined) a.alt = p.alt;
  if (p.ast !== undefined) a.ast = p.ast;
  if (p.unit !== undefined) a.unit = p.unit === 'ukat/L' ? 'ukat/L' : 'U/L';
  if (p.altRange !== undefined) a.altRange = p.altRange;
  if (p.astRange !== undefined) a.astRange = p.astRange;
  if (p.sex !== undefined) a.sex = p.sex ?? 'unknown';
  if (p.age !== undefined) a.age = p.age;
  if (p.sleepLoss !== undefined) a.sleepLoss = p.sleepLoss;
  if (p.alcohol !== undefined) {
    a.alcohol = p.alcohol && { drinksPerWeek: p.alcohol.drinksPerWeek, largestOccasion: null, binge: p.alcohol.bingeLastWeek };
  }
  if (p.intenseExerciseDaysBefore !== undefined) a.exerciseDaysBefore = p.intenseExerciseDaysBefore;
  if (p.medications !== undefined) a.medications = p.medications;
  if (p.symptoms !== undefined) a.symptoms = p.symptoms;
  if (p.conditions !== undefined) a.conditions = p.conditions;
  if (p.previous !== undefined) {
    a.previous = p.previous && { alt: p.previous.alt, altRange: p.previous.altRange, unit: p.previous.unit === 'ukat/L' ? 'ukat/L' : 'U/L', date: p.previous.date === null ? null : Number(p.previous.date.replace(/-/g, '')) };
  }
  return a;
}
