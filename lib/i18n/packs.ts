/**
 * What the side panel's first view needs in a language other than English, as one chunk per language: the
 * frame and catalogue messages and the types' names and summaries. Areas shown later bring their own.
 */
import type { Messages } from './catalogue';
import type { TypeTexts } from './content/types';
import type { Language } from './languages';

export interface LanguagePack {
  core: Messages<'core'>;
  types: TypeTexts;
}

const PACKS: Record<Exclude<Language, 'en'>, () => Promise<{ default: LanguagePack }>> = {
  de: () => import('./packs/de'),
  fr: () => import('./packs/fr'),
  es: () => import('./packs/es'),
  pt: () => import('./packs/pt'),
  it: () => import('./packs/it'),
  nl: () => import('./packs/nl'),
};

export async function loadPack(lang: Exclude<Language, 'en'>): Promise<LanguagePack> {
  return (await PACKS[lang]()).default;
}
