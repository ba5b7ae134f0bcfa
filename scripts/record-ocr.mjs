// Records real OCR output for the canvas fixture boards as JSON (tests/fixtures/ocr/<board>.json), so the
// words-to-blocks tests run on what the engine really reads without running it. Headless Chromium draws each
// board at 1280×900, the extension's own OCR worker (lib/platform/ocr-worker.ts) with the engine files it
// ships recognises the screenshot, and each word gets the colour behind it from lib/ocr/colour.ts — as in the
// side panel.
// Usage: node scripts/record-ocr.mjs [board …]   (default: every board page in tests/fixtures/ocr-boards)
import { createServer } from 'node:http';
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { ocrAssets, OCR_DIR } from './ocr-assets.mjs';
import { CHROMIUM } from './chromium.mjs';
import { readWithWorker } from '../tests/support/ocr-worker-page.mjs';

const ROOT = resolve(import.meta.dirname, '..');
const BOARDS = join(ROOT, 'tests', 'fixtures', 'ocr-boards');
const OUT = join(ROOT, 'tests', 'fixtures', 'ocr');
/** Language data per board page (its lang attribute decides, as the page's language does in the extension). */
const CODES = { en: ['eng'], de: ['eng', 'deu'], fr: ['eng', 'fra'] };
const VIEWPORT = { width: 1280, height: 900 };

/** Serves the board pages and the engine's files under the paths the extension uses. */
async function start() {
  const assets = new Map(ocrAssets().map((a) => [`/${a.relativeDest}`, a.absoluteSrc]));
  const workerCode = worker.outputFiles[0].text;
  const types = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.wasm': 'application/wasm' };
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    if (path === '/ocr-worker.js') return res.writeHead(200, { 'content-type': 'text/javascript' }).end(workerCode);
    const file = assets.get(path) ?? join(BOARDS, normalize(path).replace(/^([/\\])+/, ''));
    if (!file.startsWith(BOARDS) && !assets.has(path)) return res.writeHead(403).end();
    try {
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' }).end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  return { origin: `http://127.0.0.1:${server.address().port}`, close: () => new Promise((r) => server.close(r)) };
}

const worker = await build({ entryPoints: [join(ROOT, 'lib', 'platform', 'ocr-worker.ts')], bundle: true, format: 'iife', write: false });
const helpers = await build({
  stdin: { contents: "export { ENLARGE_QUALITY, linesOf, upscaleFor } from './lib/ocr/tesseract-json'; export { backgroundOf } from './lib/ocr/colour'; export { ENGINE_PARAMETERS } from './lib/ocr/types';", resolveDir: ROOT, loader: 'ts' },
  bundle: true, format: 'iife', globalName: 'OcrRecord', write: false,
});

const names = process.argv.slice(2).length ? process.argv.slice(2) : (await readdir(BOARDS)).filter((f) => f.endsWith('.html')).map((f) => f.replace(/\.html$/, ''));
const server = await start();
const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
try {
  const board = await browser.newPage({ viewport: VIEWPORT });
  const engine = await browser.newPage();
  await engine.goto(`${server.origin}/blank.html`);
  await engine.addScriptTag({ content: helpers.outputFiles[0].text });
  for (const name of names) {
    await board.goto(`${server.origin}/${name}.html`);
    await board.waitForFunction(() => document.documentElement.dataset.drawn === 'true' || !window.BOARD?.labels);
    const lang = await board.evaluate(() => document.documentElement.lang);
    const png = (await board.screenshot()).toString('base64');
    const codes = process.env.OCR_CODES ? process.env.OCR_CODES.split('+') : CODES[lang] ?? ['eng'];
    // The panel's settings: how it enlarges a 1280×900 capture at 1 device pixel per CSS pixel, and Tesseract's.
    const settings = await engine.evaluate(({ width, height }) => ({ scale: OcrRecord.upscaleFor(1, width, height), quality: OcrRecord.ENLARGE_QUALITY, parameters: OcrRecord.ENGINE_PARAMETERS }), VIEWPORT);
    const read = await engine.evaluate(readWithWorker, {
      worker: '/ocr-worker.js', base: `${server.origin}/${OCR_DIR}`, codes, png, scale: settings.scale, quality: settings.quality,
      parameters: { ...settings.parameters, ...JSON.parse(process.env.OCR_EXTRA ?? '{}') },
    });
    const page = await engine.evaluate(async ({ read, png, scale }) => {
      const bitmap = await createImageBitmap(await (await fetch(`data:image/png;base64,${png}`)).blob());
      const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
      const context = canvas.getContext('2d');
      context.drawImage(bitmap, 0, 0);
      const pixels = context.getImageData(0, 0, bitmap.width, bitmap.height);
      const lines = OcrRecord.linesOf(read.blocks, scale);
      for (const line of lines) for (const word of line.words) word.background = OcrRecord.backgroundOf(pixels, word.box);
      return { width: bitmap.width, height: bitmap.height, lines };
    }, { read, png, scale: settings.scale });
    await writeFile(join(OUT, `${name}.json`), `${JSON.stringify(page)}\n`);
    console.log(`${name}: ${page.lines.length} lines, ${page.lines.reduce((n, l) => n + l.words.length, 0)} words`);
  }
} finally {
  await browser.close();
  await server.close();
}
