/**
 * Every type's name in each language but English (the catalogue's own), one file per language
 * (`type-names.<lang>.ts`, the one place a name is written), gathered into one table here: the background names
 * types in the chip's and the reader's language with it, and the panel's search (which loads it at the first
 * query) finds a type by its name in any language, whichever language the panel speaks. A language pack takes
 * only its own language's file.
 */
import type { Language } from '../languages';
import de from './type-names.de';
import es from './type-names.es';
import fr from './type-names.fr';
import it from './type-names.it';
import nl from './type-names.nl';
import pt from './type-names.pt';

/** The names of one language, by type id. */
export type NamesIn = Readonly<Record<string, string>>;
export type TypeNames = Readonly<Record<string, Readonly<Record<Exclude<Language, 'en'>, string>>>>;

const BY_LANGUAGE: Record<Exclude<Language, 'en'>, NamesIn> = { de, fr, es, pt, it, nl };

export const TYPE_NAMES: TypeNames = Object.fromEntries(
  Object.keys(de).map((id) => [id, Object.fromEntries(Object.entries(BY_LANGUAGE).map(([lang, names]) => [lang, names[id] ?? ''])) as Record<Exclude<Language, 'en'>, string>]),
);

/** The languages whose names file lacks a type (a test keeps this empty). */
export function missingNames(id: string): Exclude<Language, 'en'>[] {
  return (Object.keys(BY_LANGUAGE) as Exclude<Language, 'en'>[]).filter((lang) => !BY_LANGUAGE[lang][id]);
}
