/** The annotations area, behind the gate both stores share (stores.tsx). */
import { AnnotationEditor } from '../../annotations/AnnotationEditor';
import { AnnotationsView } from '../../annotations/AnnotationsView';
import type { Route } from '../route';
import { BothStores } from './stores';

export function AnnotationArea({ route }: { route: Extract<Route, { view: 'annotations' | 'annotation' }> }) {
  return (
    <BothStores>
      {(drafts, annotations) => route.view === 'annotations'
        ? <AnnotationsView store={annotations} />
        : <AnnotationEditor key={route.id} store={annotations} drafts={drafts} id={route.id} />}
    </BothStores>
  );
}

