/**
 * Why a store (drafts, annotations, classes) cannot be opened, in the panel's language (the drafts area's words),
 * with a way to try again. Apart from drafts-gate.tsx so that the Class views show it without the drafts store.
 */
import type { StoreError } from '../../../lib/store/errors';
import { StoreProblem } from '../../drafts/StoreProblem';
import { useGateWords } from '../../drafts/store-words';
import { DraftsText } from '../../drafts/text';

function Problem({ error, retry }: { error: StoreError; retry(): void }) {
  return <StoreProblem error={error} retry={retry} words={useGateWords()} />;
}

export function GateProblem({ error, retry }: { error: StoreError; retry(): void }) {
  return (
    <DraftsText>
      <Problem error={error} retry={retry} />
    </DraftsText>
  );
}
