/**
 * The catalogue's types as the active language shows them: name and summary translated where a translation
 * exists, everything else still the English data. And the types as search sees them: every language's name
 * among the keywords, so a query in any language finds the type whatever language the panel speaks.
 */
import type { RelationshipType } from '../catalogue/schema';
import type { TypeNames } from './content/type-names';
import type { TypeTexts } from './content/types';
import { LANGUAGES, type Language } from './languages';

/** The type's name in `lang` from `names` (English when there is no translation). */
export function typeName(type: Pick<RelationshipType, 'id' | 'name'>, lang: Language, names: TypeNames | undefined): string {
  return lang === 'en' ? type.name : (names?.[type.id]?.[lang] ?? type.name);
}

export function localiseTypes(types: readonly RelationshipType[], lang: Language, texts?: TypeTexts): RelationshipType[] {
  if (lang === 'en' || !texts) return [...types];
  return types.map((t) => ({ ...t, name: texts[t.id]?.name ?? t.name, summary: texts[t.id]?.summary ?? t.summary }));
}

/**
 * Adds every language's name (and the English one) to each type's keywords of that language, for the search
 * index only: recognition in notes keeps the curated keywords, where a bare "direkt" would be a false alarm.
 */
export function withNamesInEveryLanguage(
  types: readonly RelationshipType[], english: readonly RelationshipType[], names: TypeNames | undefined,
): RelationshipType[] {
  if (!names) return [...types];
  const englishById = new Map(english.map((t) => [t.id, t]));
  return types.map((t) => {
    const base = englishById.get(t.id) ?? t;
    const keywords = { ...t.keywords };
    for (const lang of LANGUAGES) keywords[lang] = [...(keywords[lang] ?? []), typeName(base, lang, names)];
    return { ...t, keywords };
  });
}
