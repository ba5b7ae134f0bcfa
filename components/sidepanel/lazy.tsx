import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';

type DraftsModule = typeof import('../drafts/index');
let loading: Promise<DraftsModule> | undefined;

/** Loads the drafts module once, when a view first needs it. */
export function useDraftsModule(): DraftsModule | undefined {
  const [mod, setMod] = useState<DraftsModule | undefined>();
  useEffect(() => {
    let live = true;
    loading ??= import('../drafts/index');
    void loading.then((m) => live && setMod(m));
    return () => {
      live = false;
    };
  }, []);
  return mod;
}

/** Renders a component of the drafts module, with a quiet placeholder while it loads. */
export function Lazy<P extends object>({ pick, props }: { pick: (m: DraftsModule) => ComponentType<P>; props: P }) {
  const mod = useDraftsModule();
  if (!mod) return <p class="muted">Loading…</p>;
  const C = pick(mod);
  return <C {...props} />;
}
