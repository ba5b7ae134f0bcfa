/** Reading stored records back: each is validated; bad ones are reported with their path and skipped. */
import { issuePath } from '../catalogue/validate';
import type { z } from '../model/zod';

export interface Page<T> {
  items: T[];
  /** Records that could not be read (old or corrupt), skipped with the reason. */
  problems: string[];
}

/** Each problem with its path, after `where` (`draft d1.title: …`); with no `where`, the path alone (`url: …`). */
export function problemsOf(error: z.core.$ZodError, where: string): string[] {
  return error.issues.map((i) => `${[where, issuePath(i.path)].filter(Boolean).join('.') || 'record'}: ${i.message}`);
}

/** Records that pass `schema`, and a problem (with its path) for each one that does not: skipped, never thrown. */
export function readRecords<T>(raw: readonly Record<string, unknown>[], schema: z.ZodMiniType<T>, name: (record: Record<string, unknown>) => string): Page<T> {
  const items: T[] = [];
  const problems: string[] = [];
  for (const record of raw) {
    const parsed = schema.safeParse(record);
    if (parsed.success) items.push(parsed.data);
    else problems.push(...problemsOf(parsed.error, name(record)));
  }
  return { items, problems };
}
