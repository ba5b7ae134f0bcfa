// Bench of the Class area, in the side panel of the built extension:
// - import_30_files_ms: 30 exported files picked at once, from the file input's change to the preview
//   (files read, validated, planned) plus from "Import" to done (one transaction per file, cohort included);
//   reference: the same 30 files parsed with JSON.parse and the records an import of them must leave (each
//   draft, its drafts-list entry, its first revision, the cohort and the draft's membership) written with raw
//   IndexedDB puts, one transaction per file, then the drafts read back, in a scratch database of the same page.
//   (Until the import was made faster, the reference wrote the drafts alone: a third of what the coach sees —
//   the drafts list, the history and the cohort — would then have been missing.)
// - overview_500_drafts_ms: opening a cohort of 500 drafts until its overview is rendered (records read and
//   validated, health check of every draft, rows, charts, first rows of the grid drawn); reference: raw
//   IndexedDB reads of the same records (the cohort's members by index, then each draft) in the same page.
// Each figure is the median of several runs; ratios are ours / reference.
//
// Use: `const figures = await benchCohort(browser, { report })` where `browser` is what scripts/chromium.mjs's
// launchWithExtension() resolves to (e2e build) and `report(key, value, reference, note)` prints a line.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { envelopeOf, studentDraft } from '../support/class-files.mjs';

const IMPORT_RUNS = 5;
const OVERVIEW_RUNS = 7;
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };
const round = (x) => Math.round(x * 100) / 100;

/** Thirty files whose draft ids are unique to `run`, so every run imports new drafts. */
function filesOfRun(dir, run) {
  return Array.from({ length: 30 }, (_, i) => {
    const draft = { ...studentDraft(i + 1), id: `bench-${run}-${i + 1}` };
    const text = `${JSON.stringify(envelopeOf([draft]), null, 2)}\n`;
    const path = join(dir, `run${run}-student-${i + 1}.json`);
    writeFileSync(path, text);
    return { path, text };
  });
}

const lastMeasure = (page, name) => page.evaluate((n) => performance.getEntriesByName(n).at(-1)?.duration, name);

async function importOnce(page, files) {
  await page.evaluate(() => performance.clearMeasures());
  await page.getByLabel('Choose files or zips to import (or drop them here)').setInputFiles(files.map((f) => f.path));
  await page.getByRole('button', { name: 'Import 30 files' }).waitFor();
  const preview = await lastMeasure(page, 'crc:class-preview');
  await page.getByRole('button', { name: 'Import 30 files' }).click();
  await page.getByText('Imported 30 files.').waitFor();
  const write = await lastMeasure(page, 'crc:class-import');
  return preview + write;
}

/**
 * The reference for an import: parse the same texts and put, one transaction per file, what the import must
 * leave for the coach to see (drafts, drafts-list entries, first revisions, cohort, memberships); read the
 * drafts back.
 */
