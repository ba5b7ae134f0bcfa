/**
 * The drafts store's gate in the drafts area's language, shared by every view that opens a store (drafts, editor,
 * advisor, canvas, annotations, exchange, class): the store problems are worded there, whatever the view's area.
 */
import type { ComponentChildren } from 'preact';
import type { DraftStore } from '../../../lib/store/drafts';
import type { StoreError } from '../../../lib/store/errors';
import { StoreGate, StoreProblem } from '../../drafts/StoreGate';
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

function Problem({ error, retry }: { error: StoreError; retry(): void }) {
  return <StoreProblem error={error} retry={retry} words={useGateWords()} />;
}

/** Why another store (annotations, classes) cannot be opened, in the panel's language, with a way to try again. */
export function GateProblem({ error, retry }: { error: StoreError; retry(): void }) {
  return (
    <DraftsText>
      <Problem error={error} retry={retry} />
    </DraftsText>
  );
}
