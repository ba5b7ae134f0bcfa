import type { ComponentChildren } from 'preact';
import type { DraftStore } from '../../lib/store/drafts';
import { StoreProblem, type GateWords } from './StoreProblem';
import { useStore } from './useStore';

/** Renders `children` with the open store, or says clearly why drafts are unavailable. */
export function StoreGate({ children, words }: { children: (store: DraftStore) => ComponentChildren; words: GateWords }) {
  const state = useStore();
  if (state.status === 'loading') return <p class="muted">{words.opening}</p>;
  if (state.status === 'error') return <StoreProblem error={state.error} retry={state.retry} words={words} />;
  return <>{children(state.store)}</>;
}
