// End-to-end: a student highlights a passage in an article, tags it, finds it again after reloads and
// changes to the article (the passage itself reworded included), sees it as an orphan when the article changed
// too much, and uses it as evidence.
import assert from 'node:assert/strict';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { launchWithExtension } from '../../scripts/chromium.mjs';
import { selectWithMouse } from '../../scripts/select-text.mjs';
import { serve } from '../../scripts/serve.mjs';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'reader');
// The original is the demo article itself; the other versions are edits of it.
const VERSIONS = { original: join(import.meta.dirname, '..', 'fixtures', 'demo', 'article.html') };
const PASSAGE = 'It cost almost nothing and doubled the share of repeat visits.';

let browser;
let server;
let site;
let article;
let panel;
let annotationId;

/** Serves one of the fixture versions as /article.html, so the "same article" changes between visits. */
const publish = (version) => copyFileSync(VERSIONS[version] ?? join(FIXTURES, `${version}.html`), join(site, 'article.html'));

before(async () => {
  site = mkdtempSync(join(tmpdir(), 'crc-reader-'));
  publish('original');
  server = await serve(site);
  browser = await launchWithExtension({ viewport: { width: 1200, height: 900 } });
  article = await browser.context.newPage();
  await article.goto(`${server.origin}/article.html`);
  panel = await browser.context.newPage();
  await panel.goto(`${browser.panelUrl}#/annotations`);
});
after(async () => {
  await browser?.close();
  await server?.close();
  if (site) rmSync(site, { recursive: true, force: true });
});

async function tabId(page) {
  return browser.worker.evaluate(async (url) => (await chrome.tabs.query({ url }))[0]?.id, page.url());
}

/** `reader/status`, as DESIGN.md's contract says; `inactive` when no reader runs in the tab. */
async function readerStatus(page) {
  const id = await tabId(page);
  return browser.worker.evaluate((t) => chrome.tabs.sendMessage(t, { type: 'reader/status' }, { frameId: 0 }).then((a) => a ?? { status: 'inactive' }, () => ({ status: 'inactive' })), id);
}

/** The student turns highlights on for the article from the side panel. */
async function showHighlights() {
  await article.bringToFront();
  await panel.reload();
  await panel.getByRole('button', { name: 'Show highlights on this page' }).click();
  await panel.getByText(/Highlights are on/).first().waitFor();
}

