import { browser } from 'wxt/browser';

/** Firefox's sidebar API, which Chrome's typings do not describe. */
interface SidebarAction {
  open(): Promise<void>;
  toggle?(): Promise<void>;
}

function sidebarAction(): SidebarAction | undefined {
  return (browser as unknown as { sidebarAction?: SidebarAction }).sidebarAction;
}

/**
 * Makes the toolbar button open the side panel, from a click handler in both browsers: Chrome's
 * "open on action click" behaviour would open it without granting activeTab, and "Read this board" needs
 * activeTab to capture the tab the button was clicked on. Firefox toggles its sidebar from the same click.
 */
export function makeActionOpenPanel(): void {
  const sidebar = sidebarAction();
  if (!sidebar) {
    browser.sidePanel
      .setPanelBehavior({ openPanelOnActionClick: false })
      .catch((error: unknown) => console.error('Could not set the side panel behaviour', error));
  }
  browser.action.onClicked.addListener((tab) => {
    // Must run synchronously inside the click handler to count as a user action.
    if (sidebar) void (sidebar.toggle ?? sidebar.open).call(sidebar);
    else if (tab.windowId !== undefined) void browser.sidePanel.open({ windowId: tab.windowId }).catch(() => undefined);
  });
}

/**
 * Starts opening the side panel for a tab at once, while the user's click still counts as a gesture (it
 * is lost after any await). Resolves to whether the browser opened it.
 */
export function openPanelNow(tabId: number, windowId: number | undefined): Promise<boolean> {
  try {
    const sidebar = sidebarAction();
    const opening = sidebar ? sidebar.open() : browser.sidePanel.open(windowId !== undefined ? { windowId } : { tabId });
    return opening.then(() => true, () => false);
  } catch {
    return Promise.resolve(false);
  }
}

/** Opens a page of the side panel in a new tab (when the panel itself could not be opened). */
export async function openPanelPageInTab(hash: string): Promise<void> {
  await browser.tabs.create({ url: browser.runtime.getURL(`/sidepanel.html${hash}` as '/sidepanel.html'), active: true });
}
