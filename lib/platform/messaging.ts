import { browser } from 'wxt/browser';

type Sender = { id?: string; frameId?: number; tab?: { id?: number; url?: string; title?: string; windowId?: number } };

/**
 * Listens for messages from this extension's own contexts only, and answers with what `handle` resolves
 * to. `handle` returns undefined for messages it does not take, so other listeners can answer them.
 */
export function onExtensionMessage(handle: (message: unknown, sender: Sender) => Promise<unknown> | undefined): void {
  browser.runtime.onMessage.addListener((message: unknown, sender: Sender, sendResponse: (answer: unknown) => void) => {
    if (sender.id !== browser.runtime.id) return undefined;
    const answer = handle(message, sender);
    if (!answer) return undefined;
    answer.then(sendResponse, (error: unknown) => sendResponse({ ok: false, error: String(error) }));
    return true; // answer asynchronously
  });
}

/** Sends a message to the background; resolves to its answer, or undefined if nobody answered. */
export async function sendToBackground(message: unknown): Promise<unknown> {
  try {
    return await browser.runtime.sendMessage(message);
  } catch {
    return undefined; // the extension was reloaded or updated: this page's script is orphaned
  }
}

/**
 * In a content script: answers messages from this extension (e.g. `canvas/detect`). `handle` returns
 * undefined at once for messages it does not take, so the channel is left to the script that does (the
 * canvas and reader scripts share a page's isolated world and both listen).
 */
export function onPageMessage(handle: (message: unknown) => Promise<unknown> | undefined): void {
  browser.runtime.onMessage.addListener((message: unknown, sender: Sender, sendResponse: (answer: unknown) => void) => {
    if (sender.id !== browser.runtime.id) return undefined;
    const answer = handle(message);
    if (!answer) return undefined;
    answer.then(sendResponse, () => sendResponse(undefined));
    return true;
  });
}
