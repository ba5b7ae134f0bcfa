/** The Advisor area (guided questions and ranking). */
import { AdvisorView } from '../../advice/AdvisorView';
import { StoreGate } from '../../drafts/StoreGate';
import type { Route } from '../route';

export function AdvisorArea({ route }: { route: Extract<Route, { view: 'advisor' }> }) {
  return <StoreGate>{(store) => <AdvisorView store={store} draftId={route.draftId} segmentId={route.segmentId} />}</StoreGate>;
}
