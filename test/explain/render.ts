import fc from 'fast-check';
import { assess } from '../../src/assessment/assess';
import { CONDITIONS, SYMPTOMS, type AssessmentInput, type AssessmentResult } from '../../src/assessment/types';
import { siteNumbers } from '../../src/explain/emergencyNumbers';
import { explain } from '../../src/explain/explanation';
import { translator, type Locale } from '../../src/i18n';
import { renderView } from '../../src/render';
import type { ResultView } from '../../src/views';

/** The current test's date in generated inputs (earlier results are dated around it). */
export const TEST_DATE = '2026-11-20';

/** The sites of the spec's table, one outside it, and none. */
export const SITES = ['US', 'CA', 'GB', 'IE', 'AU', 'NZ', 'CN', 'FR', undefined] as const;

export const MEDICINES = ['lipitor', '泰诺', 'fish oil', 'paracetamol 500mg', 'turmeric', '何首乌', 'augmentin', 'isoniazid', 'xyzzy'];

/** Valid inputs of the contract's shape, in U/L with the lab's ranges or none, across every level. */
export const inputs: fc.Arbitrary<AssessmentInput> = fc.record({
  locale: fc.constantFrom('en' as const, 'zh-CN' as const),
  site: fc.constantFrom(...SITES).map((s) => s ?? null),
  sex: fc.constantFrom('male' as const, 'female' as const, null),
  age: fc.option(fc.integer({ min: 12, max: 95 }), { nil: null }),
  alt: fc.oneof(
    { arbitrary: fc.integer({ min: 5, max: 160 }), weight: 4 },
    { arbitrary: fc.double({ min: 5, max: 14_000, noNaN: true }).map((x) => Math.round(x * 10) / 10), weight: 1 },
  ),
  ast: fc.oneof({ arbitrary: fc.integer({ min: 5, max: 45 }), weight: 3 }, { arbitrary: fc.integer({ min: 5, max: 600 }), weight: 1 }),
  unit: fc.constant('U/L' as const),
  altRange: fc.constantFrom([7, 40] as const, [0, 50] as const, null),
  astRange: fc.constantFrom([13, 35] as const, [0, 40] as const, null),
  sleepLoss: fc.option(fc.boolean(), { nil: null }),
  alcohol: fc.option(fc.record({ drinksPerWeek: fc.option(fc.integer({ min: 0, max: 60 }), { nil: null }), bingeLastWeek: fc.option(fc.boolean(), { nil: null }) }), { nil: null }),
  intenseExerciseDaysBefore: fc.option(fc.integer({ min: 0, max: 14 }), { nil: null }),
  medications: fc.uniqueArray(fc.constantFrom(...MEDICINES), { maxLength: 3 }),
  // Most people report no symptom or condition: weighted so that every level is well represented.
  symptoms: fc.oneof({ arbitrary: fc.constant([]), weight: 3 }, { arbitrary: fc.uniqueArray(fc.constantFrom(...SYMPTOMS), { minLength: 1, maxLength: 3 }), weight: 2 }),
  conditions: fc.oneof({ arbitrary: fc.constant([]), weight: 2 }, { arbitrary: fc.uniqueArray(fc.constantFrom(...CONDITIONS), { minLength: 1, maxLength: 3 }), weight: 1 }),
  // §8a: an earlier result now and then, dated every way the trend rules treat (used, too close, undated, future, old).
  testDate: fc.constant(TEST_DATE),
  previous: fc.option(
    fc.record({
      alt: fc.integer({ min: 10, max: 300 }),
      altRange: fc.constantFrom([7, 40] as const, [0, 56] as const, null),
      unit: fc.constant('U/L' as const),
      date: fc.constantFrom('2026-10-02', '2026-11-10', '2026-01-15', '2025-09-30', '2026-11-25', null),
    }),
    { nil: null, freq: 3 },
  ),
});

export interface Rendered {
  result: AssessmentResult;
  view: ResultView;
  locale: Locale;
  /** The result message as a person reads it in Web Chat, paragraph by paragraph, without Markdown. */
  paragraphs: string[];
  text: string;
  /** The doctor card's fallback text. */
  doctor: string;
  t: ReturnType<typeof translator>;
}

export function render(input: AssessmentInput, channelId = 'webchat'): Rendered {
  const outcome = assess(input);
  if (!outcome.ok) throw new Error(outcome.error.message);
  const locale: Locale = input.locale;
  const t = translator(locale);
  const view = explain(outcome.result, siteNumbers(input.site ?? undefined, locale === 'en' ? 'en-US' : 'zh-CN'), input);
  const [activity] = renderView(view, channelId, t, locale);
  const text = (activity?.text ?? '').replace(/\*\*/g, '').replace(/ {2}\n/g, '\n');
  const card = activity?.attachments?.[0]?.content as { fallbackText?: string } | undefined;
  return { result: outcome.result, view, locale, paragraphs: text.split(/\n{2,}/), text, doctor: card?.fallbackText ?? '', t };
}

/** The spec's emergency numbers by site (SAY-SITE), independent of the code's table; the locale decides with none. */
export function expectedEmergency(site: string | null | undefined, locale: Locale): string | null {
  const table: Record<string, string> = { US: '911', CA: '911', GB: '999', IE: '112', AU: '000', NZ: '111', CN: '120' };
  if (site) return table[site] ?? null;
  return locale === 'en' ? '911' : '120';
}
