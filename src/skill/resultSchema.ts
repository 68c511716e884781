import { z } from 'zod';
import { TRIAGE_LEVELS } from '../assessment/types';

const finding = { value: z.number(), uln: z.number(), timesUln: z.number(), ulnSource: z.enum(['lab', 'default']) };

/** The contract's result, as a schema a parent bot can read from the manifest. Tests check real results against it. */
export const assessmentResultSchema = z.object({
  triage: z.enum(TRIAGE_LEVELS),
  pattern: z.enum(['isolated_alt', 'both_raised', 'ast_only', 'normal']).nullable(),
  alt: z.object({ ...finding, band: z.enum(['normal', 'borderline', 'mild', 'moderate', 'severe', 'massive']) }).nullable(),
  ast: z.object({ ...finding, raised: z.boolean() }).nullable(),
  factors: z.array(z.string()),
  unrecognisedMedications: z.array(z.string()),
  recognisedBenign: z.array(z.string()),
  redFlags: z.array(z.string()),
  retest: z.object({ inWeeks: z.tuple([z.number(), z.number()]) }).nullable(),
  /** Version 4 (§8a): the earlier result read against this one; null without one. */
  trend: z
    .object({ previousTimesUln: z.number(), change: z.enum(['rising', 'persistent', 'normal_now']).nullable() })
    .nullable()
    .optional(),
  rules: z.array(z.string()),
  specVersion: z.string(),
});
