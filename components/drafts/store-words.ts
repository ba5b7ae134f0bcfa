import type { Translate } from '../../lib/i18n/catalogue';
import type { StoreError } from '../../lib/store/errors';
import type { GateWords } from './StoreProblem';
import { useDraftsText } from './text';

/**
 * A store problem in the reader's language, from its kind (the store's own `message` is English). An invalid
 * record keeps its problem as the schema names it (a path and what was expected), after a translated lead.
 */
export function storeErrorText(error: StoreError<unknown>, t: Translate<'drafts'>): string {
  switch (error.kind) {
    case 'conflict':
      return t('error.conflict');
    case 'not-found':
      return t('error.notFound');
    case 'invalid':
      return t('error.invalid', { problem: error.problems[0] ?? '' });
    case 'unknown':
      return t('error.unknown', { detail: error.detail || error.kind });
    default:
      return t(`error.${error.kind}`);
  }
}

/** The store gate's words in the drafts area's language. */
export function useGateWords(): GateWords {
  const t = useDraftsText();
  return { opening: t('store.opening'), retry: t('store.retry'), problem: (error) => storeErrorText(error, t) };
}
