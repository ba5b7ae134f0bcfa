/**
 * Each type's name and one-line summary in a language other than English (English is the catalogue data): the
 * summaries and the names are one file each per language (`types.<lang>.ts`, `type-names.<lang>.ts`), loaded
 * with the language's pack (lib/i18n/packs.ts); search and the background read every language's names.
 */
import type { NamesIn } from './type-names';

export type TypeSummaries = Readonly<Record<string, { readonly summary: string }>>;
export type TypeTexts = Readonly<Record<string, { readonly name: string; readonly summary: string }>>;

/** A language's names and summaries together, as the list shows them. */
export function textsIn(names: NamesIn, summaries: TypeSummaries): TypeTexts {
  return Object.fromEntries(Object.entries(summaries).map(([id, { summary }]) => [id, { name: names[id] ?? id, summary }]));
}
