/**
 * The gate for areas that use both stores — annotations and export/import. Its own module so that the
 * export/import area loads the gate without the annotation views.
 */
import type { ComponentChildren } from 'preact';
import type { AnnotationStore } from '../../../lib/store/annotations';
import type { DraftStore } from '../../../lib/store/drafts';
import { useAnnotationStore } from '../../annotations/useAnnotations';
import { StoreGate, StoreProblem } from '../../drafts/StoreGate';

export function BothStores({ children }: { children: (drafts: DraftStore, annotations: AnnotationStore) => ComponentChildren }) {
  const state = useAnnotationStore();
  if (state.status === 'loading') return <p class="muted">Opening your annotations…</p>;
  if (state.status === 'error') return <StoreProblem error={state.error} retry={state.retry} />;
  return <StoreGate>{(drafts) => children(drafts, state.store)}</StoreGate>;
}
