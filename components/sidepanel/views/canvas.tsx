/** The Canvas area ("Use on this site", "Read this board", "Analyse notes"). */
import { CanvasView } from '../../canvas/CanvasView';
import { StoreGate } from '../../drafts/StoreGate';

export function CanvasArea({ readTab }: { readTab?: number | undefined }) {
  return <StoreGate>{(store) => <CanvasView store={store} readTab={readTab} />}</StoreGate>;
}
