/** The Class area's messages (cohorts and importing a class). */
import english from '../../lib/i18n/messages/cohort.en';
import { createAreaText } from '../area-text';

export const { AreaText: CohortText, useText: useCohortText } = createAreaText<'cohort'>(english, {
  de: () => import('../../lib/i18n/messages/cohort.de'),
  fr: () => import('../../lib/i18n/messages/cohort.fr'),
  es: () => import('../../lib/i18n/messages/cohort.es'),
  pt: () => import('../../lib/i18n/messages/cohort.pt'),
  it: () => import('../../lib/i18n/messages/cohort.it'),
  nl: () => import('../../lib/i18n/messages/cohort.nl'),
});
