/** The words import problems are told in, loaded when a file is checked (most visits to the view import nothing). */
import { ENGLISH_PROBLEMS, problemWords, type ProblemWords } from '../../lib/exchange/problem-words';
import type { Language } from '../../lib/i18n/languages';

const LOADERS = {
  de: () => import('../../lib/i18n/messages/imports.de'),
  fr: () => import('../../lib/i18n/messages/imports.fr'),
  es: () => import('../../lib/i18n/messages/imports.es'),
  pt: () => import('../../lib/i18n/messages/imports.pt'),
  it: () => import('../../lib/i18n/messages/imports.it'),
  nl: () => import('../../lib/i18n/messages/imports.nl'),
};

const loaded = new Map<Language, Promise<ProblemWords>>([['en', Promise.resolve(ENGLISH_PROBLEMS)]]);

export function loadProblemWords(lang: Language): Promise<ProblemWords> {
  let words = loaded.get(lang);
  if (!words && lang !== 'en') {
    words = LOADERS[lang]().then((m) => problemWords(lang, m.default));
    loaded.set(lang, words);
  }
  return words ?? Promise.resolve(ENGLISH_PROBLEMS);
}
