/**
 * The languages the product speaks: the seven its canvas detection reads. English is the source of truth and
 * is always bundled; the others load on demand, one chunk per language and area.
 */
import { LANGUAGES, type Language } from '../catalogue/ids';

export { LANGUAGES, type Language };

/** Each language named in itself, as a language picker shows it. */
export const LANGUAGE_NAMES: Record<Language, string> = {
  en: 'English', de: 'Deutsch', fr: 'Français', es: 'Español', pt: 'Português', it: 'Italiano', nl: 'Nederlands',
};

/** What the user chose: follow the browser, follow the canvas page (the chip), or one language. */
export type LanguageChoice = 'browser' | 'page' | Language;
export const LANGUAGE_CHOICES: readonly LanguageChoice[] = ['browser', 'page', ...LANGUAGES];

export function isLanguageChoice(value: unknown): value is LanguageChoice {
  return typeof value === 'string' && (LANGUAGE_CHOICES as readonly string[]).includes(value);
}

/** The product language for a BCP-47 tag ("de-AT" → "de"), or undefined for a language we do not speak. */
export function matchLanguage(tag: string | undefined): Language | undefined {
  const primary = tag?.trim().toLowerCase().split(/[-_]/)[0];
  return (LANGUAGES as readonly string[]).includes(primary ?? '') ? (primary as Language) : undefined;
}

/**
 * The language to speak: the user's choice, else (for "page") the canvas's language, else the first of the
 * browser's languages we speak, else English.
 */
export function resolveLanguage(choice: LanguageChoice, browserTags: readonly string[], pageTag?: string): Language {
  if (choice !== 'browser' && choice !== 'page') return choice;
  if (choice === 'page') {
    const page = matchLanguage(pageTag);
    if (page) return page;
  }
  for (const tag of browserTags) {
    const found = matchLanguage(tag);
    if (found) return found;
  }
  return 'en';
}
