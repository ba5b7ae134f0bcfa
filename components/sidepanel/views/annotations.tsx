/** The areas that use both stores — annotations and export/import — behind one open/error gate. */
import type { ComponentChildren } from 'preact';
import type { AnnotationStore } from '../../../lib/store/annotations';
import type { DraftStore } from '../../../lib/store/drafts';
import { AnnotationEditor } from '../../annotations/AnnotationEditor';
import { AnnotationsView } from '../../annotations/AnnotationsView';
import { useAnnotationStore } from '../../annotations/useAnnotations';
import { StoreGate, StoreProblem } from '../../drafts/StoreGate';
import type { Route } from '../route';

export function BothStores({ children }: { children: (drafts: DraftStore, annotations: AnnotationStore) => ComponentChildren }) {
  const state = useAnnotationStore();
  if (state.status === 'loading') return <p class="muted">Opening your annotations…</p>;
  if (state.status === 'error') return <StoreProblem error={state.error} retry={state.retry} />;
  return <StoreGate>{(drafts) => children(drafts, state.store)}</StoreGate>;
}

export function AnnotationArea({ route }: { route: Extract<Route, { view: 'annotations' | 'annotation' }> }) {
  return (
    <BothStores>
      {(drafts, annotations) => route.view === 'annotations'
        ? <AnnotationsView store={annotations} />
        : <AnnotationEditor key={route.id} store={annotations} drafts={drafts} id={route.id} />}
    </BothStores>
  );
}

