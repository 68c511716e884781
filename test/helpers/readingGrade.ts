import { syllable } from 'syllable';

/** Flesch-Kincaid grade level of an English text. */
export function fleschKincaidGrade(text: string): number {
  const sentences = text.split(/[.!?:]+(?:\s|$)|\n+/).map((s) => s.trim()).filter((s) => /[a-z]/i.test(s));
  const words = text.match(/[A-Za-z][A-Za-z'’-]*/g) ?? [];
  if (words.length === 0 || sentences.length === 0) return 0;
  const syllables = words.reduce((n, w) => n + Math.max(1, syllable(w)), 0);
  return 0.39 * (words.length / sentences.length) + 11.8 * (syllables / words.length) - 15.59;
}
