/**
 * The chip's analysis in the language the chip speaks. Kept apart from analyse.ts, which the side panel's canvas
 * view shares: only the background needs every language's type names at once.
 */
import { CHIP_MESSAGES, flattenWords } from '../i18n/chip';
import { TYPE_NAMES } from '../i18n/content/type-names';
import type { Language } from '../i18n/languages';
import { typeName } from '../i18n/localise';
import { chipAnalysisOf, type NotesAnalysis } from './analyse';

/**
 * `chipAnalysisOf` with the types named in `language`, and the chip's own words in it (the chip carries only
 * English). Findings and the summary line stay English: the advice content is not translated yet.
 */
export function chipAnalysisIn(analysis: NotesAnalysis, language: Language) {
  const chip = chipAnalysisOf(analysis);
  const words = language === 'en' ? undefined : flattenWords(CHIP_MESSAGES[language]);
  return { ...chip, language, words, types: chip.types.map((t) => ({ ...t, name: typeName({ id: t.typeId, name: t.name }, language, TYPE_NAMES) })) };
}
