import { browser } from 'wxt/browser';
import { pickPageTab, type PageTab } from '../page-tab';

/**
 * The web page the panel is about — the same answer whether the panel is Chrome's side panel, Firefox's
 * sidebar or the panel page opened as a tab (then it is the page used just before it); see lib/page-tab.ts.
 */
export async function pageTab(): Promise<PageTab | undefined> {
  return pickPageTab(await browser.tabs.query({ currentWindow: true }), browser.runtime.getURL(''));
}

/** Brings a tab to the front. */
export async function showTab(tabId: number): Promise<void> {
  await browser.tabs.update(tabId, { active: true }).catch(() => undefined);
}

/** Opens a link (e.g. evidence's source with a text fragment) in a new tab. */
export async function openUrl(url: string): Promise<void> {
  await browser.tabs.create({ url, active: true });
}
