/** The Advisor area (guided questions and ranking). */
import { AdvisorView } from '../../advice/AdvisorView';
import type { Route } from '../route';
import { DraftsGate } from './drafts-gate';

export function AdvisorArea({ route }: { route: Extract<Route, { view: 'advisor' }> }) {
  return <DraftsGate>{(store) => <AdvisorView store={store} draftId={route.draftId} segmentId={route.segmentId} />}</DraftsGate>;
}
