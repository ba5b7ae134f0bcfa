/** The Canvas area ("Use on this site", "Read this board", "Analyse notes"). */
import { CanvasView } from '../../canvas/CanvasView';
import { DraftsGate } from './drafts-gate';

export function CanvasArea({ readTab }: { readTab?: number | undefined }) {
  return <DraftsGate>{(store) => <CanvasView store={store} readTab={readTab} />}</DraftsGate>;
}