function rawImport(page, texts, run) {
  return page.evaluate(async ({ texts, run }) => {
    const db = await new Promise((resolve, reject) => {
      const open = indexedDB.open(`bench-raw-import-${run}`, 1);
      open.onupgradeneeded = () => {
        open.result.createObjectStore('drafts', { keyPath: 'id' });
        open.result.createObjectStore('listing', { keyPath: 'id' });
        open.result.createObjectStore('revisions', { keyPath: ['draftId', 'rev'] });
        open.result.createObjectStore('cohorts', { keyPath: 'id' });
        open.result.createObjectStore('members', { keyPath: 'draftId' }).createIndex('cohortId', 'cohortId');
      };
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const done = (tx) => new Promise((resolve, reject) => { tx.oncomplete = resolve; tx.onerror = () => reject(tx.error); });
    const t0 = performance.now();
    const at = new Date().toISOString();
    const cohort = { id: `bench-raw-cohort-${run}`, name: 'Raw', createdAt: at, updatedAt: at };
    for (const [i, text] of texts.entries()) {
      const stores = ['drafts', 'listing', 'revisions', 'cohorts', 'members'];
      const tx = db.transaction(stores, 'readwrite');
      const [drafts, listing, revisions, cohorts, members] = stores.map((s) => tx.objectStore(s));
      cohorts.put(cohort);
      for (const d of JSON.parse(text).drafts) {
        drafts.put(d);
        listing.put({ id: d.id, title: d.title, summary: d.summary, segmentNames: d.segments.map((s) => s.name), updatedAt: d.updatedAt, rev: d.rev });
        revisions.put({ draftId: d.id, rev: d.rev, savedAt: d.updatedAt, reason: 'import', draft: d });
        members.put({ draftId: d.id, cohortId: cohort.id, author: `student ${i + 1}`, file: `student-${i + 1}.json`, addedAt: at });
      }
      await done(tx);
    }
    await new Promise((resolve) => { db.transaction('drafts').objectStore('drafts').getAll().onsuccess = resolve; });
    const took = performance.now() - t0;
    db.close();
    return took;
  }, { texts, run });
}

/** 500 drafts in one cohort, written straight into the extension's database (version 4). */
function seedCohort(browser, drafts) {
  return browser.worker.evaluate(({ drafts }) => new Promise((resolve, reject) => {
    const open = indexedDB.open('crc');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const db = open.result;
      const at = new Date().toISOString();
      const tx = db.transaction(['drafts', 'listing', 'cohorts', 'members'], 'readwrite');
      tx.objectStore('cohorts').put({ id: 'bench-cohort-500', name: 'Bench cohort', createdAt: at, updatedAt: at });
      for (const d of drafts) {
        tx.objectStore('drafts').put(d);
        tx.objectStore('listing').put({ id: d.id, title: d.title, summary: d.summary, segmentNames: d.segments.map((s) => s.name), updatedAt: d.updatedAt, rev: d.rev });
        tx.objectStore('members').put({ draftId: d.id, cohortId: 'bench-cohort-500', author: `Student ${d.id}`, file: '', addedAt: at });
      }
      tx.oncomplete = () => { db.close(); resolve(drafts.length); };
      tx.onerror = () => reject(tx.error);
    };
  }), { drafts });
}

async function overviewOnce(page, url) {
  await page.goto('about:blank');
  await page.goto(url);
  await page.getByRole('grid', { name: 'Drafts of the cohort' }).getByRole('row').nth(5).waitFor();
  await page.waitForFunction(() => performance.getEntriesByName('crc:cohort-overview').length > 0);
  return lastMeasure(page, 'crc:cohort-overview');
}

function rawOverview(page) {
  return page.evaluate(async () => {
    const db = await new Promise((resolve, reject) => {
      const open = indexedDB.open('crc');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const request = (r) => new Promise((resolve, reject) => { r.onsuccess = () => resolve(r.result); r.onerror = () => reject(r.error); });
    const t0 = performance.now();
    const tx = db.transaction(['members', 'drafts']);
    const members = await request(tx.objectStore('members').index('cohortId').getAll('bench-cohort-500'));
    const drafts = await Promise.all(members.map((m) => request(tx.objectStore('drafts').get(m.draftId))));
    const took = performance.now() - t0;
    db.close();
    if (drafts.length !== 500) throw new Error(`expected 500 drafts, read ${drafts.length}`);
    return took;
  });
}

export async function benchCohort(browser, { report = () => {} } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'crc-bench-cohort-'));
  const page = await browser.context.newPage();
  try {
    await page.goto(`${browser.panelUrl}#/cohorts`);
    await page.getByRole('heading', { name: 'Class', exact: true }).waitFor();
    const ours = [];
    const reference = [];
    for (let run = 0; run <= IMPORT_RUNS; run++) {
      const files = filesOfRun(dir, run);
      const took = await importOnce(page, files);
      const raw = await rawImport(page, files.map((f) => f.text), run);
      if (run > 0) { // the first run is a warm-up: it loads the chunks and compiles them
        ours.push(took);
        reference.push(raw);
      }
      await page.goto(`${browser.panelUrl}#/cohorts`);
      await page.getByRole('heading', { name: 'Class', exact: true }).waitFor();
    }
    const importMs = median(ours);
    const importRef = median(reference);

    await seedCohort(browser, Array.from({ length: 500 }, (_, i) => ({ ...studentDraft((i % 30) + 1), id: `bench-500-${i}`, title: `Start-up ${i}` })));
    const url = `${browser.panelUrl}#/cohort/bench-cohort-500`;
    await overviewOnce(page, url); // warm-up
    const overview = [];
    const raw = [];
    for (let i = 0; i < OVERVIEW_RUNS; i++) {
      overview.push(await overviewOnce(page, url));
      raw.push(await rawOverview(page));
    }
    const overviewMs = median(overview);
    const overviewRef = median(raw);

    const figures = {
      import_30_files_ms: round(importMs),
      import_30_files_ratio: round(importMs / importRef),
      overview_500_drafts_ms: round(overviewMs),
      overview_500_drafts_ratio: round(overviewMs / overviewRef),
    };
    report('import_30_files_ms', importMs, `${round(importRef)} ms raw IndexedDB writes of the same 30 files' records + read of the drafts`);
    report('overview_500_drafts_ms', overviewMs, `${round(overviewRef)} ms raw IndexedDB reads of the same 500 records`);
    return figures;
  } finally {
    await page.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

// Run on its own: `node tests/bench/cohort.mjs` (after `npm run build:e2e`) prints the figures as JSON.
if (import.meta.url === `file://${process.argv[1]}`) {
  const { launchWithExtension } = await import('../../scripts/chromium.mjs');
  const browser = await launchWithExtension({ viewport: { width: 1100, height: 900 } });
  try {
    const figures = await benchCohort(browser, { report: (key, value, reference) => console.log(`${key.padEnd(28)} ${String(round(value)).padStart(8)}   reference: ${reference}`) });
    console.log(JSON.stringify(figures));
  } finally {
    await browser.close();
  }
}
