import type { Prefill } from '../src/skill/prefill';
import type { Answers, Session } from './session';

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

/**
 * What a parent bot pre-filled, held outside the conversation's answers until the person answers the consent
 * question (issue 23): used only on yes, dropped on no. `redFlagsShown` are the warning-sign rules already explained
 * from it before consent, so that they are not said twice.
 */
export interface PendingPrefill {
  answers: Answers;
  redFlagsShown: string[];
}

/** The lab results: one report's values, unit and ranges, used together or not at all. */
const LAB_FIELDS: readonly (keyof Answers)[] = ['alt', 'ast', 'unit', 'altRange', 'astRange'];
/** What the person's own lab results leave in the answers, whole or still being settled. */
const TYPED_LAB_FIELDS: readonly (keyof Answers)[] = [...LAB_FIELDS, 'pendingReports', 'doubtedUnit', 'readDoubts'];

/**
 * Adds the pre-filled answers on consent, under what the person typed: an answer already given is kept, and if they
 * typed a lab value, none of the pre-filled lab results is used (the two may be different reports, or in different
 * units); the rest of that report is asked.
 */
export function applyPrefill(s: Session, pending: PendingPrefill): void {
  const a = s.answers;
  const typedLabs = TYPED_LAB_FIELDS.some((k) => a[k] !== undefined);
  const given = pending.answers;
  for (const key of Object.keys(given) as (keyof Answers)[]) {
    if (a[key] !== undefined || (typedLabs && LAB_FIELDS.includes(key))) continue;
    Object.assign(a, { [key]: given[key] });
  }
  if (!typedLabs && LAB_FIELDS.some((k) => given[k] !== undefined)) a.prefilledLabs = true;
  s.redFlagsShown = [...new Set([...s.redFlagsShown, ...pending.redFlagsShown])];
}
