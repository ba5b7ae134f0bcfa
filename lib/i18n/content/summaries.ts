/**
 * Each type's one-line summary in the active language, one chunk per language (English is the catalogue data).
 * The schema keeps translations to the same rules as the English summaries (one sentence, ≤ 140 characters).
 */
import type { Language } from '../languages';

export type TypeSummaries = Readonly<Record<string, string>>;

const LOADERS: Record<Exclude<Language, 'en'>, () => Promise<{ default: TypeSummaries }>> = {
  de: () => import('./summaries.de'),
  fr: () => import('./summaries.fr'),
  es: () => import('./summaries.es'),
  pt: () => import('./summaries.pt'),
  it: () => import('./summaries.it'),
  nl: () => import('./summaries.nl'),
};

/** The summaries in `lang`, or undefined for English (the catalogue's own). */
export async function loadSummaries(lang: Language): Promise<TypeSummaries | undefined> {
  return lang === 'en' ? undefined : (await LOADERS[lang]()).default;
}
