// Launches Debian's Chromium with the built extension loaded, through playwright-core.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const E2E_BUILD = resolve(import.meta.dirname, '..', '.output', 'chrome-mv3-e2e');

// Flags this machine needs: no sandbox as root, and no background traffic to hosts that cannot be reached.
const FLAGS = [
  '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
  '--no-first-run', '--disable-sync', '--disable-quic', '--disable-dev-shm-usage',
];

/**
 * Starts Chromium with the extension at `extensionDir`; resolves to `{ context, extensionId, close }`.
 * `headless: false` needs a display. `lang` (e.g. 'de') starts the browser in that interface language, as a
 * user's browser would be: `--lang` plus the environment Chromium reads its locale from on Linux.
 */
export async function launchWithExtension({ extensionDir = E2E_BUILD, headless = true, viewport, lang } = {}) {
  if (!existsSync(join(extensionDir, 'manifest.json'))) {
    throw new Error(`No built extension in ${extensionDir}: run "npm run build:e2e" first.`);
  }
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM}: apt-get install chromium`);
  const userDataDir = mkdtempSync(join(tmpdir(), 'crc-profile-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless,
    viewport: viewport ?? { width: 420, height: 800 },
    args: [...FLAGS, `--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`, ...(lang ? [`--lang=${lang}`] : [])],
    ...(lang ? { locale: lang, env: { ...process.env, LANGUAGE: lang, LANG: `${lang}_${lang.toUpperCase()}.UTF-8`, LC_ALL: `${lang}_${lang.toUpperCase()}.UTF-8` } } : {}),
  });
  let worker = context.serviceWorkers()[0];
  if (!worker) worker = await context.waitForEvent('serviceworker', { timeout: 15000 });
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    extensionId,
    worker,
    panelUrl: `chrome-extension://${extensionId}/sidepanel.html`,
    async close() {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}
