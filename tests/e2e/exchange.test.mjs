// End-to-end: a student exports a draft, a coach imports it in another profile, comments and exports the
// review, the student imports the review and sees the comments; a broken file changes nothing; the printable
// page prints on one page.
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { launchWithExtension } from '../../scripts/chromium.mjs';

let student;
let coach;
let work;
let draftFile;
let reviewFile;
const TITLE = 'Fresh Crate meal kits';

before(async () => {
  work = mkdtempSync(join(tmpdir(), 'crc-exchange-'));
  student = await launchWithExtension({ viewport: { width: 480, height: 900 } });
  coach = await launchWithExtension({ viewport: { width: 480, height: 900 } });
});
after(async () => {
  await student?.close();
  await coach?.close();
  if (work) rmSync(work, { recursive: true, force: true });
});

/** Clicks Download and keeps the file; resolves to its path and parsed JSON. */
async function downloadJson(page, name) {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download' }).click()]);
  const path = join(work, name);
  await download.saveAs(path);
  return { path, suggested: download.suggestedFilename(), json: JSON.parse(readFileSync(path, 'utf8')) };
}

/** How many drafts the drafts list shows, once it has loaded. */
async function draftCount(page, panelUrl) {
  await page.goto(`${panelUrl}#/drafts`);
  const list = page.getByRole('list', { name: 'Your drafts' });
  await list.getByRole('listitem').first().waitFor();
  return list.getByRole('listitem').count();
}

async function importFile(page, path) {
  await page.getByLabel('Choose a file to import (or drop it here)').setInputFiles(path);
}

describe('export, review and import between two profiles', () => {
  it('exports one draft as a JSON file that parses and holds the draft', async () => {
    const page = await student.context.newPage();
    await page.goto(`${student.panelUrl}#/drafts`);
    await page.getByRole('button', { name: 'New draft' }).click();
    await page.getByRole('textbox', { name: 'Draft title' }).fill(TITLE);
    await page.getByRole('button', { name: 'Add segment' }).click();
    await page.getByRole('textbox', { name: 'Segment name' }).fill('Busy families');
    const seg = page.getByRole('region', { name: 'Segment: Busy families' });
    await seg.getByRole('button', { name: 'Add Keep tactic for Busy families' }).click();
    await seg.getByRole('textbox', { name: 'Keep tactic 1', exact: true }).fill('Skip a week in the app');
    await page.getByRole('status').filter({ hasText: /^Saved$/ }).waitFor();

    await page.getByRole('link', { name: 'Export…' }).click();
    await page.getByRole('heading', { name: 'Export and import' }).waitFor();
    const file = await downloadJson(page, 'draft.json');
    draftFile = file.path;
    assert.match(file.suggested, /^crc-fresh-crate-meal-kits-\d{4}-\d{2}-\d{2}\.json$/);
    assert.equal(file.json.format, 'crc-export');
    assert.equal(file.json.version, 1);
    assert.deepEqual(file.json.drafts.map((d) => d.title), [TITLE]);
    assert.equal(file.json.drafts[0].segments[0].grid.keep[0].text, 'Skip a week in the app');
  });

  it('imports it into another profile after a preview, and the coach comments on it', async () => {
    const page = await coach.context.newPage();
    await page.goto(`${coach.panelUrl}#/exchange`);
    await importFile(page, draftFile);
    await page.getByText(`New draft “${TITLE}”`).waitFor();
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await page.getByText('Imported 1 draft and 0 annotations.').waitFor();
    await page.getByRole('link', { name: `Open “${TITLE}”` }).click();

    const comments = page.getByRole('region', { name: /Review comments/ });
    await comments.getByRole('textbox', { name: 'Your name (shown with your comments)' }).fill('Coach Ana');
    await comments.getByRole('combobox', { name: 'About' }).selectOption({ label: 'Segment “Busy families” › Keep › “Skip a week in the app”' });
    await comments.getByRole('textbox', { name: 'Comment', exact: true }).fill('How will you know skipping keeps them? Add a churn target.');
    await comments.getByRole('button', { name: 'Add comment' }).click();
    await comments.getByText('How will you know skipping keeps them? Add a churn target.').waitFor();
    await page.getByRole('status').filter({ hasText: /^Saved$/ }).waitFor();

    await page.getByRole('link', { name: 'Export…' }).click();
    reviewFile = (await downloadJson(page, 'review.json')).path;
  });

  it('merges the review into the student’s draft after the student confirms, keeping the student’s text', async () => {
    const page = await student.context.newPage();
    await page.goto(`${student.panelUrl}#/exchange`);
    await importFile(page, reviewFile);
    const review = page.getByRole('group', { name: `Review of “${TITLE}”: 1 new comment` });
    await review.waitFor();
    assert.equal(await review.getByRole('radio', { name: 'Add the comments to my draft' }).isChecked(), true);
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await page.getByText(/merged 1 review/).waitFor();
    await page.getByRole('link', { name: `Open “${TITLE}”` }).click();

    const comments = page.getByRole('region', { name: /Review comments \(1 open\)/ });
    await comments.getByText('How will you know skipping keeps them? Add a churn target.').waitFor();
    await comments.getByText(/Segment “Busy families” › Keep › “Skip a week in the app” · Coach Ana/).waitFor();
    assert.equal(await draftCount(page, student.panelUrl), 1, 'merged, not copied');
    await page.getByRole('link', { name: TITLE }).click();
    await page.getByRole('link', { name: 'History' }).click();
    await page.getByText(/review comments merged/).waitFor();
  });

  it('refuses a broken file with every problem and its path, and changes nothing', async () => {
    const broken = JSON.parse(readFileSync(draftFile, 'utf8'));
    broken.drafts[0].id = 'another-id';
    broken.drafts[0].segments[0].grid.keep[0].text = 5;
    broken.drafts[0].title = { html: '<img src=x onerror=alert(1)>' };
    const path = join(work, 'broken.json');
    writeFileSync(path, JSON.stringify(broken));
    const page = await student.context.newPage();
    await page.goto(`${student.panelUrl}#/exchange`);
    await importFile(page, path);
    const alert = page.getByRole('alert').filter({ hasText: 'was not imported, and nothing changed' });
    await alert.waitFor();
    await alert.getByText(/^drafts\[0\]\.segments\[0\]\.grid\.keep\[0\]\.text: /).waitFor();
    await alert.getByText(/^drafts\[0\]\.title: /).waitFor();
    assert.equal(await page.locator('img').count(), 0);
    assert.equal(await draftCount(page, student.panelUrl), 1);
  });

  it('opens a printable page that prints on one A4 page', async () => {
    const page = await student.context.newPage();
    await page.goto(`${student.panelUrl}#/exchange`);
    await page.getByRole('radio', { name: 'Chosen drafts' }).check();
    await page.getByRole('checkbox', { name: TITLE }).check();
    await page.getByRole('combobox', { name: 'Format' }).selectOption({ label: 'Printable page' });
    const [printable] = await Promise.all([student.context.waitForEvent('page'), page.getByRole('button', { name: 'Open printable page' }).click()]);
    await printable.waitForLoadState();
    await printable.getByText(TITLE).first().waitFor();
    await printable.getByText('Skip a week in the app', { exact: true }).waitFor();
    await printable.getByText(/Coach Ana/).waitFor();
    assert.equal(await printable.locator('script').count(), 0);
    const pdf = await printable.pdf({ format: 'A4' });
    const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    assert.equal(pages, 1, 'the summary fits on one page');
  });
});
