// Firefox smoke test: the e2e build (`wxt build -b firefox --mode e2e`) as a temporary add-on in Debian's
// firefox-esr, driven by puppeteer-core over WebDriver BiDi. The side panel page is opened as a tab.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { serve } from '../../scripts/serve.mjs';
import { aria, launchFirefox, openExtensionPage as openPage, PANEL } from '../support/firefox.mjs';

let browser;
let server;
before(async () => {
  server = await serve(join(import.meta.dirname, '..', 'fixtures', 'canvases'));
  browser = await launchFirefox();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

const openExtensionPage = (url) => openPage(browser, url);

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
