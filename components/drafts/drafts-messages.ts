/** Where each language's drafts messages load from: one table for the drafts area and the Class views' store problems. */
import type { AreaLoaders } from '../area-text';

export const DRAFTS_MESSAGES: AreaLoaders<'drafts'> = {
  de: () => import('../../lib/i18n/messages/drafts.de'),
  fr: () => import('../../lib/i18n/messages/drafts.fr'),
  es: () => import('../../lib/i18n/messages/drafts.es'),
  pt: () => import('../../lib/i18n/messages/drafts.pt'),
  it: () => import('../../lib/i18n/messages/drafts.it'),
  nl: () => import('../../lib/i18n/messages/drafts.nl'),
};
