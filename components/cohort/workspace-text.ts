/** One cohort's workspace messages (overview, charts, selection). */
import english from '../../lib/i18n/messages/workspace.en';
import { createAreaText } from '../area-text';

export const { AreaText: WorkspaceText, useText: useWorkspaceText } = createAreaText<'workspace'>(english, {
  de: () => import('../../lib/i18n/messages/workspace.de'),
  fr: () => import('../../lib/i18n/messages/workspace.fr'),
  es: () => import('../../lib/i18n/messages/workspace.es'),
  pt: () => import('../../lib/i18n/messages/workspace.pt'),
  it: () => import('../../lib/i18n/messages/workspace.it'),
  nl: () => import('../../lib/i18n/messages/workspace.nl'),
});
