import { browser } from 'wxt/browser';
import { manifestMessage } from './language';
import { pageKey } from '../model/page';
import { pageTab } from './tabs';
import { ReaderReady } from '../messages-reader';
import { ANNOTATE_COMMAND, READER_SCRIPT, READER_STYLES } from '../bundle';
import { READ_BOARD_MENU } from './capture';

const ANNOTATE_MENU = 'crc-annotate-selection';
const PAGE_MENU = 'crc-show-highlights';

/** Why the reader could not start: the panel words it (the annotations messages' `page.<reason>`). */
export type ReaderProblem = 'offLimits' | 'noAccess' | 'failed';

/**
 * Starts the reader in a tab: the highlight colours, then the script (a second injection only refreshes it).
 * Needs the page's permission: activeTab from a menu click, shortcut or toolbar click, or an opted-in site.
 */
export async function injectReader(tabId: number): Promise<{ ok: true } | { ok: false; reason: ReaderProblem; detail: string }> {
  try {
    await browser.scripting.insertCSS({ target: { tabId }, files: [READER_STYLES] });
    await browser.scripting.executeScript({ target: { tabId }, files: [READER_SCRIPT] });
    return { ok: true };
  } catch (error) {
    const detail = String(error);
    return { ok: false, reason: readerProblem(detail), detail };
  }
}

function readerProblem(text: string): ReaderProblem {
  if (/cannot be scripted|cannot access|chrome:\/\/|extensions gallery|about:/i.test(text)) return 'offLimits';
  if (/permission|host/i.test(text)) return 'noAccess';
  return 'failed';
}

/** Adds the right-click entries (once per install/update; the browser keeps them). */
export function createReaderMenus(): void {
  browser.runtime.onInstalled.addListener(() => {
    void browser.contextMenus.removeAll().then(() => {
      browser.contextMenus.create({ id: ANNOTATE_MENU, title: manifestMessage('menuAnnotate'), contexts: ['selection'] });
      browser.contextMenus.create({ id: PAGE_MENU, title: manifestMessage('menuShowHighlights'), contexts: ['page'] });
      browser.contextMenus.create({ id: READ_BOARD_MENU, title: manifestMessage('menuReadBoard'), contexts: ['page', 'image'] });
    });
  });
}

/** Calls `start` with the tab when the user picks a reader menu entry or presses the shortcut. */
export function onReaderInvoked(start: (tabId: number) => void): void {
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if ((info.menuItemId === ANNOTATE_MENU || info.menuItemId === PAGE_MENU) && tab?.id !== undefined) start(tab.id);
  });
  browser.commands.onCommand.addListener((command, tab) => {
    if (command === ANNOTATE_COMMAND && tab?.id !== undefined) start(tab.id);
  });
}

/** Asks a tab's reader something; undefined when no reader runs there (it answers for itself when it does). */
export async function askReader(tabId: number, message: unknown): Promise<unknown> {
  try {
    return await browser.tabs.sendMessage(tabId, message, { frameId: 0 });
  } catch {
    return undefined;
  }
}

/**
 * In the side panel: calls `ready` with the tab whenever a reader announces that its highlights are placed
 * (`reader/ready`, validated). Returns the function that stops listening.
 */
export function onReaderReady(ready: (tabId: number) => void): () => void {
  const listener = (message: unknown, sender: { id?: string; tab?: { id?: number } }) => {
    if (sender.id !== browser.runtime.id || sender.tab?.id === undefined || !ReaderReady.safeParse(message).success) return undefined;
    ready(sender.tab.id);
    return undefined; // nothing to answer
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}

/** After an annotation changed in the panel: the page showing it repaints (no-op where no reader runs). */
export async function refreshReaderFor(url: string): Promise<void> {
  const tab = await pageTab().catch(() => undefined);
  if (tab && pageKey(tab.url) === url) await askReader(tab.id, { type: 'reader/refresh' });
}
