/** The annotations views' messages: English bundled with the area, another language's file loaded with it. */
import english from '../../lib/i18n/messages/annotations.en';
import type { StoreError } from '../../lib/store/errors';
import { createAreaText } from '../area-text';
import { storeErrorText } from '../drafts/store-words';
import { useDraftsText } from '../drafts/text';

export const { AreaText: AnnotationsText, useText: useAnnotationsText } = createAreaText<'annotations'>(english, {
  de: () => import('../../lib/i18n/messages/annotations.de'),
  fr: () => import('../../lib/i18n/messages/annotations.fr'),
  es: () => import('../../lib/i18n/messages/annotations.es'),
  pt: () => import('../../lib/i18n/messages/annotations.pt'),
  it: () => import('../../lib/i18n/messages/annotations.it'),
  nl: () => import('../../lib/i18n/messages/annotations.nl'),
});

/**
 * An annotation store problem in the panel's language: what concerns the annotation in this area's words, the
 * browser's storage problems in the drafts area's (the annotation views sit inside the drafts gate).
 */
export function useAnnotationErrorText(): (error: StoreError<unknown>) => string {
  const t = useAnnotationsText();
  const drafts = useDraftsText();
  return (error) => {
    if (error.kind === 'conflict') return t('error.conflict');
    if (error.kind === 'not-found') return t('error.notFound');
    if (error.kind === 'invalid') return t('error.invalid', { problem: error.problems[0] ?? '' });
    return storeErrorText(error, drafts);
  };
}
