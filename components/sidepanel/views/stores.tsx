/**
 * The gate for areas that use both stores — annotations and export/import. Its own module so that the
 * export/import area loads the gate without the annotation views.
 */
import type { ComponentChildren } from 'preact';
import type { AnnotationStore } from '../../../lib/store/annotations';
import type { DraftStore } from '../../../lib/store/drafts';
import { useAnnotationStore } from '../../annotations/useAnnotations';
import { useDraftsText } from '../../drafts/text';
import { DraftsGate } from './drafts-gate';
import { GateProblem } from './store-problem';

type Children = (drafts: DraftStore, annotations: AnnotationStore) => ComponentChildren;

/** The annotation store beside the open drafts store, its opening and problems worded like the drafts gate's. */
function Annotations({ drafts, children }: { drafts: DraftStore; children: Children }) {
  const t = useDraftsText();
  const state = useAnnotationStore();
  if (state.status === 'loading') return <p class="muted">{t('store.openingAnnotations')}</p>;
  if (state.status === 'error') return <GateProblem error={state.error} retry={state.retry} />;
  return <>{children(drafts, state.store)}</>;
}

export function BothStores({ children }: { children: Children }) {
  return <DraftsGate>{(drafts) => <Annotations drafts={drafts}>{children}</Annotations>}</DraftsGate>;
}
