/**
 * Where the catalogue's long content comes from in each language: English is the catalogue data (bundled with
 * the first view); every other language's type pages and guide are chunks of their own (`type-pages.de-….js`,
 * `guide.de-….js`), fetched the first time a type page, the comparison or the guide is shown in that language.
 */
import { GUIDE } from '../../catalogue';
import type { Metric, MetricId, RelationshipType } from '../../catalogue/schema';
import type { Language } from '../languages';
import type { GuideTexts, TypePage, TypePages } from './pages';

type Other = Exclude<Language, 'en'>;
type Loaders<T> = Record<Other, () => Promise<{ default: T }>>;

const TYPE_PAGES: Loaders<TypePages> = {
  de: () => import('./type-pages.de'),
  fr: () => import('./type-pages.fr'),
  es: () => import('./type-pages.es'),
  pt: () => import('./type-pages.pt'),
  it: () => import('./type-pages.it'),
  nl: () => import('./type-pages.nl'),
};

const GUIDES: Loaders<GuideTexts> = {
  de: () => import('./guide.de'),
  fr: () => import('./guide.fr'),
  es: () => import('./guide.es'),
  pt: () => import('./guide.pt'),
  it: () => import('./guide.it'),
  nl: () => import('./guide.nl'),
};

/** A language's catalogue content: its guide and, except for English (the data itself), its type pages. */
export interface CatalogueContent {
  lang: Language;
  guide: GuideTexts;
  pages: TypePages | undefined;
}

const loaded = new Map<Language, Promise<CatalogueContent>>();

/** The content of `lang`, loaded once per panel; English resolves at once. */
export function loadCatalogueContent(lang: Language): Promise<CatalogueContent> {
  if (lang === 'en') return Promise.resolve({ lang, guide: GUIDE, pages: undefined });
  let content = loaded.get(lang);
  if (!content) {
    content = Promise.all([TYPE_PAGES[lang](), GUIDES[lang]()]).then(([pages, guide]) => ({ lang, guide: guide.default, pages: pages.default }));
    // A failed fetch (an extension update mid-session) is tried again next time rather than remembered.
    content.catch(() => loaded.delete(lang));
    loaded.set(lang, content);
  }
  return content;
}

/** The type with its page in the content's language (name and summary come localised already). */
export function withPage(type: RelationshipType, content: CatalogueContent): RelationshipType {
  const page: TypePage | undefined = content.pages?.[type.id];
  return page ? { ...type, ...page } : type;
}

/** A metric's name, short form and description in the content's language. */
export function metricIn(content: CatalogueContent, id: MetricId): Metric | undefined {
  return content.guide.metrics.find((m) => m.id === id);
}
