// End-to-end: "Read this board" on boards drawn on a <canvas> (no text in the DOM), in Chromium with the built
// extension: capture, OCR in the panel's worker, the block and its notes, correcting them, a draft.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { launchWithExtension } from '../../scripts/chromium.mjs';
import { serve } from '../../scripts/serve.mjs';
import { clickToolbarButton, notesRead, openReadingPanel, tabIdOf } from '../support/ocr-flow.mjs';

const BOARDS = join(import.meta.dirname, '..', 'fixtures', 'ocr-boards');
const expected = JSON.parse(readFileSync(join(BOARDS, 'expected.json'), 'utf8'));

let browser;
let server;
let board;
before(async () => {
  server = await serve(BOARDS);
  browser = await launchWithExtension({ viewport: { width: 1280, height: 900 } });
  board = await browser.context.newPage();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

/** Shows a board in the tab, clicks the toolbar button there, and opens the panel reading it. */
async function readBoard(file, { click = true, origin = server.origin } = {}) {
  await board.goto(`${origin}/${file}`);
  await board.waitForFunction(() => document.documentElement.dataset.drawn === 'true' || !window.BOARD?.labels);
  if (click) await clickToolbarButton(browser, board);
  else await board.bringToFront();
  return openReadingPanel(browser, await tabIdOf(browser, board));
}

/** SHA-256 of the bytes an image shows (run in the page). */
const digestOfImage = async (img) => [...new Uint8Array(await crypto.subtle.digest('SHA-256', await (await fetch(img.src)).arrayBuffer()))].join(',');

/** The pages of the pictures kept in the extension's database. */
const storedPictureUrls = (panel) => panel.evaluate(() => new Promise((resolve, reject) => {
  const open = indexedDB.open('crc');
  open.onerror = () => reject(open.error);
  open.onsuccess = () => {
    const request = open.result.transaction('pictures').objectStore('pictures').getAll();
    request.onsuccess = () => { open.result.close(); resolve(request.result.map((p) => p.url)); };
    request.onerror = () => reject(request.error);
  };
}));

const alertOf = async (panel) => {
  const alert = panel.getByRole('alert');
  await alert.waitFor({ timeout: 60_000 });
  return alert.textContent();
};

describe('Read this board', () => {
  it('reads an English board drawn on a canvas, shows where the notes are, and makes a draft of the corrected notes', async () => {
    const panel = await readBoard('en-classic.html');
    assert.deepEqual(await notesRead(panel), expected['en-classic.html'].notes);
    // The capture is shown with the block outlined and every note numbered; the list is the text alternative.
    const figure = panel.getByRole('figure');
    await figure.locator('img').waitFor({ state: 'attached' });
    assert.match(await figure.textContent(), /“Customer Relationships” outlined and its 3 notes numbered/);
    assert.equal(await panel.locator('.ocr-block').count(), 1);
    assert.deepEqual(await panel.locator('.ocr-number').allTextContents(), ['1', '2', '3']);

    await panel.getByRole('textbox', { name: 'Note 2' }).fill('Self-service help center');
    await panel.waitForFunction(() => document.querySelector('.ocr-shot img')?.naturalWidth > 0);
    const captured = await panel.locator('.ocr-shot img').evaluate((img) => [img.naturalWidth, img.naturalHeight]);
    const capturedDigest = await panel.locator('.ocr-shot img').evaluate(digestOfImage);
    await panel.getByRole('checkbox', { name: 'Keep the picture with the draft (in this browser only)' }).check();
    await panel.getByRole('button', { name: 'Open as draft' }).click();
    await panel.waitForURL(/#\/draft\//);
    await panel.getByRole('region', { name: /^Segment: / }).first().waitFor();
    const texts = await panel.locator('input, textarea').evaluateAll((els) => els.map((e) => e.value).join('\n'));
    assert.match(texts, /Self-service help center/);
    assert.match(texts, /Community forum for recipe swaps/);
    assert.equal(await panel.locator('.ocr-shot img').count(), 0, 'the reader’s copy of the capture is gone once the draft is made');

    // The picture was kept with the draft, as asked: there after a reload, the capture itself.
    await panel.reload();
    await panel.getByText('Picture of the board').click();
    const kept = panel.getByRole('img', { name: 'The board as it was on screen when its notes were read' });
    await kept.waitFor();
    await panel.waitForFunction(() => document.querySelector('.board-picture img')?.naturalWidth > 0);
    assert.ok(captured[0] > 0 && captured[1] > 0);
    assert.deepEqual(await kept.evaluate((img) => [img.naturalWidth, img.naturalHeight]), captured);
    assert.equal(await kept.evaluate(digestOfImage), capturedDigest, 'the very capture, byte for byte');
    assert.deepEqual(await storedPictureUrls(panel), [`${server.origin}/en-classic.html`]);
    await panel.close();
  });

  it('reads a German board with coloured notes in two columns, and keeps no picture unless asked', async () => {
    const panel = await readBoard('de-colours.html');
    assert.deepEqual(await notesRead(panel), expected['de-colours.html'].notes);
    assert.match(await panel.getByRole('figure').textContent(), /Kundenbeziehungen/);
    await panel.getByRole('button', { name: 'Open as draft' }).click();
    await panel.getByRole('region', { name: /^Segment: / }).first().waitFor();
    await panel.getByText(/^From/).waitFor();
    assert.ok(!(await storedPictureUrls(panel)).includes(`${server.origin}/de-colours.html`), 'no picture kept for this board');
    assert.equal(await panel.getByText('Picture of the board').count(), 0);
    await panel.close();
  });

  it('reads a French board of cards with the French language data', async () => {
    const panel = await readBoard('fr-cards.html');
    assert.deepEqual(await notesRead(panel), expected['fr-cards.html'].notes);
    assert.match(await panel.getByRole('figure').textContent(), /Relations clients/);
    await panel.close();
  });

  it('stops a read on Cancel and says so, leaving no notes and the button to read again', async () => {
    const panel = await readBoard('en-classic.html');
    await panel.getByRole('button', { name: 'Cancel' }).click();
    assert.equal(await alertOf(panel), 'Reading cancelled.');
    await panel.getByRole('button', { name: 'Read this board' }).waitFor();
    // Well past the time the read would have taken: nothing arrives after the cancel.
    await panel.waitForTimeout(3000);
    assert.equal(await panel.getByRole('list', { name: /^Notes read/ }).count(), 0);
    assert.equal(await panel.getByRole('status').count(), 0, 'no progress line left behind');
    await panel.close();
  });

  it('asks to zoom in when the board is too small to read', async () => {
    const panel = await readBoard('en-zoomed-out.html');
    assert.match(await alertOf(panel), /too small to read: zoom in/);
    await panel.close();
  });

  it('says so when the screen is blank', async () => {
    const panel = await readBoard('blank.html');
    assert.match(await alertOf(panel), /The screen is blank/);
    await panel.close();
  });

  it('explains what to do when the browser refuses the capture (toolbar button not clicked on that tab)', async () => {
    // Another origin: the earlier click's activeTab grant does not reach it.
    const panel = await readBoard('en-classic.html', { click: false, origin: server.origin.replace('127.0.0.1', 'localhost') });
    assert.match(await alertOf(panel), /click the companion’s toolbar button while the board is shown/);
    await panel.close();
  });
});
