import { STORE_CHANNEL, parseStoreChanged, type StoreChanged } from '../messages';

/**
 * Calls `onChange` whenever any panel or window (this one included) commits a write to the store.
 * Messages are validated; junk is ignored. Returns the function that stops listening.
 */
export function watchStore(onChange: (change: StoreChanged) => void): () => void {
  if (typeof BroadcastChannel === 'undefined') return () => {};
  const channel = new BroadcastChannel(STORE_CHANNEL);
  channel.onmessage = (event: MessageEvent) => {
    const change = parseStoreChanged(event.data);
    if (change) onChange(change);
  };
  return () => channel.close();
}

/** Tells every panel and window (this one included) about a committed write. */
export function broadcast(change: StoreChanged): void {
  if (typeof BroadcastChannel === 'undefined') return;
  const channel = new BroadcastChannel(STORE_CHANNEL);
  channel.postMessage(change);
  channel.close();
}
