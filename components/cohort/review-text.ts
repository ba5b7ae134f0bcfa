/** The Compare, Rubric and Feedback tabs' messages, loaded with the first of those tabs. */
import english from '../../lib/i18n/messages/review.en';
import { createAreaText } from '../area-text';

export const { AreaText: ReviewText, useText: useReviewText } = createAreaText<'review'>(english, {
  de: () => import('../../lib/i18n/messages/review.de'),
  fr: () => import('../../lib/i18n/messages/review.fr'),
  es: () => import('../../lib/i18n/messages/review.es'),
  pt: () => import('../../lib/i18n/messages/review.pt'),
  it: () => import('../../lib/i18n/messages/review.it'),
  nl: () => import('../../lib/i18n/messages/review.nl'),
});
