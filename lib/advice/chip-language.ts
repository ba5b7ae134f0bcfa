/**
 * The chip's analysis in the language the chip speaks. Kept apart from analyse.ts, which the side panel's canvas
 * view shares: only the background needs every language's type names at once.
 */
import { TYPE_NAMES } from '../i18n/content/type-names';
import type { Language } from '../i18n/languages';
import { typeName } from '../i18n/localise';
import { chipAnalysisOf, type NotesAnalysis } from './analyse';

/**
 * `chipAnalysisOf` with the types named in `language`, which the chip also uses for its own words. Findings and
 * the summary line stay English: the advice content is not translated yet.
 */
export function chipAnalysisIn(analysis: NotesAnalysis, language: Language) {
  const chip = chipAnalysisOf(analysis);
  return { ...chip, language, types: chip.types.map((t) => ({ ...t, name: typeName({ id: t.typeId, name: t.name }, language, TYPE_NAMES) })) };
}
