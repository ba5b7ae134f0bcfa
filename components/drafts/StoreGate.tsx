import type { ComponentChildren } from 'preact';
import type { StoreError } from '../../lib/store/errors';
import type { DraftStore } from '../../lib/store/drafts';
import { useStore } from './useStore';

/** Why stored data cannot be shown, with a way to try again. */
export function StoreProblem({ error, retry }: { error: StoreError; retry(): void }) {
  return (
    <div class="notice error" role="alert">
      <p>{error.message}</p>
      <button type="button" onClick={retry}>Try again</button>
    </div>
  );
}

/** Renders `children` with the open store, or says clearly why drafts are unavailable. */
export function StoreGate({ children }: { children: (store: DraftStore) => ComponentChildren }) {
  const state = useStore();
  if (state.status === 'loading') return <p class="muted">Opening your drafts…</p>;
  if (state.status === 'error') return <StoreProblem error={state.error} retry={state.retry} />;
  return <>{children(state.store)}</>;
}
