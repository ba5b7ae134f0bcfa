/**
 * Which tab "this page" means for the side panel. Pure, so the choice is tested in Node; lib/platform/tabs.ts
 * feeds it the current window's tabs.
 */

/** What the browser tells us of a tab (the URL only where we may read the page). */
export interface TabInfo {
  id?: number | undefined;
  url?: string | undefined;
  title?: string | undefined;
  active?: boolean | undefined;
  lastAccessed?: number | undefined;
}

export interface PageTab {
  id: number;
  url: string;
  title: string;
}

/**
 * The web page the panel is about: the window's active tab when it is a web page; when the active tab is the
 * panel itself opened as a tab (a page under `extensionOrigin`), the web page used most recently before it.
 * Undefined when there is no web page we may read (no http(s) URL visible to us).
 */
export function pickPageTab(tabs: readonly TabInfo[], extensionOrigin: string): PageTab | undefined {
  const web = tabs.filter((t): t is TabInfo & { id: number; url: string } => t.id !== undefined && Boolean(t.url && /^https?:/.test(t.url)));
  const active = tabs.find((t) => t.active);
  let chosen = web.find((t) => t.active);
  if (!chosen && active?.url?.startsWith(extensionOrigin)) {
    chosen = [...web].sort((a, b) => (b.lastAccessed ?? 0) - (a.lastAccessed ?? 0))[0];
  }
  return chosen ? { id: chosen.id, url: chosen.url, title: chosen.title ?? '' } : undefined;
}
