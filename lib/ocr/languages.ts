/**
 * Which OCR language data to load: English always (block labels and most boards), plus the board's language
 * when the extension ships data for it. Nothing else loads, so a read fetches one or two files.
 */

/**
 * Language data shipped in the extension (scripts/ocr-assets.mjs copies these), by BCP-47 primary tag. Names
 * are not kept here: the picker names each language in the reader's own language (`languageName`).
 */
export const OCR_DATA: Readonly<Record<string, { code: string }>> = {
  en: { code: 'eng' },
  de: { code: 'deu' },
  fr: { code: 'fra' },
  es: { code: 'spa' },
  pt: { code: 'por' },
  it: { code: 'ita' },
  nl: { code: 'nld' },
};

/** Read on every board, whatever its language: block labels are often the template's English ones. */
export const ALWAYS_READ = 'eng';

export interface LanguageChoice {
  /** Tesseract codes to load, English first. */
  codes: string[];
  /** The same languages as BCP-47 tags, for naming them to the user. */
  tags: string[];
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
  if (!tag || tag === 'en') return { codes: [ALWAYS_READ], tags: ['en'] };
  const data = OCR_DATA[tag];
  return data ? { codes: [ALWAYS_READ, data.code], tags: ['en', tag] } : { codes: [ALWAYS_READ], tags: ['en'], missing: tag };
}

/** `tag` named in the language `inLanguage` ("de" in French: "allemand"); the tag itself when Intl cannot name it. */
export function languageName(tag: string, inLanguage: string): string {
  try {
    return new Intl.DisplayNames([inLanguage], { type: 'language' }).of(tag) ?? tag;
  } catch {
    return tag; // not a well-formed tag
  }
}

/** Several languages named and joined as `inLanguage` writes a list ("English and German", "Englisch und Deutsch"). */
export function languageList(tags: readonly string[], inLanguage: string): string {
  return new Intl.ListFormat([inLanguage], { type: 'conjunction' }).format(tags.map((t) => languageName(t, inLanguage)));
}
