/** The drafts area: list, trash, editor, history, and "Add to draft…" on a catalogue type. */
import type { RelationshipType } from '../../../lib/catalogue/schema';
import { AddToDraft } from '../../drafts/AddToDraft';
import { DraftEditor } from '../../drafts/DraftEditor';
import { DraftList } from '../../drafts/DraftList';
import { History } from '../../drafts/History';
import { StoreGate } from '../../drafts/StoreGate';
import { DraftsText } from '../../drafts/text';
import { Trash } from '../../drafts/Trash';
import type { Route } from '../route';

export function DraftViews({ route }: { route: Extract<Route, { view: 'drafts' | 'trash' | 'draft' | 'history' }> }) {
  return (
    <DraftsText>
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
    </DraftsText>
  );
}

export function AddToDraftView({ type }: { type: RelationshipType }) {
  return <StoreGate>{(store) => <AddToDraft key={type.id} store={store} type={type} />}</StoreGate>;
}
