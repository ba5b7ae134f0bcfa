import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';

type OnDemandModule = typeof import('./onDemand');
let loading: Promise<OnDemandModule> | undefined;

/** Loads the on-demand module once, when a view first needs it. */
export function useOnDemandModule(): OnDemandModule | undefined {
  const [mod, setMod] = useState<OnDemandModule | undefined>();
  useEffect(() => {
    let live = true;
    loading ??= import('./onDemand');
    void loading.then((m) => live && setMod(m));
    return () => {
      live = false;
    };
  }, []);
  return mod;
}

/** Renders a component of the on-demand module, with a quiet placeholder while it loads. */
export function Lazy<P extends object>({ pick, props }: { pick: (m: OnDemandModule) => ComponentType<P>; props: P }) {
  const mod = useOnDemandModule();
  if (!mod) return <p class="muted">Loading…</p>;
  const C = pick(mod);
  return <C {...props} />;
}
