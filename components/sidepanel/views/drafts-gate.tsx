/**
 * The drafts store's gate in the drafts area's language, shared by every view that opens the drafts store (drafts,
 * editor, advisor, canvas, annotations, exchange): the store problems are worded there, whatever the view's area.
 */
import type { ComponentChildren } from 'preact';
import type { DraftStore } from '../../../lib/store/drafts';
import { StoreGate } from '../../drafts/StoreGate';
import { useGateWords } from '../../drafts/store-words';
import { DraftsText } from '../../drafts/text';

function Gate({ children }: { children: (store: DraftStore) => ComponentChildren }) {
  return <StoreGate words={useGateWords()}>{children}</StoreGate>;
}

/** The open drafts store for `children`, everything below speaking the drafts area's language. */
export function DraftsGate({ children }: { children: (store: DraftStore) => ComponentChildren }) {
  return (
    <DraftsText>
      <Gate>{children}</Gate>
    </DraftsText>
  );
}
