import { useEffect, useState } from 'preact/hooks';
import { AnnotationStore } from '../../lib/store/annotations';
import type { StoreError } from '../../lib/store/errors';

// One connection per panel, opened when an annotations view first needs it.
let opening: ReturnType<typeof AnnotationStore.open> | undefined;

const openOnce = () =>
  (opening ??= AnnotationStore.open({ onOutdated: () => (opening = undefined) }).then((result) => {
    if (!result.ok) opening = undefined; // "Try again" reopens
    return result;
  }));

export type AnnotationStoreState =
  | { status: 'loading' }
  | { status: 'ready'; store: AnnotationStore }
  | { status: 'error'; error: StoreError; retry(): void };

export function useAnnotationStore(): AnnotationStoreState {
  const [state, setState] = useState<AnnotationStoreState>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    let live = true;
    void openOnce().then((r) => {
      if (live) setState(r.ok ? { status: 'ready', store: r.value } : { status: 'error', error: r.error, retry: () => setAttempt((n) => n + 1) });
    });
    return () => {
      live = false;
    };
  }, [attempt]);
  return state;
}
