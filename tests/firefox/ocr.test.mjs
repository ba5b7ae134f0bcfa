// "Read this board" in Firefox (the e2e build as a temporary add-on, see tests/support/firefox.mjs): the OCR
// worker with its wasm and language data runs in an extension page under Firefox's CSP and reads a board, and
// the panel says what to do when the capture needs the toolbar click that automation cannot give.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { serve } from '../../scripts/serve.mjs';
import { EXTENSION_ORIGIN, FIREFOX_BUILD, launchFirefox, openExtensionPage, PANEL } from '../support/firefox.mjs';
import { readWithWorker } from '../support/ocr-worker-page.mjs';

const BOARDS = join(import.meta.dirname, '..', 'fixtures', 'ocr-boards');
const expected = JSON.parse(readFileSync(join(BOARDS, 'expected.json'), 'utf8'));

let browser;
let server;
before(async () => {
  server = await serve(BOARDS);
  browser = await launchFirefox();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

describe('Read this board in Firefox', () => {
  it('reads the notes of a board drawn on a canvas with the extension’s OCR worker', async () => {
    const board = await browser.newPage();
    await board.setViewport({ width: 1280, height: 900 });
    await board.goto(`${server.origin}/en-classic.html`);
    await board.waitForFunction(() => document.documentElement.dataset.drawn === 'true', { timeout: 10000 });
    const png = await board.screenshot({ encoding: 'base64' });
    await board.close();

    const worker = readdirSync(join(FIREFOX_BUILD, 'assets')).find((f) => /^ocr-worker-.*\.js$/.test(f));
    assert.ok(worker, 'the build has the OCR worker');
    const panel = await openExtensionPage(browser, `${PANEL}#/canvas`);
    const read = await panel.evaluate(readWithWorker, {
      worker: `${EXTENSION_ORIGIN}/assets/${worker}`, base: `${EXTENSION_ORIGIN}/ocr`, codes: ['eng'], png, scale: 2, quality: 'low',
      parameters: { tessedit_pageseg_mode: '11', thresholding_method: '2' }, // lib/ocr/types.ts ENGINE_PARAMETERS
    });
    const text = read.blocks.flatMap((b) => b.paragraphs ?? []).flatMap((p) => p.lines ?? []).map((l) => (l.words ?? []).map((w) => w.text).join(' ')).join('\n');
    assert.match(text, /Customer Relationships/);
    // A note may wrap onto two lines (lib/ocr/board.ts joins them): look for its words in reading order.
    for (const note of expected['en-classic.html'].notes) assert.ok(text.replace(/\n/g, ' ').includes(note), `“${note}” read in:\n${text}`);
    await panel.close();
  });

  it('asks for the toolbar click when the board’s tab was not given to the extension', async () => {
    const panel = await openExtensionPage(browser, `${PANEL}#/canvas`);
    // The board in a window of its own, shown there: the panel's tab stays in the first window.
    const tabId = await panel.evaluate(async (url) => {
      const window = await browser.windows.create({ url });
      const id = window.tabs[0].id;
      for (let i = 0; i < 100 && (await browser.tabs.get(id)).status !== 'complete'; i++) await new Promise((r) => setTimeout(r, 50));
      return id;
    }, `${server.origin}/en-classic.html`);
    await panel.evaluate((id) => { location.hash = `#/canvas/read/${id}`; }, tabId);
    const alert = await panel.waitForFunction(() => document.querySelector('[role="alert"]')?.textContent, { polling: 100, timeout: 20000 });
    assert.match(await alert.jsonValue(), /click the companion’s toolbar button while the board is shown/);
    await panel.close();
  });
});
