import { z } from 'zod';
import { previousSchema } from '../assessment/inputSchema';
import { LOCALES } from '../i18n/locales';
import { CONDITIONS, SYMPTOMS } from '../assessment/types';

const range = z.tuple([z.number(), z.number()]).nullable();

/**
 * What a parent bot may pass in the `assess` event: any part of the contract's input. What it gives is not asked
 * again; the rest is. Values are checked by the engine like typed ones.
 */
export const prefillSchema = z
  .object({
    locale: z.enum(LOCALES),
    sex: z.enum(['male', 'female']).nullable(),
    age: z.number().int().min(0).max(130).nullable(),
    alt: z.number().positive().max(50_000),
    ast: z.number().positive().max(50_000),
    unit: z.enum(['U/L', 'IU/L', 'ukat/L']),
    altRange: range,
    astRange: range,
    sleepLoss: z.boolean().nullable(),
    alcohol: z.object({ drinksPerWeek: z.number().min(0).max(500).nullable(), bingeLastWeek: z.boolean().nullable() }).nullable(),
    intenseExerciseDaysBefore: z.number().int().min(0).max(365).nullable(),
    medications: z.array(z.string().max(500)).max(50),
    symptoms: z.array(z.enum(SYMPTOMS)).max(20),
    conditions: z.array(z.enum(CONDITIONS)).max(20),
    /** §8a: an earlier ALT with its range, unit and date (the contract's `previous`); checked by the engine like a typed one. */
    previous: previousSchema.nullable(),
  })
  .partial()
  .strict();

export type Prefill = z.infer<typeof prefillSchema>;

export function parsePrefill(value: unknown): Prefill | null {
  if (value === undefined || value === null) return {};
  const parsed = prefillSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}
