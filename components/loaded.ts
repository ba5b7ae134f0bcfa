import { useEffect, useState } from 'preact/hooks';
import type { Language } from '../lib/i18n/languages';
import { useI18n } from './i18n';

/**
 * A value loaded per language, or undefined while it loads (the view shows "Loading…" rather than English
 * first). What was fetched once shows at once when the view comes back; a failed load falls back to English.
 */
export function useLoaded<T>(load: (lang: Language) => Promise<T>, ready: Map<Language, T>): T | undefined {
  const { lang } = useI18n();
  const [shown, setShown] = useState(() => ({ lang, value: ready.get(lang) }));
  useEffect(() => {
    if (ready.has(lang)) return setShown({ lang, value: ready.get(lang) });
    let live = true;
    const done = (value: T) => {
      ready.set(lang, value);
      if (live) setShown({ lang, value });
    };
    load(lang).then(done, () => load('en').then(done));
    return () => {
      live = false;
    };
  }, [lang]);
  return shown.lang === lang ? shown.value : undefined;
}
