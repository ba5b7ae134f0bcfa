/**
 * Which OCR language data to load: English always (block labels and most boards), plus the board's language
 * when the extension ships data for it. Nothing else loads, so a read fetches one or two files.
 */

/** Language data shipped in the extension (scripts/ocr-assets.mjs copies these), by BCP-47 primary tag. */
export const OCR_DATA: Readonly<Record<string, { code: string; name: string }>> = {
  en: { code: 'eng', name: 'English' },
  de: { code: 'deu', name: 'Deutsch' },
  fr: { code: 'fra', name: 'Français' },
  es: { code: 'spa', name: 'Español' },
  pt: { code: 'por', name: 'Português' },
  it: { code: 'ita', name: 'Italiano' },
  nl: { code: 'nld', name: 'Nederlands' },
};

export interface LanguageChoice {
  /** Tesseract codes to load, English first. */
  codes: string[];
  /** The board's language when no data ships for it (the read goes on in English). */
  missing?: string;
}

/** Primary tag of a BCP-47 language ("de-AT" → "de"); undefined for "und" or nonsense. */
export function primaryTag(lang: string | undefined): string | undefined {
  const tag = lang?.trim().toLowerCase().split(/[-_]/)[0];
  return tag && /^[a-z]{2,3}$/.test(tag) && tag !== 'und' ? tag : undefined;
}

/** The data to load for a board: the user's choice wins over the page's language. */
export function chooseLanguages(pageLanguage: string | undefined, chosen: string | undefined): LanguageChoice {
  const tag = primaryTag(chosen) ?? primaryTag(pageLanguage);
  if (!tag || tag === 'en') return { codes: ['eng'] };
  const data = OCR_DATA[tag];
  return data ? { codes: ['eng', data.code] } : { codes: ['eng'], missing: tag };
}
