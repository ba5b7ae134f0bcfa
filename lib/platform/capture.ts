import { browser } from 'wxt/browser';

/** The right-click entry "Read this board" (created with the reader's entries in reader.ts). */
export const READ_BOARD_MENU = 'crc-read-board';

/** Calls `read` with the tab when the user picks "Read this board"; the click grants activeTab there. */
export function onReadBoardInvoked(read: (tab: { id: number; windowId: number | undefined }) => void): void {
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === READ_BOARD_MENU && tab?.id !== undefined) read({ id: tab.id, windowId: tab.windowId });
  });
}

/** Why a capture failed, for the panel to say in the user's language; `detail` is the browser's own words. */
export type CaptureProblem = 'tab-gone' | 'tab-hidden' | 'no-access' | 'forbidden' | 'refused';

export type Capture =
  | { ok: true; image: Blob; url: string; title: string }
  | { ok: false; error: CaptureProblem; detail?: string };

/** The page's language as the browser detects it, or undefined. */
export async function tabLanguage(tabId: number): Promise<string | undefined> {
  return browser.tabs.detectLanguage(tabId).catch(() => undefined);
}

/**
 * Captures what a tab shows (the visible part, at the screen's device pixel ratio) as a PNG. Needs activeTab, granted by the user's click on the toolbar
 * button or the right-click menu on that tab; the tab must be the one shown in its window.
 */
export async function captureTab(tabId: number): Promise<Capture> {
  let tab;
  try {
    tab = await browser.tabs.get(tabId);
  } catch {
    return { ok: false, error: 'tab-gone' };
  }
  if (!tab.active) return { ok: false, error: 'tab-hidden' };
  let url: string;
  try {
    url = await browser.tabs.captureVisibleTab(tab.windowId, { format: 'png' });
  } catch (error) {
    return { ok: false, error: captureError(error), detail: String(error) };
  }
  const image = await (await fetch(url)).blob();
  return { ok: true, image, url: tab.url ?? '', title: tab.title ?? '' };
}

function captureError(error: unknown): CaptureProblem {
  const text = String(error);
  if (/activeTab|all_urls|permission/i.test(text)) return 'no-access';
  if (/chrome:|about:|edge:|cannot be (captured|scripted)|extensions gallery/i.test(text)) return 'forbidden';
  return 'refused';
}
