/**
 * The long content of the catalogue in a language other than English: each type's page (definition, examples,
 * pros and cons, when to choose) and the whole guide. English is the catalogue data itself
 * (lib/catalogue/types-data.ts, guide-data.ts with phases-data.ts); every other language is one file per language and area
 * (`type-pages.<lang>.ts`, `guide.<lang>.ts`), loaded only while that language is active and the view needs it.
 * Ids (types, phases, metrics, blocks, mistakes) stay the English data's; tests check every file against the
 * catalogue's schema and the English ids.
 */
import type { Guide, RelationshipType } from '../../catalogue/schema';

/** The translated parts of one type's page. Examples may name other companies than English where a local one explains better. */
export type TypePage = Pick<RelationshipType, 'definition' | 'examples' | 'advantages' | 'disadvantages' | 'whenToChoose'>;

/** Every type's page in one language, by type id. */
export type TypePages = Readonly<Record<string, TypePage>>;

/** The guide in one language: the same shape and ids as the English guide, every text translated. */
export type GuideTexts = Guide;
