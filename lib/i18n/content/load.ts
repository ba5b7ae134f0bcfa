/**
 * Where the catalogue's long content comes from in each language. English is the catalogue data: the types'
 * pages come with the first view, its metrics with the phases (`lib/catalogue/phases-data.ts`), and the guide is
 * a chunk of its own. Every other language's type pages and guide are chunks of their own (`type-pages.de-….js`,
 * `guide.de-….js`), fetched the first time a type page, the comparison or the guide is shown in that language.
 */
import { METRICS } from '../../catalogue/metrics-data';
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

/** What a type page and the comparison show in one language besides the types' own fields. */
export interface CatalogueContent {
  lang: Language;
  /** The types' pages (undefined for English: the catalogue data is English). */
  pages: TypePages | undefined;
  metrics: readonly Metric[];
}

/** English content, there at once. */
export const ENGLISH_CONTENT: CatalogueContent = { lang: 'en', pages: undefined, metrics: METRICS };

const guides = new Map<Language, Promise<GuideTexts>>();
const contents = new Map<Language, Promise<CatalogueContent>>();

/** Remembers a load, and forgets it when it fails (an extension update mid-session) so the next view tries again. */
function once<T>(cache: Map<Language, Promise<T>>, lang: Language, load: () => Promise<T>): Promise<T> {
  let loading = cache.get(lang);
  if (!loading) {
    loading = load();
    loading.catch(() => cache.delete(lang));
    cache.set(lang, loading);
  }
  return loading;
}

/** The guide in `lang`, loaded once per panel. */
export function loadGuide(lang: Language): Promise<GuideTexts> {
  return once(guides, lang, () =>
    lang === 'en' ? import('../../catalogue/guide-data').then((m) => m.GUIDE) : GUIDES[lang]().then((m) => m.default));
}

/** The type pages and metrics of `lang`, loaded once per panel (the translated metrics are the guide's). */
export function loadCatalogueContent(lang: Language): Promise<CatalogueContent> {
  if (lang === 'en') return Promise.resolve(ENGLISH_CONTENT);
  return once(contents, lang, () =>
    Promise.all([TYPE_PAGES[lang](), loadGuide(lang)]).then(([pages, guide]) => ({ lang, pages: pages.default, metrics: guide.metrics })));
}

/** The type with its page in the content's language (name and summary come localised already). */
export function withPage(type: RelationshipType, content: CatalogueContent): RelationshipType {
  const page: TypePage | undefined = content.pages?.[type.id];
  return page ? { ...type, ...page } : type;
}

/** A metric's name, short form and description in the content's language. */
export function metricIn(content: CatalogueContent, id: MetricId): Metric | undefined {
  return content.metrics.find((m) => m.id === id);
}
