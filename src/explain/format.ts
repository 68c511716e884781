import { LEXICON } from '../assessment/medicineLexicon';

/**
 * A multiple of the upper limit for display: one decimal, cut rather than rounded, so that the number shown never
 * crosses a threshold the unrounded value is under (ALT 119.9 with a limit of 40 is "about 2.9 times", not 3.0).
 */
export function timesText(multiple: number): string {
  return (Math.floor(multiple * 10 + 1e-9) / 10).toFixed(1);
}

/** Groups of the lexicon that a doctor prescribes; the rest (painkillers, herbs, supplements) people buy themselves. */
const PRESCRIBED_GROUPS = new Set(['statin', 'antibiotic', 'tuberculosis', 'antifungal', 'antiepileptic', 'antiretroviral', 'cardiac', 'gout', 'immunomodulator']);
const HERBAL_GROUPS = new Set(['herbal', 'supplement', 'performance']);

function groupOf(id: string): string | undefined {
  return LEXICON.find((e) => e.id === id)?.group;
}

/** Whether a doctor prescribed this kind of medicine (so "the doctor who prescribed it" is the one to tell). */
export function isPrescribed(id: string): boolean {
  const group = groupOf(id);
  return group !== undefined && PRESCRIBED_GROUPS.has(group);
}

export function isHerbalOrSupplement(id: string): boolean {
  const group = groupOf(id);
  return group !== undefined && HERBAL_GROUPS.has(group);
}
