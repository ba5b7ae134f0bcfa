/**
 * The reader's words in all seven languages. Only the background bundles them: it sends the reader the chosen
 * language's words with the page's annotations, so the script injected into articles carries English only.
 */
import { typeById } from '../catalogue';
import type { Messages } from './catalogue';
import { flattenWords } from './chip';
import { TYPE_NAMES } from './content/type-names';
import type { Language } from './languages';
import en from './messages/reader.en';
import de from './messages/reader.de';
import es from './messages/reader.es';
import fr from './messages/reader.fr';
import it from './messages/reader.it';
import nl from './messages/reader.nl';
import pt from './messages/reader.pt';
import { typeName } from './localise';

export const READER_MESSAGES: Record<Language, Messages<'reader'>> = { en, de, fr, es, pt, it, nl };

/**
 * What a `reader/load` answer carries for `language`: its code, its words unless English (bundled), and the names
 * of the relationship types `typeIds` (the page's annotations' tags) as `id, name, …`: the reader has no catalogue.
 */
export function readerWordsIn(language: Language, typeIds: Iterable<string> = []): { language: Language; words?: string[]; typeNames?: string[] } {
  const names = [...new Set(typeIds)].flatMap((id) => {
    const type = typeById(id);
    return type ? [id, typeName(type, language, TYPE_NAMES)] : [];
  });
  return {
    language,
    ...(language === 'en' ? {} : { words: flattenWords<'reader'>(READER_MESSAGES[language]) }),
    ...(names.length ? { typeNames: names } : {}),
  };
}
