/**
 * The words a readable export is written with: its language, its messages, and the types' and phases' names in
 * it. Chosen at export (the panel loads another language's files first); English is the default and is bundled.
 */
import { typeById } from '../catalogue';
import { translator, type Messages, type Translate } from '../i18n/catalogue';
import type { TypeTexts } from '../i18n/content/types';
import type { Language } from '../i18n/languages';
import english from '../i18n/messages/exports.en';
import type { PhaseId } from '../model/draft';

export interface ExportWords {
  language: Language;
  t: Translate<'exports'>;
  /** A type's name in the export's language; an id this build does not know is shown as it is. */
  typeName(typeId: string): string;
  phaseName(phase: PhaseId): string;
}

/** Words in `language` from its loaded `messages` and `types` (English for whatever is not given). */
export function exportWords(language: Language = 'en', messages?: Messages<'exports'>, types?: TypeTexts): ExportWords {
  const t = translator<'exports'>(english, language, messages);
  return {
    language,
    t,
    typeName: (id) => types?.[id]?.name ?? typeById(id)?.name ?? id,
    phaseName: (phase) => t(`phase.${phase}`),
  };
}

export const ENGLISH_WORDS = exportWords();
