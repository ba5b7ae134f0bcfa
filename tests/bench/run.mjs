// `npm run bench`: performance figures in real headless Chromium with the built extension, each beside a
// reference measured in the same run. The last line is one JSON object with every figure (numbers only).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { E2E_BUILD, launchWithExtension } from '../../scripts/chromium.mjs';
import { serve } from '../../scripts/serve.mjs';

const RUNS = 21;
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };
const p95 = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.ceil(s.length * 0.95) - 1)]; };
const round = (x, d = 2) => Math.round(x * 10 ** d) / 10 ** d;
const figures = {};
const report = (key, value, reference, note) => {
  figures[key] = round(value);
  console.log(`${key.padEnd(28)} ${String(round(value)).padStart(8)}   reference: ${reference}${note ? `   ${note}` : ''}`);
};

/** Time until the list is in the document and painted, from navigation start. */
async function firstRender(page, url) {
  await page.goto(url);
  return page.evaluate(async () => {
    const mark = () => performance.getEntriesByName('crc:catalogue-visible')[0];
    while (!mark()) await new Promise((r) => setTimeout(r, 5));
    await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
    const fcp = performance.getEntriesByName('first-contentful-paint')[0];
    return Math.max(mark().startTime, fcp ? fcp.startTime : 0);
  });
}

async function medianFirstRender(page, url) {
  await firstRender(page, url); // warm-up: the first load also compiles and caches
  const times = [];
  for (let i = 0; i < RUNS; i++) times.push(await firstRender(page, url));
  return median(times);
}

/**
 * Per keystroke: from the input event until the next task runs, i.e. after search and re-render.
 * The reference types the same text into an input nobody listens to, measured the same way.
 */
async function keystrokeTimes(page, selector) {
  return page.evaluate(async (selector) => {
    const nextTask = () => new Promise((r) => { const c = new MessageChannel(); c.port1.onmessage = r; c.port2.postMessage(0); });
    // Warm-up words differ from measured ones so that search's per-word cache cannot flatter the figure.
    const warmUp = ['vending machine', 'concierge', 'dealer network', 'subscription'];
    const queries = ['chatbot', 'account manager', 'comunity forum', 'self servise', 'loyalty programme', 'lego'];
    const target = document.querySelector(selector);
    const idle = document.createElement('input');
    document.body.append(idle);
    const measure = async (input, list) => {
      const out = [];
      for (const q of list) {
        for (let i = 1; i <= q.length; i++) {
          const t0 = performance.now();
          input.value = q.slice(0, i);
          input.dispatchEvent(new Event('input', { bubbles: true }));
          await nextTask();
          out.push(performance.now() - t0);
        }
        input.value = '';
        input.dispatchEvent(new Event('input', { bubbles: true }));
        await nextTask();
      }
      return out;
    };
    await measure(target, warmUp);
    const ours = await measure(target, queries);
    const reference = await measure(idle, queries);
    idle.remove();
    return { ours, reference };
  }, selector);
}

/** Gzipped size of the JavaScript the side panel page loads (its scripts and preloaded chunks). */
function panelJsGzipKb() {
  const html = readFileSync(join(E2E_BUILD, 'sidepanel.html'), 'utf8');
  const files = [...html.matchAll(/(?:src|href)="([^"]+\.js)"/g)].map((m) => m[1].replace(/^\//, ''));
  const seen = new Set();
  const visit = (file) => {
    if (seen.has(file)) return;
    seen.add(file);
    const code = readFileSync(join(E2E_BUILD, file), 'utf8');
    // Static imports between chunks are loaded up front too.
    for (const m of code.matchAll(/(?:^|[;\s])import\s*(?:[\w*{}\s,$]+from\s*)?["'](\.{1,2}\/[^"']+\.js)["']/g)) {
      visit(join(file, '..', m[1]).replace(/\\/g, '/'));
    }
  };
  files.forEach(visit);
  const bytes = [...seen].reduce((sum, f) => sum + gzipSync(readFileSync(join(E2E_BUILD, f)), { level: 9 }).length, 0);
  return { kb: bytes / 1024, files: [...seen] };
}

const server = await serve(join(import.meta.dirname));
const browser = await launchWithExtension();
try {
  const page = await browser.context.newPage();
  const ours = await medianFirstRender(page, browser.panelUrl);
  const reference = await medianFirstRender(page, `${server.origin}/reference.html`);
  report('sidepanel_first_render_ms', ours, `static 12-item page ${round(reference)} ms`, `ratio ${round(ours / reference)} (median of ${RUNS}; budget ≤ 150)`);
  figures.sidepanel_first_render_reference_ms = round(reference);

  await page.goto(browser.panelUrl);
  await page.getByRole('searchbox', { name: 'Search relationship types' }).waitFor();
  const keys = await keystrokeTimes(page, 'input[type=search]');
  const mean = (xs) => xs.reduce((a, b) => a + b, 0) / xs.length;
  report('search_keystroke_ms', mean(keys.ours), `input without listeners ${round(mean(keys.reference))} ms`,
    `p95 ${round(p95(keys.ours))} ms over ${keys.ours.length} keystrokes (budget ≤ 2)`);
  figures.search_keystroke_p95_ms = round(p95(keys.ours));
  figures.search_keystroke_reference_ms = round(mean(keys.reference));

  const size = panelJsGzipKb();
  report('sidepanel_js_gzip_kb', size.kb, 'budget 80 KB', `${size.files.length} files: ${size.files.join(', ')}`);
} finally {
  await browser.close();
  await server.close();
}
console.log(JSON.stringify(figures));
