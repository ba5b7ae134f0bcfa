/**
 * Each type's name and one-line summary in a language other than English (English is the catalogue data), one
 * file per language, loaded with the language's pack (lib/i18n/packs.ts). The rest of a type's page (definition, examples, pros and cons, when to
 * choose, metrics) is still English: see the CHANGELOG for what is translated.
 */

export type TypeTexts = Readonly<Record<string, { readonly name: string; readonly summary: string }>>;

