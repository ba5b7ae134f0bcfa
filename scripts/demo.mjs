// `npm start`: serves the bundled demo canvas and article on 127.0.0.1 and opens Chromium with the
// extension loaded. Without a display (or with --headless) it saves screenshots to demo-output/ instead.
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { launchWithExtension } from './chromium.mjs';
import { selectWithMouse } from './select-text.mjs';
import { serve } from './serve.mjs';

const root = resolve(import.meta.dirname, '..');
const headless = process.argv.includes('--headless') || !process.env.DISPLAY;
const server = await serve(join(root, 'tests', 'fixtures', 'demo'));
const canvasUrl = `${server.origin}/canvas.html`;
const articleUrl = `${server.origin}/article.html`;
const browser = await launchWithExtension({ headless, viewport: headless ? { width: 420, height: 860 } : null });

if (!headless) {
  const canvas = await browser.context.newPage();
  await canvas.goto(canvasUrl);
  const article = await browser.context.newPage();
  await article.goto(articleUrl);
  const panel = await browser.context.newPage();
  await panel.goto(browser.panelUrl);
  console.log(`Demo running. Canvas: ${canvasUrl}  Article: ${articleUrl}`);
  console.log('Click the toolbar button (puzzle piece → Customer Relationships Companion) to open the side panel.');
  console.log('Close the browser window to stop.');
  await new Promise((done) => browser.context.on('close', done));
  await server.close();
  process.exit(0);
}

const out = join(root, 'demo-output');
mkdirSync(out, { recursive: true });
const shots = [];
const shot = async (page, name) => {
  const path = join(out, `${name}.png`);
  await page.screenshot({ path, fullPage: false });
  shots.push(path);
};

const pages = await browser.context.newPage();
await pages.setViewportSize({ width: 1280, height: 800 });
await pages.goto(canvasUrl);
// The companion finds the Customer Relationships block and puts its chip beside it.
const chip = pages.getByRole('button', { name: /^CR suggestions/ });
await chip.waitFor({ timeout: 15000 });
await pages.waitForFunction(() => /type/.test(document.querySelector('crc-chip')?.shadowRoot?.querySelector('button')?.textContent ?? ''));
await chip.click();
await pages.getByRole('heading', { name: 'Types in your notes' }).waitFor();
await shot(pages, '01-canvas-page-with-chip');
await pages.goto(articleUrl);
await shot(pages, '02-article-page');

// A student turns highlights on from the side panel, selects a passage and highlights it.
const panel = await browser.context.newPage();
await panel.goto(`${browser.panelUrl}#/annotations`);
await panel.getByRole('button', { name: 'Show highlights on this page' }).click();
await panel.getByText(/Highlights are on/).first().waitFor();
await pages.bringToFront();
await selectWithMouse(pages, 'Twelve neighbours knead dough together, swap tips and, more often than not, stay for coffee.');
await pages.getByRole('button', { name: 'Highlight' }).click();
await pages.getByText('Highlighted.').waitFor();
await shot(pages, '02b-article-highlighted');
await panel.bringToFront();
await panel.reload();
await panel.getByRole('link', { name: /^Edit annotation/ }).first().click();
await panel.getByRole('checkbox', { name: 'Community' }).check();
await panel.getByRole('radio', { name: 'Keep' }).check();
await panel.getByRole('textbox', { name: 'Note' }).fill('A class that turns customers into a community.');
await panel.getByRole('button', { name: 'Save annotation' }).click();
await panel.getByText('Saved.').waitFor();
await panel.goto(`${browser.panelUrl}#/annotations`);
await panel.getByRole('list', { name: 'Annotations on this page' }).waitFor();
await shot(panel, '02c-panel-annotations');
await panel.goto(browser.panelUrl);
const list = panel.getByRole('list', { name: 'Relationship types' });
await list.waitFor();
await shot(panel, '03-panel-catalogue');
await panel.getByRole('searchbox', { name: 'Search relationship types' }).fill('chatbot');
await shot(panel, '04-panel-search-chatbot');
await panel.getByRole('searchbox', { name: 'Search relationship types' }).fill('');
await panel.getByLabel('Personal ↔ automated').selectOption({ label: 'Mostly personal' });
await shot(panel, '05-panel-filter-personal');
await panel.getByLabel('Personal ↔ automated').selectOption({ label: 'Any' });
await panel.getByRole('link', { name: /^Community/ }).click();
await panel.getByRole('heading', { level: 2, name: 'Community' }).waitFor();
await shot(panel, '06-panel-detail-community');
await panel.getByRole('button', { name: 'Add to compare' }).click();
await panel.getByRole('link', { name: '← All types' }).click();
await panel.getByRole('checkbox', { name: 'Compare Fans' }).check();
await panel.getByRole('link', { name: 'Compare (2)' }).click();
await panel.getByRole('table').waitFor();
await shot(panel, '07-panel-compare');
await panel.getByRole('link', { name: 'Guide' }).click();
await panel.goto(`${browser.panelUrl}#/guide/phases`);
await panel.getByRole('heading', { name: 'Get, Keep, Grow' }).waitFor();
await shot(panel, '08-panel-guide-get-keep-grow');
await panel.goto(`${browser.panelUrl}#/drafts`);
await panel.getByRole('button', { name: 'New draft' }).click();
await panel.getByRole('textbox', { name: 'Draft title' }).fill('Fresh Crate meal kits');
await panel.getByRole('button', { name: 'Add segment' }).click();
await panel.getByRole('textbox', { name: 'Segment name' }).fill('Busy young families');
const families = panel.getByRole('region', { name: 'Segment: Busy young families' });
for (const type of ['Self-service', 'Community']) {
  await families.getByRole('combobox', { name: /Relationship type to add/ }).selectOption({ label: type });
  await families.getByRole('button', { name: /Add type to/ }).click();
}
for (const [phase, text] of [['Get', 'Referral codes for friends'], ['Keep', 'Skip or pause weeks in the app'], ['Grow', 'Premium seasonal boxes']]) {
  await families.getByRole('button', { name: `Add ${phase} tactic for Busy young families` }).click();
  await families.getByRole('textbox', { name: `${phase} tactic 1`, exact: true }).fill(text);
}
await panel.getByRole('status').filter({ hasText: /^Saved$/ }).waitFor();
await shot(panel, '09-panel-draft-editor');
await panel.goto(`${browser.panelUrl}#/drafts`);
await panel.getByRole('list', { name: 'Your drafts' }).waitFor();
await shot(panel, '10-panel-drafts-list');
await panel.emulateMedia({ colorScheme: 'dark' });
await panel.goto(browser.panelUrl);
await list.waitFor();
await shot(panel, '11-panel-dark');

await browser.close();
await server.close();
console.log('No display: wrote screenshots of the demo:');
for (const s of shots) console.log(`  ${s}`);
