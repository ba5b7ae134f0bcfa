/**
 * Every language's type names in one table, from the per-language files: the background names types in the
 * chip's language with it, and the panel's search (which loads it at the first query) finds a type by its name
 * in any language, whichever language the panel speaks.
 */
import type { Language } from '../languages';
import type { TypeTexts } from './types';
import de from './types.de';
import es from './types.es';
import fr from './types.fr';
import it from './types.it';
import nl from './types.nl';
import pt from './types.pt';

export type TypeNames = Readonly<Record<string, Readonly<Partial<Record<Exclude<Language, 'en'>, string>>>>>;

const BY_LANGUAGE: Record<Exclude<Language, 'en'>, TypeTexts> = { de, fr, es, pt, it, nl };

export const TYPE_NAMES: TypeNames = Object.fromEntries(
  Object.keys(de).map((id) => [id, Object.fromEntries(Object.entries(BY_LANGUAGE).map(([lang, texts]) => [lang, texts[id]?.name]))]),
);
