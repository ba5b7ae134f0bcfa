/**
 * The catalogue's types as the active language shows them: name and summary translated where a translation
 * exists, everything else still the English data. And the types as search sees them: every language's name
 * among the keywords, so a query in any language finds the type whatever language the panel speaks.
 */
import type { RelationshipType } from '../catalogue/schema';
import { TYPE_NAMES } from './content/type-names';
import type { TypeSummaries } from './content/summaries';
import { LANGUAGES, type Language } from './languages';

/** The type's name in `lang` (English when there is no translation). */
export function typeName(type: Pick<RelationshipType, 'id' | 'name'>, lang: Language): string {
  return lang === 'en' ? type.name : (TYPE_NAMES[type.id]?.[lang] ?? type.name);
}

export function localiseTypes(types: readonly RelationshipType[], lang: Language, summaries?: TypeSummaries): RelationshipType[] {
  if (lang === 'en') return [...types];
  return types.map((t) => ({ ...t, name: typeName(t, lang), summary: summaries?.[t.id] ?? t.summary }));
}

/** Adds every language's name (and the English one) to each type's keywords of that language, for the index. */
export function withNamesInEveryLanguage(types: readonly RelationshipType[], english: readonly RelationshipType[]): RelationshipType[] {
  const englishById = new Map(english.map((t) => [t.id, t]));
  return types.map((t) => {
    const base = englishById.get(t.id) ?? t;
    const keywords = { ...t.keywords };
    for (const lang of LANGUAGES) keywords[lang] = [...(keywords[lang] ?? []), typeName(base, lang)];
    return { ...t, keywords };
  });
}
