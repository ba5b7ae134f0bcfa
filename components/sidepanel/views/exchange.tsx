/** The export/import area. */
import { ExchangeView } from '../../exchange/ExchangeView';
import type { Route } from '../route';
import { BothStores } from './stores';

export function ExchangeArea({ route }: { route: Extract<Route, { view: 'exchange' }> }) {
  return <BothStores>{(drafts, annotations) => <ExchangeView drafts={drafts} annotations={annotations} draftId={route.draftId} />}</BothStores>;
}
