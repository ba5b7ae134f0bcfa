/**
 * A store problem in a language, for views that do not load the drafts area (the Class views): imported when the
 * first problem shows, with that language's drafts messages (a part of the view, not part of its first load).
 */
import { translator } from '../../lib/i18n/catalogue';
import type { Language } from '../../lib/i18n/languages';
import english from '../../lib/i18n/messages/drafts.en';
import type { StoreError } from '../../lib/store/errors';
import { storeErrorText } from './store-words';

const LOADERS = {
  de: () => import('../../lib/i18n/messages/drafts.de'),
  fr: () => import('../../lib/i18n/messages/drafts.fr'),
  es: () => import('../../lib/i18n/messages/drafts.es'),
  pt: () => import('../../lib/i18n/messages/drafts.pt'),
  it: () => import('../../lib/i18n/messages/drafts.it'),
  nl: () => import('../../lib/i18n/messages/drafts.nl'),
};

export async function storeProblemIn(error: StoreError<unknown>, lang: Language): Promise<string> {
  const messages = lang === 'en' ? undefined : (await LOADERS[lang]()).default;
  return storeErrorText(error, translator<'drafts'>(english, lang, messages));
}
