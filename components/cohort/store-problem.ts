/** The Class views' store problems in the panel's language. */
import type { Language } from '../../lib/i18n/languages';
import type { StoreError } from '../../lib/store/errors';

/** What only the caller can say: which record was not found, what could not be read. */
export interface OwnProblems {
  notFound?: string;
  invalid?: (problem: string) => string;
}

/**
 * `error` in `lang`: the caller's own words for a missing or unreadable record, else the browser's storage
 * problems in the drafts area's words, which load with the first problem shown (the Class views do not carry them).
 */
export async function cohortProblemText(error: StoreError<unknown>, lang: Language, own: OwnProblems = {}): Promise<string> {
  if (error.kind === 'not-found' && own.notFound) return own.notFound;
  if (error.kind === 'invalid' && own.invalid) return own.invalid(error.problems[0] ?? '');
  const { storeProblemIn } = await import('../drafts/store-text');
  return storeProblemIn(error, lang);
}
