/** A store's problem with a way to try again: apart from the gate, so views of other stores show it without the drafts store. */
import type { StoreError } from '../../lib/store/errors';

/** What the gate says, in the panel's language (./store-words; views/drafts-gate.tsx passes them). */
export interface GateWords {
  opening: string;
  retry: string;
  problem(error: StoreError<unknown>): string;
}

/** Why stored data cannot be shown, with a way to try again. */
export function StoreProblem({ error, retry, words }: { error: StoreError; retry(): void; words: GateWords }) {
  return (
    <div class="notice error" role="alert">
      <p>{words.problem(error)}</p>
      <button type="button" onClick={retry}>{words.retry}</button>
    </div>
  );
}
