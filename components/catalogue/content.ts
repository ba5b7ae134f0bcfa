import { ENGLISH_CONTENT, loadCatalogueContent, loadGuide, type CatalogueContent } from '../../lib/i18n/content/load';
import type { GuideTexts } from '../../lib/i18n/content/pages';
import type { Language } from '../../lib/i18n/languages';
import { useLoaded } from '../loaded';

const contents = new Map<Language, CatalogueContent>([['en', ENGLISH_CONTENT]]);
const guides = new Map<Language, GuideTexts>();

/** The type pages and metrics in the panel's language (English at once). */
export const useCatalogueContent = () => useLoaded(loadCatalogueContent, contents);

/** The guide in the panel's language. */
export const useGuide = () => useLoaded(loadGuide, guides);
