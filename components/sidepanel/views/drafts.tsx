/** The drafts area: list, trash, editor, history, and "Add to draft…" on a catalogue type. */
import type { ComponentChildren } from 'preact';
import type { RelationshipType } from '../../../lib/catalogue/schema';
import type { DraftStore } from '../../../lib/store/drafts';
import { AddToDraft } from '../../drafts/AddToDraft';
import { DraftEditor } from '../../drafts/DraftEditor';
import { DraftList } from '../../drafts/DraftList';
import { EditorText } from '../../drafts/editor-text';
import { History } from '../../drafts/History';
import { StoreGate } from '../../drafts/StoreGate';
import { useGateWords } from '../../drafts/store-words';
import { DraftsText } from '../../drafts/text';
import { Trash } from '../../drafts/Trash';
import type { Route } from '../route';

/** The drafts store's gate, speaking the drafts area's language (it sits inside `DraftsText`). */
function DraftsGate({ children }: { children: (store: DraftStore) => ComponentChildren }) {
  return <StoreGate words={useGateWords()}>{children}</StoreGate>;
}

export function DraftViews({ route }: { route: Extract<Route, { view: 'drafts' | 'trash' | 'draft' | 'history' }> }) {
  return (
    <DraftsText>
      <DraftsGate>
        {(store) => {
          switch (route.view) {
            case 'drafts':
              return <DraftList store={store} />;
            case 'trash':
              return <Trash store={store} />;
            // The editor and history bring the editor's words; the list and trash never load them.
            case 'draft':
              return <EditorText><DraftEditor key={route.id} store={store} id={route.id} /></EditorText>;
            case 'history':
              return <EditorText><History key={route.id} store={store} id={route.id} /></EditorText>;
          }
        }}
      </DraftsGate>
    </DraftsText>
  );
}

export function AddToDraftView({ type }: { type: RelationshipType }) {
  return (
    <DraftsText>
      <DraftsGate>{(store) => <AddToDraft key={type.id} store={store} type={type} />}</DraftsGate>
    </DraftsText>
  );
}
