import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { useI18n } from '../i18n';

/**
 * Views other than the catalogue are separate chunks, loaded the first time they are shown: each area (drafts,
 * advisor, canvas, annotations, export/import) brings only its own code, and shared code (store, schemas) once.
 */
export type Loader<P> = () => Promise<ComponentType<P>>;

const loaded = new Map<Loader<never>, Promise<ComponentType<never>>>();

/** Renders the view `load` resolves to, with a quiet placeholder while its chunk loads. */
export function Lazy<P extends object>({ load, props }: { load: Loader<P>; props: P }) {
  const { t } = useI18n();
  const [View, setView] = useState<ComponentType<P> | undefined>();
  useEffect(() => {
    let live = true;
    let promise = loaded.get(load as Loader<never>) as Promise<ComponentType<P>> | undefined;
    if (!promise) {
      promise = load();
      loaded.set(load as Loader<never>, promise as Promise<ComponentType<never>>);
    }
    void promise.then((view) => live && setView(() => view));
    return () => {
      live = false;
    };
  }, [load]);
  if (!View) return <p class="muted">{t('app.loading')}</p>;
  return <View {...props} />;
}
