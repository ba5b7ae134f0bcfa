/** A draft's editor and its history, with the editor's words (loaded with them in the panel's language). */
import { DraftEditor } from '../../drafts/DraftEditor';
import { EditorText } from '../../drafts/editor-text';
import { History } from '../../drafts/History';
import type { Route } from '../route';
import { DraftsGate } from './drafts-gate';

export function EditorViews({ route }: { route: Extract<Route, { view: 'draft' | 'history' }> }) {
  return (
    <DraftsGate>
      {(store) => (
        <EditorText>
          {route.view === 'history' ? <History key={route.id} store={store} id={route.id} /> : <DraftEditor key={route.id} store={store} id={route.id} />}
        </EditorText>
      )}
    </DraftsGate>
  );
}
