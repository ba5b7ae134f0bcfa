// Firefox smoke test: the e2e build (`wxt build -b firefox --mode e2e`) as a temporary add-on in Debian's
// firefox-esr, driven by puppeteer-core over WebDriver BiDi. The side panel page is opened as a tab.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { after, before, describe, it } from 'node:test';
import puppeteer from 'puppeteer-core';
import { serve } from '../../scripts/serve.mjs';

const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const BUILD = resolve(import.meta.dirname, '..', '..', '.output', 'firefox-mv3-e2e');
const ADDON_ID = 'customer-relationships-companion@crc.example'; // lib/manifest.ts FIREFOX_ID
// A fixed moz-extension:// host for the add-on, so the test knows its pages' URLs.
const UUID = '5b0c2f3e-8d41-4c6a-9e27-1f3a6d9c8b70';
const PANEL = `moz-extension://${UUID}/sidepanel.html`;

let browser;
let server;
before(async () => {
  if (!existsSync(join(BUILD, 'manifest.json'))) throw new Error(`No Firefox e2e build in ${BUILD}: run "npm run test:firefox".`);
  if (!existsSync(FIREFOX)) throw new Error(`Firefox not found at ${FIREFOX}: apt-get install firefox-esr`);
  server = await serve(join(import.meta.dirname, '..', 'fixtures', 'canvases'));
  browser = await puppeteer.launch({
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
  await browser.installExtension(BUILD); // a temporary add-on, as about:debugging would load it
});
after(async () => {
  await browser?.close();
  await server?.close();
});

/** Opens an extension page in a new tab and waits until it has loaded. */
async function openExtensionPage(url) {
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

const aria = (name, role) => `::-p-aria([name=${JSON.stringify(name)}][role="${role}"])`;

describe('the extension in Firefox', () => {
  it('finds automated service first for "chatbot" in the catalogue', async () => {
    const page = await openExtensionPage(PANEL);
    const types = await page.locator(aria('Relationship types', 'list')).waitHandle();
    assert.ok((await types.$$eval('.type-name', (els) => els.length)) >= 12, 'all twelve types are listed');
    await page.locator(aria('Search relationship types', 'searchbox')).fill('chatbot');
    await page.waitForFunction(() => document.querySelector('.type-name')?.textContent === 'Automated service', { polling: 50, timeout: 5000 });
    await page.locator(aria('Search relationship types', 'searchbox')).fill('comunity');
    await page.waitForFunction(() => document.querySelector('.type-name')?.textContent === 'Community', { polling: 50, timeout: 5000 });
    await page.close();
  });

  it('keeps a new draft when the page is closed and opened again (IndexedDB in the extension’s origin)', async () => {
    const title = `Firefox smoke ${Date.now()}`;
    const page = await openExtensionPage(`${PANEL}#/drafts`);
    await page.locator(aria('New draft', 'button')).click();
    await page.locator(aria('Draft title', 'textbox')).fill(title);
    await page.waitForFunction(() => document.querySelector('[role="status"]')?.textContent === 'Saved', { polling: 50, timeout: 5000 });
    assert.match(await page.evaluate(() => location.hash), /^#\/draft\//);
    await page.close();
    const again = await openExtensionPage(`${PANEL}#/drafts`);
    await again.locator(aria(title, 'link')).click();
    const box = await again.locator(aria('Draft title', 'textbox')).waitHandle();
    assert.equal(await box.evaluate((el) => el.value), title);
    await again.close();
  });

  it('shows the suggestions chip beside a canvas on a web page', async () => {
    const page = await browser.newPage();
    page.setDefaultTimeout(10000);
    await page.goto(`${server.origin}/en-grid.html`);
    // Firefox's accessibility locator does not reach into the chip's shadow root; its text selector does.
    const toggle = await page.locator('::-p-text(CR suggestions · 4 types)').waitHandle();
    assert.equal(await toggle.evaluate((b) => b.localName), 'button');
    assert.equal(await toggle.evaluate((b) => getComputedStyle(b).backgroundColor), 'rgb(47, 91, 211)', 'the chip’s styles apply');
    await toggle.click();
    const types = await page.waitForFunction(() => {
      const list = document.querySelector('crc-chip')?.shadowRoot?.querySelector('[aria-label="Relationship types in your notes"]');
      return list && [...list.querySelectorAll('li strong')].map((s) => s.textContent);
    }, { polling: 100, timeout: 5000 });
    const names = await types.jsonValue();
    for (const name of ['Self-service', 'Community', 'Long-term', 'Automated service']) assert.ok(names.includes(name), names.join(' | '));
    await page.close();
  });
});
