/**
 * The reader's words in all seven languages. Only the background bundles them: it sends the reader the chosen
 * language's words with the page's annotations, so the script injected into articles carries English only.
 */
import type { Messages } from './catalogue';
import { flattenWords } from './chip';
import type { Language } from './languages';
import en from './messages/reader.en';
import de from './messages/reader.de';
import es from './messages/reader.es';
import fr from './messages/reader.fr';
import it from './messages/reader.it';
import nl from './messages/reader.nl';
import pt from './messages/reader.pt';

export const READER_MESSAGES: Record<Language, Messages<'reader'>> = { en, de, fr, es, pt, it, nl };

/** What a `reader/load` answer carries for `language`: its code, and its words unless English (bundled). */
export function readerWordsIn(language: Language): { language: Language; words?: string[] } {
  return language === 'en' ? { language } : { language, words: flattenWords<'reader'>(READER_MESSAGES[language]) };
}
