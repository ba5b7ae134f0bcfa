import { browser } from 'wxt/browser';
import { manifestMessage } from './language';
import { pageKey } from '../model/page';

const READER_SCRIPT = '/reader.js';
const READER_STYLES = '/reader-highlights.css';
const ANNOTATE_MENU = 'crc-annotate-selection';
const PAGE_MENU = 'crc-show-highlights';
/** The keyboard command's name in the manifest (`commands`). */
export const ANNOTATE_COMMAND = 'annotate-page';

/**
 * Starts the reader in a tab: the highlight colours, then the script (a second injection only refreshes it).
 * Needs the page's permission: activeTab from a menu click, shortcut or toolbar click, or an opted-in site.
 */
export async function injectReader(tabId: number): Promise<{ ok: true } | { ok: false; error: string }> {
  try {
    await browser.scripting.insertCSS({ target: { tabId }, files: [READER_STYLES] });
    await browser.scripting.executeScript({ target: { tabId }, files: [READER_SCRIPT] });
    return { ok: true };
  } catch (error) {
    return { ok: false, error: readerError(error) };
  }
}

function readerError(error: unknown): string {
  const text = String(error);
  if (/cannot be scripted|cannot access|chrome:\/\/|extensions gallery|about:/i.test(text)) {
    return 'The browser does not let extensions read this page (its own pages and stores are off limits).';
  }
  if (/permission|host/i.test(text)) {
    return 'The extension has no access to this page yet: use the right-click menu “Annotate selection” or the shortcut on the page, then try again.';
  }
  return `Highlights could not start on this page: ${text}`;
}

/** Adds the right-click entries (once per install/update; the browser keeps them). */
export function createReaderMenus(): void {
  browser.runtime.onInstalled.addListener(() => {
    void browser.contextMenus.removeAll().then(() => {
      browser.contextMenus.create({ id: ANNOTATE_MENU, title: manifestMessage('menuAnnotate'), contexts: ['selection'] });
      browser.contextMenus.create({ id: PAGE_MENU, title: manifestMessage('menuShowHighlights'), contexts: ['page'] });
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
 * The web page the panel is about: the window's active tab, or — when the panel itself is open as a tab —
 * the page used just before it. Undefined when there is no readable web page.
 */
export async function pageTab(): Promise<{ id: number; url: string; title: string } | undefined> {
  const tabs = await browser.tabs.query({ currentWindow: true });
  const web = tabs.filter((t) => t.id !== undefined && t.url && /^https?:/.test(t.url));
  const active = web.find((t) => t.active);
  const chosen = active ?? (tabs.find((t) => t.active)?.url?.startsWith(browser.runtime.getURL('')) ? web.sort((a, b) => (b.lastAccessed ?? 0) - (a.lastAccessed ?? 0))[0] : undefined);
  return chosen?.id !== undefined && chosen.url ? { id: chosen.id, url: chosen.url, title: chosen.title ?? '' } : undefined;
}

/** Brings a tab to the front. */
export async function showTab(tabId: number): Promise<void> {
  await browser.tabs.update(tabId, { active: true }).catch(() => undefined);
}

/** Opens a link (e.g. evidence's source with a text fragment) in a new tab. */
export async function openUrl(url: string): Promise<void> {
  await browser.tabs.create({ url, active: true });
}

/** After an annotation changed in the panel: the page showing it repaints (no-op where no reader runs). */
export async function refreshReaderFor(url: string): Promise<void> {
  const tab = await pageTab().catch(() => undefined);
  if (tab && pageKey(tab.url) === url) await askReader(tab.id, { type: 'reader/refresh' });
}
