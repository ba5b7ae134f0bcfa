/**
 * The rules translated type texts follow, the same as the English name and summary (lib/catalogue/schema.ts):
 * a name, and one line of at most 140 characters. Checked by tests; kept apart so the panel never loads zod
 * for them.
 */
import { z } from '../../model/zod';

export const TypeTextsSchema = z.record(
  z.string(),
  z.object({
    name: z.string().check(z.trim(), z.minLength(1), z.maxLength(60)),
    summary: z.string().check(z.trim(), z.minLength(10), z.maxLength(140)),
  }),
);
