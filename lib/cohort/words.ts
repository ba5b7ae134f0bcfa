/** The review tabs' words in English, the default of the lib functions that write them (tests, exports). */
import { translator, type Translate } from '../i18n/catalogue';
import english from '../i18n/messages/review.en';

export const ENGLISH_REVIEW: Translate<'review'> = translator<'review'>(english, 'en');
