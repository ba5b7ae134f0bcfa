// `npm run bench`: performance figures in real headless Chromium with the built extension, each beside a
// reference measured in the same run. The last line is one JSON object with every figure (numbers only).
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { benchAnchor, printAnchorDetails } from './anchor.mjs';
import { benchCohort } from './cohort.mjs';
import { benchOcr } from './ocr.mjs';
import { articlePage, canvasPage } from './pages.mjs';
import { join } from 'node:path';
import { E2E_BUILD, launchWithExtension } from '../../scripts/chromium.mjs';
import { serve } from '../../scripts/serve.mjs';
import { BUDGETS_KB, PRODUCTION_BUILD, measureBuild } from '../../scripts/sizes.mjs';

const RUNS = 21;
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };
const p95 = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.ceil(s.length * 0.95) - 1)]; };
const round = (x, d = 2) => Math.round(x * 10 ** d) / 10 ** d;
const figures = {};
/** Records a figure (rounded to `digits` decimals) and prints it beside its reference. */
const report = (key, value, reference, note, digits = 2) => {
  figures[key] = round(value, digits);
  console.log(`${key.padEnd(28)} ${String(round(value, digits)).padStart(8)}   reference: ${reference}${note ? `   ${note}` : ''}`);
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

/**
 * Drafts with 1,000 drafts in the database: cold open, listing, autosave. References are raw IndexedDB
 * calls on the same database in the same page, so the figures show what our layers add.
 */
async function benchDrafts(browser, figures, report) {
  const DRAFTS = 1000;
  const seedPage = await browser.context.newPage();
  await seedPage.goto(`${browser.panelUrl}#/drafts`);
  await seedPage.getByRole('button', { name: 'New draft' }).waitFor();
  await seedPage.evaluate(seedDrafts, DRAFTS);
  await seedPage.close();

  const opens = [];
  const lists = [];
  const rawOpens = [];
  const rawLists = [];
  for (let i = 0; i < 11; i++) {
    // Cold: a new page each time; the reference opens the same database raw in another new page.
    const page = await browser.context.newPage();
    await page.goto(`${browser.panelUrl}#/drafts`);
    await page.getByRole('list', { name: 'Your drafts' }).waitFor();
    const t = await page.evaluate(async () => {
      while (!performance.getEntriesByName('crc:drafts-list')[0]) await new Promise((r) => setTimeout(r, 5));
      return {
        open: performance.getEntriesByName('crc:db-open')[0].duration,
        list: performance.getEntriesByName('crc:drafts-list')[0].duration,
        shown: document.querySelectorAll('.draft-card').length,
      };
    });
    if (t.shown < 1) throw new Error('the drafts list shows nothing');
    opens.push(t.open);
    lists.push(t.list);
    await page.close();
    const ref = await browser.context.newPage();
    await ref.goto(`${browser.panelUrl}#/guide`);
    await ref.getByRole('heading', { level: 2 }).waitFor();
    const r = await ref.evaluate(async () => {
      const t0 = performance.now();
      const db = await new Promise((res, rej) => { const q = indexedDB.open('crc'); q.onsuccess = () => res(q.result); q.onerror = () => rej(q.error); });
      const t1 = performance.now();
      const all = await new Promise((res) => { const q = db.transaction('listing').objectStore('listing').getAll(); q.onsuccess = () => res(q.result); });
      const t2 = performance.now();
      db.close();
      return { open: t1 - t0, list: t2 - t1, n: all.length };
    });
    if (r.n < DRAFTS) throw new Error(`expected ${DRAFTS} drafts in the database, found ${r.n}`);
    rawOpens.push(r.open);
    rawLists.push(r.list);
    await ref.close();
  }
  report('db_cold_open_ms', median(opens), `raw indexedDB.open ${round(median(rawOpens))} ms`, `median of ${opens.length} new pages (budget ≤ 100)`);
  report('list_1000_drafts_ms', median(lists), `raw getAll of ${DRAFTS} listing entries ${round(median(rawLists))} ms`, `read + validate + render, median (budget ≤ 50)`);
  figures.db_cold_open_reference_ms = round(median(rawOpens));
  figures.list_1000_drafts_reference_ms = round(median(rawLists));

  // Autosave: edit the title of a seeded draft, then hide the panel (pagehide) so it saves at once.
  const page = await browser.context.newPage();
  await page.goto(`${browser.panelUrl}#/drafts`);
  await page.getByRole('list', { name: 'Your drafts' }).getByRole('link').first().click();
  const title = page.getByRole('textbox', { name: 'Draft title' });
  await title.waitFor();
  const SAVES = 40;
  await title.fill('Bench draft');
  await page.getByRole('status').filter({ hasText: /^Saved$/ }).waitFor();
  // Typed and saved inside the page, so the test driver's polling does not compete with the saves.
  const saved = await page.evaluate(async (n) => {
    const input = document.querySelector('.title-field input');
    const count = () => performance.getEntriesByName('crc:autosave').length;
    for (let i = 0; i < n; i++) {
      const before = count();
      input.value = `Bench draft edit ${i}`;
      input.dispatchEvent(new Event('input', { bubbles: true }));
      dispatchEvent(new Event('pagehide'));
      while (count() === before) await new Promise((r) => setTimeout(r, 2));
      await new Promise((r) => setTimeout(r, 30));
    }
    return document.querySelector('.save-status')?.textContent;
  }, SAVES);
  if (saved !== 'Saved') throw new Error(`after the edits the status reads "${saved}"`);
  const saves = await page.evaluate(() => performance.getEntriesByName('crc:autosave').map((e) => e.duration));
  const rawSaves = await page.evaluate(async (n) => {
    const db = await new Promise((res) => { const q = indexedDB.open('crc'); q.onsuccess = () => res(q.result); });
    const id = location.hash.split('/')[2];
    const out = [];
    for (let i = 0; i < n; i++) {
      const t0 = performance.now();
      await new Promise((res, rej) => {
        const tx = db.transaction(['drafts', 'listing', 'revisions'], 'readwrite');
        const get = tx.objectStore('drafts').get(id);
        get.onsuccess = () => {
          const d = { ...get.result, id: 'bench-reference' };
          tx.objectStore('drafts').put(d);
          tx.objectStore('listing').put({ id: d.id, title: d.title, summary: d.summary, segmentNames: [], updatedAt: d.updatedAt, rev: i + 1 });
          tx.objectStore('revisions').put({ draftId: 'bench-reference', rev: i + 1, savedAt: d.updatedAt, reason: 'edit', draft: d });
        };
        tx.oncomplete = res;
        tx.onerror = () => rej(tx.error);
      });
      out.push(performance.now() - t0);
    }
    db.close();
    return out;
  }, SAVES);
  await page.close();
  report('autosave_p95_ms', p95(saves), `raw get + 3 puts in one transaction, p95 ${round(p95(rawSaves))} ms`, `${saves.length} saves (budget ≤ 15)`);
  figures.autosave_reference_p95_ms = round(p95(rawSaves));
}

/** Writes `n` realistic drafts (2 segments, 4 types, 9 tactics each) straight into the database. */
async function seedDrafts(n) {
  const db = await new Promise((res, rej) => { const q = indexedDB.open('crc'); q.onsuccess = () => res(q.result); q.onerror = () => rej(q.error); });
  const tactic = (i, phase) => ({ id: `t-${phase}-${i}`, text: `A ${phase} tactic number ${i} with a sentence of detail`, channel: 'App', metric: { name: 'churn', target: '< 3 %/month' } });
  const grid = () => ({ get: [0, 1, 2].map((i) => tactic(i, 'get')), keep: [0, 1, 2].map((i) => tactic(i, 'keep')), grow: [0, 1, 2].map((i) => tactic(i, 'grow')) });
  await new Promise((res, rej) => {
    const tx = db.transaction(['drafts', 'listing', 'revisions'], 'readwrite');
    for (let i = 0; i < n; i++) {
      const at = new Date(Date.UTC(2026, 0, 1) + i * 60000).toISOString();
      const draft = {
        id: `bench-${String(i).padStart(4, '0')}`, title: `Bench draft ${i}`, summary: 'Self-service + community', summaryEdited: false,
        createdAt: at, updatedAt: at, rev: 1,
        segments: [
          { id: `s1-${i}`, name: 'Families', notes: 'Some notes about this segment.', grid: grid(),
            types: [{ typeId: 'self-service', rationale: 'They plan at night.' }, { typeId: 'community', rationale: 'They share recipes.' }] },
          { id: `s2-${i}`, name: 'Offices', notes: '', grid: grid(),
            types: [{ typeId: 'dedicated-personal-assistance', rationale: 'Big orders.' }, { typeId: 'long-term', rationale: 'Contracts.' }] },
        ],
      };
      tx.objectStore('drafts').put(draft);
      tx.objectStore('listing').put({ id: draft.id, title: draft.title, summary: draft.summary, segmentNames: ['Families', 'Offices'], updatedAt: at, rev: 1 });
      tx.objectStore('revisions').put({ draftId: draft.id, rev: 1, savedAt: at, reason: 'create', draft });
    }
    tx.oncomplete = res;
    tx.onerror = () => rej(tx.error);
  });
  db.close();
}

/**
 * Canvas detection in the content script, on generated 20,000-element pages: detection time ÷ one
 * TreeWalker pass over the same page's text (same page, same run); a 10 s storm of 100 DOM changes/s;
 * the content script's size.
 */
async function benchCanvas(browser, figures, report, origin) {
  const page = await browser.context.newPage();
  const tabId = async () => browser.worker.evaluate(async (url) => (await chrome.tabs.query({ url }))[0]?.id, page.url());
  for (const [key, path] of [['detect_canvas_ratio', 'gen/canvas.html'], ['detect_nocanvas_ratio', 'gen/article.html']]) {
    await page.goto(`${origin}/${path}`);
    const id = await tabId();
    const expected = key === 'detect_canvas_ratio' ? 'found' : 'not-found';
    // Detection and the reference pass alternate, so both meet the same conditions (GC, caches, load).
    // The reference runs where the content script runs (the extension's isolated world of the page): DOM
    // access costs differ between worlds, so both sides of the ratio are measured in the same one.
    // The pass is defined once in that world and warmed up like the detector, so the JIT treats both alike.
    await browser.worker.evaluate((t) => chrome.scripting.executeScript({
      target: { tabId: t },
      func: () => {
        globalThis.__crcReferencePass = () => {
          const t0 = performance.now();
          const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
          let chars = 0;
          while (walker.nextNode()) chars += walker.currentNode.nodeValue.length;
          globalThis.__crcChars = chars; // keep the pass from being optimised away
          return performance.now() - t0;
        };
        for (let i = 0; i < 10; i++) globalThis.__crcReferencePass();
      },
    }), id);
    for (let i = 0; i < 10; i++) await browser.worker.evaluate((t) => chrome.tabs.sendMessage(t, { type: 'canvas/detect' }), id);
    const reference = [];
    for (let i = 0; i < 21; i++) {
      const answer = await browser.worker.evaluate((t) => chrome.tabs.sendMessage(t, { type: 'canvas/detect' }), id);
      if (answer?.status !== expected) throw new Error(`${path}: expected ${expected}, got ${JSON.stringify(answer)}`);
      const [{ result }] = await browser.worker.evaluate(
        (t) => chrome.scripting.executeScript({ target: { tabId: t }, func: () => globalThis.__crcReferencePass() }), id);
      reference.push(result);
    }
    const ours = await page.evaluate(() => performance.getEntriesByName('crc:detect').map((e) => e.duration).slice(-21));
    const times = { ours, reference };
    if (times.ours.length < 5) throw new Error('the content script left no detection timings on the page');
    const oursMs = median(times.ours);
    const ref = median(times.reference);
    report(key, oursMs / ref, `one TreeWalker text pass in the same world ${round(ref)} ms`, `detection ${round(oursMs)} ms, median of ${times.ours.length} (budget ≤ ${key === 'detect_canvas_ratio' ? '2.0' : '1.2'})`);
    figures[`${key.replace('_ratio', '')}_ms`] = round(oursMs);
  }

  // Storm: 100 changes a second for 10 s inside the Customer Relationships block of the big canvas.
  await page.goto(`${origin}/gen/canvas.html`);
  await page.waitForFunction(() => performance.getEntriesByName('crc:scan').length > 0, null, { timeout: 15000 });
  const storm = await page.evaluate(async () => {
    const block = [...document.querySelectorAll('h2')].find((h) => h.textContent === 'Customer Relationships').parentElement;
    const since = performance.now();
    let pageScript = 0;
    await new Promise((done) => {
      let n = 0;
      const timer = setInterval(() => {
        const t0 = performance.now();
        const note = document.createElement('div');
        note.className = 'note';
        note.textContent = `Storm note ${n}`;
        block.append(note);
        if (n % 2) block.querySelector('.note:last-child')?.previousElementSibling?.remove();
        pageScript += performance.now() - t0;
        if (++n >= 1000) {
          clearInterval(timer);
          done();
        }
      }, 10);
    });
    const wall = performance.now() - since;
    await new Promise((r) => setTimeout(r, 2500)); // let the last debounced scan run
    const ours = ['crc:observe', 'crc:scan']
      .flatMap((name) => performance.getEntriesByName(name))
      .filter((e) => e.startTime >= since)
      .reduce((sum, e) => sum + e.duration, 0);
    return { ours, wall, pageScript, scans: performance.getEntriesByName('crc:scan').filter((e) => e.startTime >= since).length };
  });
  report('mutation_storm_cpu_pct', (storm.ours / storm.wall) * 100, `the page's own storm script ${round((storm.pageScript / storm.wall) * 100)} %`,
    `${storm.scans} scans in ${round(storm.wall / 1000, 1)} s (budget ≤ 2)`);
  await page.close();
}

/**
 * The extension's scripts Chromium really ran in a canvas page once its label was found (the Debugger
 * domain reports scripts of every world, the extension's isolated one included), as paths in the build.
 * The bench compares them with the files the size figures count, so those cannot silently go stale.
 */
async function scriptsLoadedByCanvasPage(browser, origin) {
  const page = await browser.context.newPage();
  const cdp = await browser.context.newCDPSession(page);
  const prefix = `chrome-extension://${browser.extensionId}/`;
  const loaded = new Set();
  cdp.on('Debugger.scriptParsed', (e) => e.url.startsWith(prefix) && loaded.add(e.url.slice(prefix.length)));
  await cdp.send('Debugger.enable');
  await page.goto(`${origin}/gen/canvas.html`);
  const id = await browser.worker.evaluate(async (url) => (await chrome.tabs.query({ url }))[0]?.id, page.url());
  const answer = await browser.worker.evaluate((t) => chrome.tabs.sendMessage(t, { type: 'canvas/detect' }), id);
  if (answer?.status !== 'found') throw new Error(`the canvas page's detection answered ${JSON.stringify(answer)}`);
  await page.close();
  return [...loaded].sort();
}

/**
 * Every size figure and its budget, from scripts/sizes.mjs (the code `npm run check:size` runs), on the
 * production build: the e2e build the timings run on is built in another mode (Preact's devtools hooks in).
 */
async function benchSizes(browser, figures, report, origin) {
  const sizes = measureBuild(PRODUCTION_BUILD);
  const counted = [...sizes.files.content_script_gzip_kb].filter((f) => f.endsWith('.js')).sort();
  const loaded = await scriptsLoadedByCanvasPage(browser, origin);
  if (loaded.join() !== counted.join()) {
    throw new Error(`a canvas page loaded ${loaded.join(', ')} but the size figures count ${counted.join(', ')}: update scripts/sizes.mjs`);
  }
  const notes = {
    content_script_first_gzip_kb: 'the always-on content script',
    content_script_gzip_kb: 'what a canvas page loads once a label appears (checked against the scripts Chromium ran)',
    reader_gzip_kb: 'the reader and what is injected with it',
    sidepanel_js_gzip_kb: 'the panel\'s first view (catalogue), with the heaviest language',
    sidepanel_largest_view_gzip_kb: `the panel's largest view (${sizes.largestView})`,
    sidepanel_largest_part_gzip_kb: `a view with the largest part it loads on request (${sizes.largestPart ?? 'none'})`,
    sidepanel_js_total_gzip_kb: 'every chunk an English panel can load but the OCR code',
    sidepanel_language_chunk_gzip_kb: `the heaviest language's chunks of every area (${sizes.heaviestLanguage ?? 'none'}); each view counts those it loads`,
    ocr_code_gzip_kb: '"Read this board" code, loaded on its click',
    ocr_assets_gzip_mb: 'OCR engine, wasm and language data under /ocr/, loaded only by "Read this board"',
  };
  for (const [key, kb] of Object.entries(sizes.figures)) {
    const budget = BUDGETS_KB[key];
    report(key, kb, budget === undefined ? 'no budget of its own' : `budget ≤ ${budget} KB`, `${notes[key]}: ${sizes.files[key].length > 4 ? `${sizes.files[key].length} files` : sizes.files[key].join(' + ')}`);
  }
}

const genDir = mkdtempSync(join(tmpdir(), 'crc-bench-'));
mkdirSync(join(genDir, 'gen'));
writeFileSync(join(genDir, 'gen', 'canvas.html'), canvasPage());
writeFileSync(join(genDir, 'gen', 'article.html'), articlePage());
writeFileSync(join(genDir, 'reference.html'), readFileSync(join(import.meta.dirname, 'reference.html')));
const server = await serve(genDir);
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

  await benchDrafts(browser, figures, report);
  await benchCanvas(browser, figures, report, server.origin);

  // Re-anchoring 200 annotations on a changed 200 KB article, ours vs Hypothesis's matchQuote (tests/bench/anchor.mjs).
  const anchorPage = await browser.context.newPage();
  await anchorPage.goto(`${server.origin}/reference.html`);
  let details;
  const anchor = await benchAnchor(anchorPage, { report: (d) => (details = d) });
  await anchorPage.close();
  printAnchorDetails(anchor, details);
  report('reanchor_ratio', anchor.reanchor_ratio, `Hypothesis's matchQuote ${anchor.reanchor_peer_ms} ms`, `ours ${anchor.reanchor_ms} ms (budget ≤ 1.0)`);
  report('reanchor_placed_success', anchor.reanchor_placed_success, `peer ${anchor.reanchor_placed_success_peer}`,
    `passages still on the page placed on their words, of ${details.still_there} (budget ≥ peer)`, 3);
  report('reanchor_orphan_success', anchor.reanchor_orphan_success, `peer ${anchor.reanchor_orphan_success_peer}`,
    `passages gone left as orphans, of ${details.gone} (budget ≥ peer)`, 3);
  report('reanchor_success', anchor.reanchor_success, `peer ${anchor.reanchor_success_peer}`, 'all passages right, either way (budget ≥ peer)', 3);
  for (const key of ['reanchor_placed_success_peer', 'reanchor_orphan_success_peer', 'reanchor_success_peer', 'reanchor_ms', 'reanchor_peer_ms']) figures[key] = anchor[key];

  await benchSizes(browser, figures, report, server.origin);
  Object.assign(figures, await benchCohort(browser, { report }));
} finally {
  await browser.close();
  await server.close();
}
// "Read this board" starts its own Chromium (a wide window, boards served from their fixtures).
const ocr = await benchOcr({ log: () => {} });
report('ocr_board_ratio', ocr.ocr_board_ratio, 'Tesseract\'s own work on the same picture (timed in the worker)', 'whole read from an open panel ÷ that (budget ≤ 1.3)');
report('ocr_board_ratio_on_open', ocr.ocr_board_ratio_on_open, 'Tesseract\'s own work on the same picture (timed in the worker)', 'the same, read from the right-click menu as the panel opens (reported)');
report('ocr_note_recall', ocr.ocr_note_recall, 'the notes drawn on the fixture boards', 'share read as notes (budget ≥ 0.9)');
console.log(JSON.stringify(figures));
