import { isOwnUi } from '../own-ui';

/**
 * Re-runs a scan when the page changes: debounced (a burst of edits costs one scan), with a ceiling on how
 * long a continuous storm can postpone it, paused while the tab is hidden, never throwing into the page.
 */
export interface WatchOptions {
  /** Quiet time after the last change before scanning. */
  debounceMs?: number;
  /** A scan happens at least this often while changes keep coming. */
  maxWaitMs?: number;
  /** Told how long each observer callback took (ms), so its cost can be measured. */
  onObserved?: (ms: number) => void;
}

export function watchPage(doc: Document, scan: () => void, options: WatchOptions = {}): () => void {
  const debounceMs = options.debounceMs ?? 400;
  const maxWaitMs = options.maxWaitMs ?? 2000;
  const view = doc.defaultView;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let firstChange = 0;

  const run = () => {
    timer = undefined;
    firstChange = 0;
    try {
      scan();
    } catch {
      // a failed scan must not break the page; the next change tries again
    }
  };

  // Changes inside our own UI (the chip, the reader's card) are not page changes.
  const isOurs = (node: Node | null): boolean => {
    for (let n: Node | null = node; n; n = n.parentNode) if (isOwnUi(n)) return true;
    return false;
  };

  const observer = new (view?.MutationObserver ?? MutationObserver)((records) => {
    const started = performance.now();
    if (!records.every((r) => isOurs(r.target) || [...r.addedNodes, ...r.removedNodes].some(isOurs))) {
      const now = Date.now();
      if (!firstChange) firstChange = now;
      if (timer !== undefined) clearTimeout(timer);
      timer = setTimeout(run, now - firstChange >= maxWaitMs ? 0 : debounceMs);
    }
    options.onObserved?.(performance.now() - started);
  });

  const observe = () => observer.observe(doc.documentElement, { childList: true, subtree: true, characterData: true });
  const onVisibility = () => {
    if (doc.visibilityState === 'hidden') {
      observer.disconnect();
      if (timer !== undefined) clearTimeout(timer);
      timer = undefined;
    } else {
      observe();
      run(); // catch up on what changed while hidden
    }
  };

  if (doc.visibilityState !== 'hidden') observe();
  doc.addEventListener('visibilitychange', onVisibility);
  return () => {
    observer.disconnect();
    if (timer !== undefined) clearTimeout(timer);
    doc.removeEventListener('visibilitychange', onVisibility);
  };
}
