// Firefox with the e2e build (`wxt build -b firefox --mode e2e`) as a temporary add-on in Debian's firefox-esr,
// driven by puppeteer-core over WebDriver BiDi: what every Firefox test needs.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import puppeteer from 'puppeteer-core';

const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
export const FIREFOX_BUILD = resolve(import.meta.dirname, '..', '..', '.output', 'firefox-mv3-e2e');
const ADDON_ID = 'customer-relationships-companion@crc.example'; // lib/manifest.ts FIREFOX_ID
// A fixed moz-extension:// host for the add-on, so the tests know its pages' URLs.
const UUID = '5b0c2f3e-8d41-4c6a-9e27-1f3a6d9c8b70';
export const EXTENSION_ORIGIN = `moz-extension://${UUID}`;
export const PANEL = `${EXTENSION_ORIGIN}/sidepanel.html`;

/** Firefox with the extension installed. */
export async function launchFirefox() {
  if (!existsSync(join(FIREFOX_BUILD, 'manifest.json'))) throw new Error(`No Firefox e2e build in ${FIREFOX_BUILD}: run "npm run test:firefox".`);
  if (!existsSync(FIREFOX)) throw new Error(`Firefox not found at ${FIREFOX}: apt-get install firefox-esr`);
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    // WebDriver BiDi refuses to navigate a tab to moz-extension:// pages without it.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: UUID }),
      'layout.css.prefers-color-scheme.content-override': 1, // light, whatever the machine prefers
    },
  });
  await browser.installExtension(FIREFOX_BUILD); // a temporary add-on, as about:debugging would load it
  return browser;
}

/** Opens an extension page in a new tab and waits until it has loaded. */
export async function openExtensionPage(browser, url) {
  const tab = await browser.newPage();
  tab.setDefaultTimeout(10000);
  // Firefox moves extension pages to another process, and BiDi reports no load for them: wait for the page instead.
  tab.goto(url).catch(() => undefined);
  // The move to the extension process can destroy the context a wait runs in ("Waiting failed"): wait again.
  const deadline = Date.now() + 10000;
  for (;;) {
    try {
      await tab.waitForFunction((u) => location.href === u && document.readyState === 'complete', { polling: 50, timeout: Math.max(500, deadline - Date.now()) }, url);
      return tab;
    } catch (error) {
      if (Date.now() >= deadline) throw error;
      await new Promise((r) => setTimeout(r, 100));
    }
  }
}

/** Puppeteer's ARIA selector: the element with that accessible name and role. */
export const aria = (name, role) => `::-p-aria([name=${JSON.stringify(name)}][role="${role}"])`;
