// End-to-end: a coach imports a class of 30 files (one broken), sorts the overview by findings, compares two
// drafts, scores one with the rubric and downloads the review zip; the student imports their review and sees
// the scores.
import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { createRequire } from 'node:module';
import { unzipSync, strFromU8 } from 'fflate';
import { launchWithExtension } from '../../scripts/chromium.mjs';
import { classFiles } from '../support/class-files.mjs';

let coach;
let student;
let work;
let paths;
let reviewPath;
const STUDENT_FILE = 'gus-07.json';
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** axe-core on the page as it is now (light and dark): no serious or critical violation. */
async function expectAccessible(page, view) {
  for (const scheme of ['light', 'dark']) {
    await page.emulateMedia({ colorScheme: scheme });
    if (!(await page.evaluate(() => typeof window.axe === 'object'))) await page.evaluate(AXE_SOURCE);
    const violations = await page.evaluate(() => window.axe.run(document).then((r) => r.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.impact} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)));
    assert.deepEqual(violations, [], `${view} (${scheme})`);
  }
  await page.emulateMedia({ colorScheme: null });
}

before(async () => {
  work = mkdtempSync(join(tmpdir(), 'crc-cohort-'));
  const files = classFiles(30);
  // One of the thirty is cut off half way, as a failed upload would leave it.
  files[11] = { name: files[11].name, text: files[11].text.slice(0, 300) };
  paths = files.map((f) => {
    const path = join(work, f.name);
    writeFileSync(path, f.text);
    return path;
  });
  coach = await launchWithExtension({ viewport: { width: 1100, height: 900 } });
  student = await launchWithExtension({ viewport: { width: 480, height: 900 } });
});
after(async () => {
  await coach?.close();
  await student?.close();
  if (work) rmSync(work, { recursive: true, force: true });
});

/** The findings cell of each row the grid shows, top to bottom, as [high, medium, low]. */
async function findingCounts(grid) {
  const texts = await grid.getByRole('row').evaluateAll((rows) => rows.slice(1).map((r) => r.querySelectorAll('[role=gridcell]')[6]?.textContent ?? ''));
  return texts.map((t) => ['high', 'medium', 'low'].map((s) => Number(new RegExp(`(\\d+) ${s}`).exec(t)?.[1] ?? 0)));
}

