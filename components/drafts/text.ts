/**
 * The drafts area's messages (list, trash, draft and segment pickers, store problems): English bundled with
 * the area, another language's file loaded with it. The editor's words are in ./editor-text.
 */
import english from '../../lib/i18n/messages/drafts.en';
import { createAreaText } from '../area-text';

export const { AreaText: DraftsText, useText: useDraftsText } = createAreaText<'drafts'>(english, {
  de: () => import('../../lib/i18n/messages/drafts.de'),
  fr: () => import('../../lib/i18n/messages/drafts.fr'),
  es: () => import('../../lib/i18n/messages/drafts.es'),
  pt: () => import('../../lib/i18n/messages/drafts.pt'),
  it: () => import('../../lib/i18n/messages/drafts.it'),
  nl: () => import('../../lib/i18n/messages/drafts.nl'),
});
