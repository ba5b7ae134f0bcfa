/**
 * A store problem in a language, for views that do not load the drafts area (the Class views): imported when the
 * first problem shows, with that language's drafts messages (a part of the view, not part of its first load).
 */
import { translator } from '../../lib/i18n/catalogue';
import type { Language } from '../../lib/i18n/languages';
import english from '../../lib/i18n/messages/drafts.en';
import type { StoreError } from '../../lib/store/errors';
import { DRAFTS_MESSAGES } from './drafts-messages';
import { storeErrorText } from './store-words';

export async function storeProblemIn(error: StoreError<unknown>, lang: Language): Promise<string> {
  const messages = lang === 'en' ? undefined : (await DRAFTS_MESSAGES[lang]()).default;
  return storeErrorText(error, translator<'drafts'>(english, lang, messages));
}
