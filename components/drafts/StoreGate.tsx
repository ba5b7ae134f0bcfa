import type { ComponentChildren } from 'preact';
import type { DraftStore } from '../../lib/store/drafts';
import { useStore } from './useStore';

/** Renders `children` with the open store, or says clearly why drafts are unavailable. */
export function StoreGate({ children }: { children: (store: DraftStore) => ComponentChildren }) {
  const state = useStore();
  if (state.status === 'loading') return <p class="muted">Opening your drafts…</p>;
  if (state.status === 'error') {
    return (
      <div class="notice error" role="alert">
        <p>{state.error.message}</p>
        <button type="button" onClick={state.retry}>Try again</button>
      </div>
    );
  }
  return <>{children(state.store)}</>;
}
