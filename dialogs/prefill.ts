import type { Prefill } from '../src/skill/prefill';
import { interview } from './questions';
import type { Answers, Session } from './session';

/** The registry, for its prefill maps (which depend on neither the store's time to live nor the site). */
const REGISTRY = interview(0);

/** The answers a parent bot already has, in the dialog's terms (each question's prefill map), so that those questions are not asked. */
export function answersFromPrefill(p: Prefill): Answers {
  const a: Answers = {};
  for (const q of REGISTRY) {
    for (const [field, toAnswers] of Object.entries(q.prefill ?? {}) as [keyof Prefill, (value: unknown) => Partial<Answers>][]) {
      const value = p[field];
      if (value !== undefined) Object.assign(a, toAnswers(value));
    }
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
