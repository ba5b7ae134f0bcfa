/**
 * Canvas-tool sites where the canvas content script runs from install (the reviewed list). Everything
 * else needs the user's opt-in ("Use on this site"). Each entry names the tool and why it is listed.
 */
export const CANVAS_TOOL_SITES: readonly { tool: string; matches: string[] }[] = [
  { tool: 'Strategyzer', matches: ['https://*.strategyzer.com/*'] }, // the canvas's publisher; web app boards
  { tool: 'Canvanizer', matches: ['https://canvanizer.com/*', 'https://*.canvanizer.com/*'] }, // HTML canvas boards
  { tool: 'Notion', matches: ['https://*.notion.so/*', 'https://*.notion.site/*'] }, // canvas templates as pages
  { tool: 'Confluence', matches: ['https://*.atlassian.net/wiki/*'] }, // canvas templates as wiki pages
  { tool: 'diagrams.net', matches: ['https://app.diagrams.net/*'] }, // canvas shapes with HTML labels
  { tool: 'Coda', matches: ['https://coda.io/*'] }, // canvas templates as docs
];

export const CANVAS_MATCHES: string[] = CANVAS_TOOL_SITES.flatMap((s) => s.matches);

/** The match pattern that covers one origin ("https://example.com" → "https://example.com/*"), or undefined. */
export function originPattern(url: string): string | undefined {
  try {
    const u = new URL(url);
    if (u.protocol !== 'https:' && u.protocol !== 'http:') return undefined;
    return `${u.protocol}//${u.host}/*`;
  } catch {
    return undefined;
  }
}

/** Whether a page is on the reviewed list already (no opt-in needed). */
export function isReviewedSite(url: string): boolean {
  return CANVAS_MATCHES.some((pattern) => matchesPattern(pattern, url));
}

/** A small match-pattern test for the `scheme://host/path*` patterns used above. */
export function matchesPattern(pattern: string, url: string): boolean {
  const m = /^(https?):\/\/(\*\.)?([^/]*)(\/.*)$/.exec(pattern);
  if (!m) return false;
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return false;
  }
  const [, scheme, wildcard, host, path] = m;
  if (u.protocol !== `${scheme}:`) return false;
  const hostOk = wildcard ? u.hostname === host || u.hostname.endsWith(`.${host}`) : u.hostname === host;
  const pathRe = new RegExp(`^${path!.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`);
  return hostOk && pathRe.test(u.pathname);
}