describe('annotations in articles', () => {
  it('turns on from the side panel, then highlights a passage selected with the mouse', async () => {
    await showHighlights();
    await article.bringToFront();
    await selectWithMouse(article, PASSAGE);
    await article.getByRole('button', { name: 'Highlight' }).click();
    await article.getByText('Highlighted.').waitFor();

    const status = await readerStatus(article);
    assert.equal(status.status, 'active');
    assert.equal(status.anchored.length, 1);
    assert.equal(status.anchored[0].text, PASSAGE);
    assert.match(status.anchored[0].prefix, /greeted regulars by name\. $/);
    annotationId = status.anchored[0].id;
    // Drawn with the CSS Custom Highlight API: the page's DOM is unchanged.
    assert.equal(await article.evaluate(() => CSS.highlights.has('crc-note')), true);
    assert.equal(await article.locator('mark, [class*="crc"]').count(), 0);
  });

  it('tags the annotation and adds a note in the side panel; the highlight takes the phase colour', async () => {
    await panel.bringToFront();
    await panel.goto(`${browser.panelUrl}#/annotations`);
    await panel.reload();
    await panel.getByRole('link', { name: /Edit annotation “It cost almost nothing/ }).first().click();
    await panel.getByRole('checkbox', { name: 'Fans' }).check();
    await panel.getByRole('radio', { name: 'Keep' }).check();
    await panel.getByRole('textbox', { name: 'Tags (separate with commas)' }).fill('loyalty, bakery');
    await panel.getByRole('textbox', { name: 'Note' }).fill('A cheap card that made regulars feel known.');
    await panel.getByRole('button', { name: 'Save annotation' }).click();
    await panel.getByRole('status').filter({ hasText: 'Saved.' }).waitFor();

    await panel.goto(`${browser.panelUrl}#/annotations`);
    const card = panel.getByRole('list', { name: 'Annotations on this page' }).getByRole('listitem').filter({ hasText: PASSAGE });
    await card.getByText('A cheap card that made regulars feel known.').waitFor();
    for (const tag of ['Keep', 'Fans', 'loyalty', 'bakery']) await card.getByText(tag, { exact: true }).waitFor();
    // The open page repaints with the Keep colour.
    await article.waitForFunction(() => CSS.highlights.has('crc-keep') && !CSS.highlights.has('crc-note'), null, { timeout: 5000 });
  });

  it('finds the annotation in the list of all annotations by search and by tag', async () => {
    await panel.getByRole('searchbox', { name: 'Search annotations' }).fill('regulars known');
    await panel.getByText('1 annotation', { exact: true }).waitFor();
    await panel.getByRole('searchbox', { name: 'Search annotations' }).fill('sourdough');
    await panel.getByText('0 annotations', { exact: true }).waitFor();
    await panel.getByRole('searchbox', { name: 'Search annotations' }).fill('');
    await panel.getByRole('combobox', { name: 'Tag' }).selectOption({ label: '#loyalty' });
    await panel.getByText('1 annotation', { exact: true }).waitFor();
  });

  it('shows the highlight again after a reload', async () => {
    await article.reload();
    assert.equal((await readerStatus(article)).status, 'inactive');
    await showHighlights();
    const status = await readerStatus(article);
    assert.deepEqual(status.anchored.map((a) => [a.id, a.text]), [[annotationId, PASSAGE]]);
    assert.deepEqual(status.orphans, []);
    // Its card names the phase and the type as the panel does (the background names the types: the reader has no catalogue).
    const id = await tabId(article);
    await browser.worker.evaluate(([t, a]) => chrome.tabs.sendMessage(t, { type: 'reader/focus', id: a }, { frameId: 0 }), [id, annotationId]);
    await article.getByRole('dialog', { name: 'Annotation' }).getByText('Keep · Fans · loyalty · bakery', { exact: true }).waitFor();
    await article.keyboard.press('Escape');
  });

  it('re-anchors on a modified version of the article (inserted paragraph, markup and whitespace changes)', async () => {
    publish('modified');
    await article.reload();
    await showHighlights();
    const status = await readerStatus(article);
    assert.equal(status.anchored.length, 1);
    assert.equal(status.anchored[0].id, annotationId);
    assert.equal(status.anchored[0].text, PASSAGE);
    assert.match(status.anchored[0].prefix, /by their first name\. $/);
  });

  it('finds the passage in its new wording when an editor reworded it and the sentence after it', async () => {
    publish('reworded');
    await article.reload();
    await showHighlights();
    const status = await readerStatus(article);
    assert.deepEqual(status.anchored.map((a) => [a.id, a.text]), [[annotationId, 'It cost next to nothing and doubled the proportion of return visits.']]);
    assert.deepEqual(status.orphans, []);
  });

  it('keeps the annotation as an orphan, with its quote, when the article changed too much', async () => {
    publish('rewritten');
    await article.reload();
    await showHighlights();
    const status = await readerStatus(article);
    assert.deepEqual(status.anchored, []);
    assert.deepEqual(status.orphans, [annotationId]);
    const card = panel.getByRole('list', { name: 'Annotations on this page' }).getByRole('listitem').filter({ hasText: PASSAGE });
    await card.getByText(/Not found on the page any more/).waitFor();
  });

  it('uses the annotation as evidence in a draft, with a link back to the passage', async () => {
    await panel.getByRole('link', { name: /Edit annotation “It cost almost nothing/ }).first().click();
    const evidence = panel.getByRole('group', { name: 'Use as evidence' });
    await evidence.getByRole('combobox', { name: 'Draft' }).selectOption({ label: 'New draft' });
    await evidence.getByRole('combobox', { name: 'Phase' }).selectOption({ label: 'Keep' });
    await evidence.getByRole('button', { name: 'Add as evidence' }).click();
    await evidence.getByRole('link', { name: 'Open draft' }).click();
    const section = panel.getByRole('region', { name: /Evidence for/ });
    await section.getByText(PASSAGE).waitFor();
    const href = await section.getByRole('link', { name: /How a neighbourhood bakery/ }).getAttribute('href');
    assert.match(href, /\/article\.html#:~:text=/);
  });

  it('brings highlights back by themselves on a site the student opted in to', async () => {
    publish('original');
    await article.bringToFront();
    await panel.goto(`${browser.panelUrl}#/annotations`);
    await panel.reload();
    await panel.getByRole('button', { name: 'Always show highlights on this site' }).click();
    await panel.getByText(/Highlights come back by themselves on this site/).waitFor();
    await article.reload();
    let status;
    for (let i = 0; i < 30 && status?.status !== 'active'; i++) {
      status = await readerStatus(article);
      if (status.status !== 'active') await article.waitForTimeout(200);
    }
    assert.equal(status.status, 'active', 'the reader started without being invoked');
    assert.deepEqual(status.anchored.map((a) => a.id), [annotationId]);

    // The open panel follows a page where the reader starts by itself (its reader/ready message), with no reload.
    const thisPage = panel.getByRole('region', { name: 'This page' });
    await thisPage.getByText(/Highlights are on: 1 passage shown/).waitFor();
    const another = await browser.context.newPage();
    await another.goto(`${server.origin}/article.html?another-visit`);
    await thisPage.getByText(/Highlights are on: 0 passages shown/).waitFor({ timeout: 10000 });
    await another.close();
  });
});

// Runs after the site was opted in above: the reader starts by itself on every page of it.
describe('a reworded passage in a German article', () => {
  const PASSAGE_DE = 'Die Kunden nehmen sich, was sie brauchen, und legen das Geld in eine offene Kasse neben der Tür.';
  const REWORDED_DE = 'Die Kundschaft bedient sich selbst mit dem, was sie benötigt, und legt das Geld in eine offene Kasse neben dem Eingang.';
  let page;

  /** The reader's status once it has started by itself on `page`. */
  async function activeStatus() {
    let status;
    for (let i = 0; i < 30 && status?.status !== 'active'; i++) {
      status = await readerStatus(page);
      if (status.status !== 'active') await page.waitForTimeout(200);
    }
    assert.equal(status.status, 'active', 'the reader started on the opted-in site');
    return status;
  }

  it('comes back on the new wording after an editor changed a third of its words', async () => {
    copyFileSync(join(FIXTURES, 'hofladen.html'), join(site, 'hofladen.html'));
    page = await browser.context.newPage();
    await page.goto(`${server.origin}/hofladen.html`);
    await activeStatus();
    await selectWithMouse(page, PASSAGE_DE);
    await page.getByRole('button', { name: 'Highlight' }).click();
    await page.getByText('Highlighted.').waitFor();
    const [highlight] = (await activeStatus()).anchored;
    assert.equal(highlight.text, PASSAGE_DE);

    copyFileSync(join(FIXTURES, 'hofladen-reworded.html'), join(site, 'hofladen.html'));
    await page.reload();
    const status = await activeStatus();
    assert.deepEqual(status.anchored.map((a) => [a.id, a.text]), [[highlight.id, REWORDED_DE]]);
    assert.deepEqual(status.orphans, []);
    await page.close();
  });
});
