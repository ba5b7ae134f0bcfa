/**
 * The drafts views, loaded on demand so the catalogue (the panel's first view) stays small and fast.
 */
import type { RelationshipType } from '../../lib/catalogue/schema';
import type { Route } from '../sidepanel/route';
import { AddToDraft } from './AddToDraft';
import { DraftEditor } from './DraftEditor';
import { DraftList } from './DraftList';
import { History } from './History';
import { StoreGate } from './StoreGate';
import { Trash } from './Trash';

export function DraftsView({ route }: { route: Extract<Route, { view: 'drafts' | 'trash' | 'draft' | 'history' }> }) {
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
        }
      }}
    </StoreGate>
  );
}

export function AddToDraftView({ type }: { type: RelationshipType }) {
  return <StoreGate>{(store) => <AddToDraft key={type.id} store={store} type={type} />}</StoreGate>;
}
