/** The annotations views' messages: English bundled with the area, another language's file loaded with it. */
import english from '../../lib/i18n/messages/annotations.en';
import { createAreaText } from '../area-text';

export const { AreaText: AnnotationsText, useText: useAnnotationsText } = createAreaText<'annotations'>(english, {
  de: () => import('../../lib/i18n/messages/annotations.de'),
  fr: () => import('../../lib/i18n/messages/annotations.fr'),
  es: () => import('../../lib/i18n/messages/annotations.es'),
  pt: () => import('../../lib/i18n/messages/annotations.pt'),
  it: () => import('../../lib/i18n/messages/annotations.it'),
  nl: () => import('../../lib/i18n/messages/annotations.nl'),
});
