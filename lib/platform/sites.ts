import { browser } from 'wxt/browser';
import { originPattern } from '../sites';
import { CANVAS_SCRIPT, READER_SCRIPT, READER_STYLES } from '../bundle';

const PREFIX = 'canvas-site:';
// On an opted-in site the reader starts by itself too, so a student's highlights come back on every visit.
const READER_PREFIX = 'reader-site:';

/** Origins the user opted in to. */
export async function optedInSites(): Promise<string[]> {
  const scripts = await browser.scripting.getRegisteredContentScripts();
  return scripts.filter((s) => s.id.startsWith(PREFIX)).map((s) => s.id.slice(PREFIX.length));
}

/**
 * "Use on this site": asks the browser for access to this origin (must run from a click), then registers
 * the canvas script there and runs it in the open tab at once. A refusal comes back as a reason the panel words
 * (the annotations messages' `page.<reason>`).
 */
export async function enableSite(tab: { id: number; url: string }): Promise<{ ok: true } | { ok: false; reason: 'notWebsite' | 'notGranted' }> {
  const pattern = originPattern(tab.url);
  if (!pattern) return { ok: false, reason: 'notWebsite' };
  const granted = await browser.permissions.request({ origins: [pattern] });
  if (!granted) return { ok: false, reason: 'notGranted' };
  const id = `${PREFIX}${pattern}`;
  const readerId = `${READER_PREFIX}${pattern}`;
  const existing = new Set((await browser.scripting.getRegisteredContentScripts({ ids: [id, readerId] })).map((s) => s.id));
  const scripts = [
    { id, matches: [pattern], js: [CANVAS_SCRIPT], runAt: 'document_idle' as const, persistAcrossSessions: true },
    { id: readerId, matches: [pattern], js: [READER_SCRIPT], css: [READER_STYLES], runAt: 'document_idle' as const, persistAcrossSessions: true },
  ].filter((s) => !existing.has(s.id));
  if (scripts.length) await browser.scripting.registerContentScripts(scripts);
  await browser.scripting.executeScript({ target: { tabId: tab.id }, files: [CANVAS_SCRIPT] }).catch(() => undefined);
  return { ok: true };
}

/** Revokes the opt-in: the script stops being registered and the site permission is given back. */
export async function disableSite(pattern: string): Promise<void> {
  // One call per script: an id that was never registered (a site opted in before the reader existed) fails alone.
  for (const id of [`${PREFIX}${pattern}`, `${READER_PREFIX}${pattern}`]) {
    await browser.scripting.unregisterContentScripts({ ids: [id] }).catch(() => undefined);
  }
  await browser.permissions.remove({ origins: [pattern] }).catch(() => false);
}
