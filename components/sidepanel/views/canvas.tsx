/** The Canvas area ("Use on this site", "Analyse notes"). */
import { CanvasView } from '../../canvas/CanvasView';
import { StoreGate } from '../../drafts/StoreGate';

export function CanvasArea() {
  return <StoreGate>{(store) => <CanvasView store={store} />}</StoreGate>;
}
