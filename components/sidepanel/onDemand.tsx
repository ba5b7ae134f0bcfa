/**
 * Everything that needs the drafts store (and zod): loaded on demand, so the catalogue — the panel's first
 * view — stays small and fast.
 */
import type { RelationshipType } from '../../lib/catalogue/schema';
import { AdvisorView } from '../advice/AdvisorView';
import { CanvasView } from '../canvas/CanvasView';
import { AddToDraft } from '../drafts/AddToDraft';
import { DraftEditor } from '../drafts/DraftEditor';
import { DraftList } from '../drafts/DraftList';
import { History } from '../drafts/History';
import { StoreGate } from '../drafts/StoreGate';
import { Trash } from '../drafts/Trash';
import { AnnotationEditor } from '../annotations/AnnotationEditor';
import { AnnotationsView } from '../annotations/AnnotationsView';
import { useAnnotationStore } from '../annotations/useAnnotations';
import { ExchangeView } from '../exchange/ExchangeView';
import type { Route } from './route';

/** The views that work on stored drafts, behind the store's open/error gate. */
export function StoreViews({ route }: { route: Extract<Route, { view: 'drafts' | 'trash' | 'draft' | 'history' | 'advisor' | 'canvas' }> }) {
  return (
    <StoreGate>
      {(store) => {
        switch (route.view) {
          case 'drafts':
            return <DraftList store={store} />;
          case 'trash':
            return <Trash store={store} />;
          case 'draft':
            return <DraftEditor key={route.id} store={store} id={route.id} />;
          case 'history':
            return <History key={route.id} store={store} id={route.id} />;
          case 'canvas':
            return <CanvasView store={store} />;
          case 'advisor':
            return <AdvisorView store={store} draftId={route.draftId} segmentId={route.segmentId} />;
        }
      }}
    </StoreGate>
  );
}

export function AddToDraftView({ type }: { type: RelationshipType }) {
  return <StoreGate>{(store) => <AddToDraft key={type.id} store={store} type={type} />}</StoreGate>;
}

/** The views that use both stores (annotations, export/import), behind the same open/error gate. */
export function AnnotationViews({ route }: { route: Extract<Route, { view: 'annotations' | 'annotation' | 'exchange' }> }) {
  const state = useAnnotationStore();
  if (state.status === 'loading') return <p class="muted">Opening your annotations…</p>;
  if (state.status === 'error') {
    return (
      <div class="notice error" role="alert">
        <p>{state.error.message}</p>
        <button type="button" onClick={state.retry}>Try again</button>
      </div>
    );
  }
  return (
    <StoreGate>
      {(drafts) => route.view === 'annotations'
        ? <AnnotationsView store={state.store} />
        : route.view === 'exchange'
          ? <ExchangeView drafts={drafts} annotations={state.store} draftId={route.draftId} />
          : <AnnotationEditor key={route.id} store={state.store} drafts={drafts} id={route.id} />}
    </StoreGate>
  );
}
