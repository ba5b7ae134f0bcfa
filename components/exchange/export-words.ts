/** The words of an export in the language chosen at export: loaded on demand, once per language. */
import { ENGLISH_WORDS, exportWords, type ExportWords } from '../../lib/exchange/words';
import type { Language } from '../../lib/i18n/languages';
import { loadPack } from '../../lib/i18n/packs';

const LOADERS = {
  de: () => import('../../lib/i18n/messages/exports.de'),
  fr: () => import('../../lib/i18n/messages/exports.fr'),
  es: () => import('../../lib/i18n/messages/exports.es'),
  pt: () => import('../../lib/i18n/messages/exports.pt'),
  it: () => import('../../lib/i18n/messages/exports.it'),
  nl: () => import('../../lib/i18n/messages/exports.nl'),
};

const loaded = new Map<Language, Promise<ExportWords>>([['en', Promise.resolve(ENGLISH_WORDS)]]);

export function loadExportWords(lang: Language): Promise<ExportWords> {
  let words = loaded.get(lang);
  if (!words && lang !== 'en') {
    words = Promise.all([LOADERS[lang](), loadPack(lang)]).then(([m, pack]) => exportWords(lang, m.default, pack.types));
    loaded.set(lang, words);
  }
  return words ?? Promise.resolve(ENGLISH_WORDS);
}
