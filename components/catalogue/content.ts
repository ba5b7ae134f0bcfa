import { useEffect, useState } from 'preact/hooks';
import { loadCatalogueContent, type CatalogueContent } from '../../lib/i18n/content/load';
import type { Language } from '../../lib/i18n/languages';
import { useI18n } from '../i18n';

/** Content already fetched, so a view shown again renders at once instead of flashing "Loading…". */
const ready = new Map<Language, CatalogueContent>();

/**
 * The catalogue's long content in the panel's language, or undefined while its chunk loads (the view shows
 * "Loading…" rather than English first). A failed load falls back to English, which is bundled.
 */
export function useCatalogueContent(): CatalogueContent | undefined {
  const { lang } = useI18n();
  const [shown, setShown] = useState(() => ({ lang, content: ready.get(lang) }));
  useEffect(() => {
    if (ready.has(lang)) return setShown({ lang, content: ready.get(lang) });
    let live = true;
    const done = (content: CatalogueContent) => {
      ready.set(lang, content);
      if (live) setShown({ lang, content });
    };
    loadCatalogueContent(lang).then(done, () => loadCatalogueContent('en').then(done));
    return () => {
      live = false;
    };
  }, [lang]);
  return shown.lang === lang ? shown.content : undefined;
}
