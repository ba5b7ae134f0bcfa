/**
 * The drafts list and trash, and "Add to draft…" on a catalogue type. The editor and history are an area of
 * their own (./editor): the list loads neither their code nor their words.
 */
import type { RelationshipType } from '../../../lib/catalogue/schema';
import { AddToDraft } from '../../drafts/AddToDraft';
import { DraftList } from '../../drafts/DraftList';
import { Trash } from '../../drafts/Trash';
import type { Route } from '../route';
import { DraftsGate } from './drafts-gate';

export function DraftViews({ route }: { route: Extract<Route, { view: 'drafts' | 'trash' }> }) {
  return <DraftsGate>{(store) => (route.view === 'trash' ? <Trash store={store} /> : <DraftList store={store} />)}</DraftsGate>;
}

export function AddToDraftView({ type }: { type: RelationshipType }) {
  return <DraftsGate>{(store) => <AddToDraft key={type.id} store={store} type={type} />}</DraftsGate>;
}
