import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { startReader } from '../components/reader/controller';
import { READER_KEY, ReaderRequest, type ReaderHandle, type ReaderReady } from '../lib/messages-reader';
import { onPageMessage, sendToBackground } from '../lib/platform/messaging';

/**
 * The reader script: injected into an article when the student asks (context menu, shortcut, side panel),
 * or registered on sites they opted in to. A second injection into the same page only refreshes it.
 */
export default defineUnlistedScript(() => {
  const scope = globalThis as unknown as Record<string, ReaderHandle | undefined>;
  const existing = scope[READER_KEY];
  if (existing) return existing.refresh();

  const reader = startReader();
  scope[READER_KEY] = { refresh: () => void reader.refresh() };
  // Status waits for the first placement, so "active" never reports a page whose highlights are not placed yet.
  const ready = reader.refresh();
  // Open side panels learn that this page's highlights are placed (the background ignores this message).
  void ready.then(() => sendToBackground({ type: 'reader/ready', url: location.href.slice(0, 4000) } satisfies ReaderReady));
  onPageMessage((message) => {
    const request = ReaderRequest.safeParse(message);
    if (!request.success) return undefined;
    switch (request.data.type) {
      case 'reader/status':
        return ready.then(() => reader.status());
      case 'reader/refresh':
        return reader.refresh().then(() => ({ ok: true }));
      case 'reader/focus':
        return Promise.resolve({ ok: reader.focus(request.data.id) });
    }
  });
});
