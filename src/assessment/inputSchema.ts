import { z } from 'zod';
import { DEFAULT_LOCALE, LOCALES } from '../i18n/locales';
import { CONDITIONS, SYMPTOMS, type AssessmentInput } from './types';

const range = z.tuple([z.number(), z.number()]).nullable();
/** A calendar date; whether it is a real day (not 31 February) is checked by the engine (VALUE-CHECK). */
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date must be written YYYY-MM-DD');

/** Version 4 (§8a): an earlier ALT, its range and unit, and the date it was taken (null when not known). */
export const previousSchema = z
  .object({
    alt: z.number(),
    altRange: range.default(null),
    unit: z.enum(['U/L', 'IU/L', 'ukat/L']).default('U/L'),
    date: isoDate.nullable().default(null),
  })
  .strict();

/** The input shape of assessment-contract.md. Values are checked by the engine (VALUE-CHECK), not here. */
export const assessmentInputSchema = z
  .object({
    locale: z.enum(LOCALES).default(DEFAULT_LOCALE),
    /** SAY-SITE: the hospital's country, ISO 3166-1 alpha-2 in any case; a code not in the site table behaves as not in it. */
    site: z
      .string()
      .regex(/^[A-Za-z]{2}$/, 'site must be a two-letter country code (ISO 3166-1 alpha-2)')
      .nullable()
      .default(null),
    sex: z.enum(['male', 'female']).nullable().default(null),
    age: z.number().nullable().default(null),
    alt: z.number(),
    ast: z.number(),
    unit: z.enum(['U/L', 'IU/L', 'ukat/L']).default('U/L'),
    altRange: range.default(null),
    astRange: range.default(null),
    sleepLoss: z.boolean().nullable().default(null),
    alcohol: z
      .object({ drinksPerWeek: z.number().min(0).nullable().default(null), bingeLastWeek: z.boolean().nullable().default(null) })
      .nullable()
      .default(null),
    intenseExerciseDaysBefore: z.number().int().nullable().default(null),
    medications: z.array(z.string().max(500)).max(50).default([]),
    symptoms: z.array(z.enum(SYMPTOMS)).default([]),
    conditions: z.array(z.enum(CONDITIONS)).default([]),
    previous: previousSchema.nullable().default(null),
    testDate: isoDate.nullable().default(null),
  })
  .strict();

export type ParsedInput = z.infer<typeof assessmentInputSchema>;

export function parseAssessmentInput(json: unknown): { ok: true; input: AssessmentInput } | { ok: false; message: string } {
  const parsed = assessmentInputSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.join('.') || 'input';
    return { ok: false, message: `${where}: ${issue?.message ?? 'invalid'}` };
  }
  return { ok: true, input: parsed.data };
}
