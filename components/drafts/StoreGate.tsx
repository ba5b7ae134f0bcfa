import type { ComponentChildren } from 'preact';
import type { StoreError } from '../../lib/store/errors';
import type { DraftStore } from '../../lib/store/drafts';
import { useStore } from './useStore';

/** What the gate says, in the panel's language (./store-words; views/drafts-gate.tsx passes them). */
export interface GateWords {
  opening: string;
  retry: string;
  problem(error: StoreError<unknown>): string;
}

/** Why stored data cannot be shown, with a way to try again. */
export function StoreProblem({ error, retry, words }: { error: StoreError; retry(): void; words: GateWords }) {
  return (
    <div class="notice error" role="alert">
      <p>{words.problem(error)}</p>
      <button type="button" onClick={retry}>{words.retry}</button>
    </div>
  );
}

/** Renders `children` with the open store, or says clearly why drafts are unavailable. */
export function StoreGate({ children, words }: { children: (store: DraftStore) => ComponentChildren; words: GateWords }) {
  const state = useStore();
  if (state.status === 'loading') return <p class="muted">{words.opening}</p>;
  if (state.status === 'error') return <StoreProblem error={state.error} retry={state.retry} words={words} />;
  return <>{children(state.store)}</>;
}
