// Bench of "Read this board" in headless Chromium with the e2e build (`npm run build:e2e` first):
// - ocr_board_ratio: the whole read (the click to the notes on screen: capture, engine start, recognition,
//   grouping, detection, rendering) ÷ the engine's own work on the same picture in the same read (Tesseract
//   setting the image, recognising it and writing its JSON, timed in the worker); median over the fixture
//   boards, each a first read (engine loaded from cold). The read is asked in a side panel already open on
//   its Canvas view — the "Read this board" button; the route the button takes is set from the outside,
//   because the bench's panel is a window of its own, where the button would look for a board in that window.
//   Budget ≤ 1.3.
// - ocr_board_ratio_on_open: the same, asked from the right-click menu: the panel opens and reads at once,
//   so the read shares the machine with the panel's own start. Reported beside it, no budget.
// - ocr_note_recall: share of the fixture boards' Customer Relationships notes read exactly (after case and
//   space folding), over both kinds of read. Budget ≥ 0.9.
// - ocr_assets_gzip_mb: the engine's files under /ocr/, from scripts/sizes.mjs (the one size module: gzip -9,
//   MB = 1,024² bytes) — loaded only on demand, never by the panel's first view or a content script.
// Usage: `import { benchOcr } from './ocr.mjs'; const figures = await benchOcr();` or `node tests/bench/ocr.mjs`.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { E2E_BUILD, launchWithExtension } from '../../scripts/chromium.mjs';
import { measureBuild } from '../../scripts/sizes.mjs';
import { serve } from '../../scripts/serve.mjs';
import { clickToolbarButton, notesRead, openReadingPanel, tabIdOf } from '../support/ocr-flow.mjs';

const BOARDS = join(import.meta.dirname, '..', 'fixtures', 'ocr-boards');
const fold = (text) => text.toLowerCase().replace(/\s+/g, ' ').trim();
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const round = (x, d = 2) => Math.round(x * 10 ** d) / 10 ** d;

/** The whole read and the engine's part of it, from the panel's timings, once the notes are shown. */
async function timesOf(panel) {
  return panel.evaluate(async () => {
    const entry = (name) => performance.getEntriesByName(name).at(-1);
    for (let i = 0; i < 100 && !entry('crc:ocr-read'); i++) await new Promise((r) => setTimeout(r, 20));
    return { read: entry('crc:ocr-read')?.duration, recognise: entry('crc:ocr-recognise')?.duration };
  });
}

/** A panel already open on the Canvas view, settled, then asked to read the board's tab, as the button does. */
async function readInOpenPanel(browser, tabId) {
  const opened = browser.context.waitForEvent('page');
  await browser.worker.evaluate(async (url) => { await chrome.windows.create({ url, width: 900, height: 1000 }); }, `${browser.panelUrl}#/canvas`);
  const panel = await opened;
  await panel.getByRole('button', { name: 'Read this board' }).waitFor();
  await panel.waitForTimeout(1000);
  await panel.evaluate((id) => { location.hash = `#/canvas/read/${id}`; }, tabId);
  return panel;
}

/** Runs the bench; resolves to `{ ocr_board_ratio, ocr_board_ratio_on_open, ocr_note_recall, ocr_assets_gzip_mb }`. */
export async function benchOcr({ log = console.log } = {}) {
  const expected = JSON.parse(readFileSync(join(BOARDS, 'expected.json'), 'utf8'));
  const boards = Object.entries(expected).filter(([, want]) => want.status === 'found');
  const server = await serve(BOARDS);
  const browser = await launchWithExtension({ viewport: { width: 1280, height: 900 } });
  const ratios = { open: [], onOpen: [] };
  let wanted = 0;
  let matched = 0;
  try {
    const board = await browser.context.newPage();
    for (const [file, want] of boards) {
      await board.goto(`${server.origin}/${file}`);
      await board.waitForFunction(() => document.documentElement.dataset.drawn === 'true');
      await clickToolbarButton(browser, board);
      const tabId = await tabIdOf(browser, board);
      for (const [path, start] of [['open', readInOpenPanel], ['onOpen', openReadingPanel]]) {
        const panel = await start(browser, tabId);
        const notes = await notesRead(panel).catch(() => []);
        const times = await timesOf(panel);
        const got = new Set(notes.map(fold));
        const hits = want.notes.filter((n) => got.has(fold(n))).length;
        wanted += want.notes.length;
        matched += hits;
        if (times.read && times.recognise) ratios[path].push(times.read / times.recognise);
        log(`${file.padEnd(20)} ${path.padEnd(7)} notes ${hits}/${want.notes.length}   read ${Math.round(times.read ?? NaN)} ms   recognise ${Math.round(times.recognise ?? NaN)} ms`);
        await panel.close();
      }
    }
  } finally {
    await browser.close();
    await server.close();
  }
  const ratio = (xs) => (xs.length ? round(median(xs)) : NaN);
  return {
    ocr_board_ratio: ratio(ratios.open),
    ocr_board_ratio_on_open: ratio(ratios.onOpen),
    ocr_note_recall: round(wanted ? matched / wanted : 0),
    ocr_assets_gzip_mb: round(measureBuild(E2E_BUILD).figures.ocr_assets_gzip_mb),
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const figures = await benchOcr();
  console.log(JSON.stringify(figures));
}
