/**
 * The suggested tactics' words (tactic texts, metric names, the direction to aim for): a small area of their own,
 * loaded by the Advisor and by the health check, which both write suggested tactics into drafts.
 */
import english from '../../lib/i18n/messages/tactics.en';
import { createAreaText } from '../area-text';

export const { AreaText: TacticsText, useText: useTacticsText } = createAreaText<'tactics'>(english, {
  de: () => import('../../lib/i18n/messages/tactics.de'),
  fr: () => import('../../lib/i18n/messages/tactics.fr'),
  es: () => import('../../lib/i18n/messages/tactics.es'),
  pt: () => import('../../lib/i18n/messages/tactics.pt'),
  it: () => import('../../lib/i18n/messages/tactics.it'),
  nl: () => import('../../lib/i18n/messages/tactics.nl'),
});
