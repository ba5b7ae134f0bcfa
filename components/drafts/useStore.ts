import { useEffect, useState } from 'preact/hooks';
import { measureSince } from '../../lib/perf';
import { watchStore } from '../../lib/store/changes';
import { DraftStore } from '../../lib/store/drafts';
import type { Result, StoreError } from '../../lib/store/errors';
import type { StoreChanged } from '../../lib/messages';

// One connection per panel, opened when a drafts view first needs it.
let opening: ReturnType<typeof DraftStore.open> | undefined;

function openOnce() {
  const started = performance.now();
  opening ??= DraftStore.open({
    onOutdated: () => {
      opening = undefined;
    },
  }).then((result) => {
    measureSince('crc:db-open', started);
    if (!result.ok) opening = undefined; // let "Try again" reopen
    return result;
  });
  return opening;
}

export type OpenState<T> =
  | { status: 'loading' }
  | { status: 'ready'; store: T }
  | { status: 'error'; error: StoreError; retry(): void };
export type StoreState = OpenState<DraftStore>;

/** A store opened once per panel by `open`; errors come back as a state with a retry. */
export function useOpened<T>(open: () => Promise<Result<T>>): OpenState<T> {
  const [state, setState] = useState<OpenState<T>>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    let live = true;
    void open().then((result) => {
      if (!live) return;
      setState(result.ok ? { status: 'ready', store: result.value } : { status: 'error', error: result.error, retry: () => setAttempt((n) => n + 1) });
    });
    return () => {
      live = false;
    };
  }, [attempt]);
  return state;
}

/** The drafts store, opened once per panel. */
export const useStore = (): StoreState => useOpened(openOnce);

/** Re-runs `onChange` whenever any window writes to the store. */
export function useStoreChanges(onChange: (change: StoreChanged) => void, deps: unknown[]): void {
  useEffect(() => watchStore(onChange), deps);
}