describe('a coach with a class', () => {
  it('the student has their own draft', async () => {
    const page = await student.context.newPage();
    await page.goto(`${student.panelUrl}#/exchange`);
    await page.getByLabel('Choose a file to import (or drop it here)').setInputFiles(join(work, STUDENT_FILE));
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await page.getByText('Imported 1 draft and 0 annotations.').waitFor();
  });

  it('imports thirty files at once: the broken one is refused with its name, the others make a cohort', async () => {
    const page = await coach.context.newPage();
    await page.goto(`${coach.panelUrl}#/cohorts`);
    await page.getByLabel('Choose files or zips to import (or drop them here)').setInputFiles(paths);
    const preview = page.getByRole('region', { name: 'Preview: 30 files' });
    await preview.getByText('29 files ready (29 drafts), 1 file refused.').waitFor();
    const broken = preview.getByRole('listitem').filter({ hasText: 'lea-12.json' }).first();
    await broken.getByText(/refused, nothing of it will be imported/).waitFor();
    await broken.getByText(/file: it ends too early/).waitFor();
    await expectAccessible(page, 'import preview');
    await preview.getByRole('textbox', { name: 'Name of the new cohort' }).fill('Spring class');
    await preview.getByRole('button', { name: 'Import 29 files' }).click();
    await page.getByText('Imported 29 files.').waitFor();
    await page.getByRole('link', { name: 'Open the cohort' }).click();
    await page.getByRole('heading', { name: 'Spring class' }).waitFor();
    await page.getByText('29 drafts', { exact: true }).waitFor();
  });

  it('recognises a folder of files already imported as duplicates, leaving out what is not an export', async () => {
    const folder = join(work, 'again');
    mkdirSync(folder);
    for (const path of paths.slice(0, 3)) copyFileSync(path, join(folder, basename(path)));
    writeFileSync(join(folder, 'notes.txt'), 'not an export');
    const page = await coach.context.newPage();
    await page.goto(`${coach.panelUrl}#/cohorts`);
    await page.getByLabel('Or choose a folder (or drop one here)').setInputFiles(folder);
    const preview = page.getByRole('region', { name: 'Preview: 3 files' });
    await preview.getByText('0 files ready (0 drafts), 3 duplicates skipped.').waitFor();
    await preview.getByText(/again\/ada-01\.json — duplicate of your drafts: skipped/).waitFor();
    await preview.getByText('Files left out (1)').waitFor();
    assert.equal(await preview.getByRole('button', { name: /^Import/ }).count(), 0);
    await page.close();
  });

  it('refuses a file over the 5 MB limit by its name and its size', async () => {
    const big = join(work, 'huge-export.json');
    writeFileSync(big, `{"drafts":[],"padding":"${'x'.repeat(6 * 1024 * 1024)}"}`);
    const page = await coach.context.newPage();
    await page.goto(`${coach.panelUrl}#/cohorts`);
    await page.getByLabel('Choose files or zips to import (or drop them here)').setInputFiles([big, join(work, STUDENT_FILE)]);
    const preview = page.getByRole('region', { name: 'Preview: 2 files' });
    const refused = preview.getByRole('listitem').filter({ hasText: 'huge-export.json' }).first();
    await refused.getByText(/it is 6(\.0)? MB, and imports are limited to 5 MB/).waitFor();
    await preview.getByText(/1 file refused/).waitFor();
    await preview.getByRole('button', { name: 'Cancel' }).click();
    await page.close();
  });

  it('sorts the overview by findings, most first, and moves through it with the keyboard', async () => {
    const page = coach.context.pages().at(-1);
    const grid = page.getByRole('grid', { name: 'Drafts of the cohort' });
    assert.equal(await grid.getAttribute('aria-rowcount'), '30');
    await grid.getByRole('columnheader', { name: 'Findings' }).getByRole('button').click();
    assert.equal(await grid.getByRole('columnheader', { name: /Findings/ }).getAttribute('aria-sort'), 'descending');
    const counts = await findingCounts(grid);
    assert.ok(counts.length >= 10, `rows drawn: ${counts.length}`);
    const weight = ([h, m, l]) => h * 1e6 + m * 1e3 + l;
    for (let i = 1; i < counts.length; i++) assert.ok(weight(counts[i - 1]) >= weight(counts[i]), `row ${i} ${counts[i - 1]} before ${counts[i]}`);
    assert.ok(weight(counts[0]) > weight(counts.at(-1)), 'the findings differ between drafts');

    // Keyboard: from the sorted header, down into the first row, right to the next column.
    const focusedCell = (cell) => page.waitForFunction((c) => document.activeElement?.getAttribute('data-cell') === c, cell, { timeout: 2000 });
    await page.keyboard.press('ArrowDown');
    await focusedCell('0:6');
    await page.keyboard.press('ArrowLeft');
    await focusedCell('0:5');
    await page.keyboard.press('PageDown');
    await focusedCell('10:5');
    await page.keyboard.press('Control+End');
    await focusedCell('28:8');
    assert.equal(await page.evaluate(() => document.activeElement?.closest('[role=row]')?.getAttribute('aria-rowindex')), '30');

    await expectAccessible(page, 'overview');
    const filter = page.getByRole('searchbox', { name: 'Filter by author, title or type' });
    await filter.fill('gus');
    await page.getByText('2 drafts shown of 29', { exact: false }).waitFor();
    await filter.fill('');
  });

  it('compares two drafts side by side with the differences marked', async () => {
    const page = coach.context.pages().at(-1);
    const grid = page.getByRole('grid', { name: 'Drafts of the cohort' });
    await grid.getByRole('columnheader', { name: /Author/ }).getByRole('button').click();
    await grid.getByRole('checkbox', { name: 'Select “Start-up 07”' }).check();
    await grid.getByRole('checkbox', { name: 'Select “Start-up 08”' }).check();
    await page.getByRole('button', { name: 'Compare the two' }).click();
    const table = page.getByRole('table', { name: /Start-up 07 compared with .*Start-up 08/ });
    await table.waitFor();
    await page.getByRole('status').filter({ hasText: /parts differ/ }).waitFor();
    const titleRow = table.getByRole('row', { name: /Draft › Title \(differs\)/ });
    await titleRow.getByText('Start-up 07').waitFor();
    await table.getByRole('rowheader', { name: /› Segment$/ }).first().waitFor(); // both have “Families”: same
    await expectAccessible(page, 'compare');
  });

  it('scores the student with the rubric and downloads one review file per draft in a zip', async () => {
    const page = coach.context.pages().at(-1);
    await page.getByRole('button', { name: 'Rubric' }).click();
    await page.getByRole('combobox', { name: 'Draft to score' }).selectOption({ label: 'gus 07: Start-up 07' });
    await page.getByRole('spinbutton', { name: /^Every segment has a fitting relationship/ }).fill('3');
    await page.getByRole('spinbutton', { name: /^Choices are argued/ }).fill('2');
    await page.getByRole('textbox', { name: 'Overall feedback for the student' }).fill('Good Get ideas; plan how you keep customers.');
    await expectAccessible(page, 'rubric');
    await page.getByRole('button', { name: 'Save scores' }).click();
    await page.getByRole('status').filter({ hasText: /^Saved: gus 07: Start-up 07 — \d+ of 24 points\.$/ }).waitFor();

    await page.getByRole('button', { name: 'Feedback and exports' }).click();
    await page.getByRole('textbox', { name: 'Your name (on the scores comment)' }).fill('Coach Ana');
    await expectAccessible(page, 'feedback');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download review files (zip)' }).click()]);
    assert.match(download.suggestedFilename(), /^crc-reviews-spring-class-\d{4}-\d{2}-\d{2}\.zip$/);
    const zipPath = join(work, 'reviews.zip');
    await download.saveAs(zipPath);
    const entries = unzipSync(readFileSync(zipPath));
    assert.equal(Object.keys(entries).length, 29);
    const name = Object.keys(entries).find((n) => n.startsWith('gus-07-'));
    assert.equal(name, 'gus-07-start-up-07.json');
    const review = JSON.parse(strFromU8(entries[name]));
    assert.equal(review.kind, 'review');
    assert.equal(review.scores[0].draftId, 'student-draft-07');
    assert.equal(review.scores[0].criteria.find((c) => c.id === 'segments-served').points, 3);
    reviewPath = join(work, name);
    writeFileSync(reviewPath, entries[name]);
  });

  it('the student imports the review and reads the scores and feedback as a comment', async () => {
    const page = await student.context.newPage();
    await page.goto(`${student.panelUrl}#/exchange`);
    await page.getByLabel('Choose a file to import (or drop it here)').setInputFiles(reviewPath);
    await page.getByRole('group', { name: 'Review of “Start-up 07”: 1 new comment' }).waitFor();
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await page.getByText(/merged 1 review/).waitFor();
    await page.getByRole('link', { name: 'Open “Start-up 07”' }).click();
    const comments = page.getByRole('region', { name: /Review comments \(1 open\)/ });
    await comments.getByText(/Rubric scores/).waitFor();
    await comments.getByText(/Every segment has a fitting relationship: 3 \/ 4/).waitFor();
    await comments.getByText(/Good Get ideas; plan how you keep customers\./).waitFor();
    await comments.getByText(/Coach Ana/).first().waitFor();
  });
});
