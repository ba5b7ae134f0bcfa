// End-to-end accessibility: axe-core on every side panel view and on the canvas chip, in light and dark mode;
// a flow done with the keyboard alone, with the focus visible at every step; no motion when reduced motion is asked.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { launchWithExtension } from '../../scripts/chromium.mjs';
import { selectWithMouse } from '../../scripts/select-text.mjs';
import { serve } from '../../scripts/serve.mjs';

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'canvases');
const CANVAS_PAGE = 'en-grid.html';
const BLOCKING = new Set(['serious', 'critical']);
const IMPACTS = ['critical', 'serious', 'moderate', 'minor'];

let browser;
let server;
/** Filled by the seeding step: the drafts the draft views are checked on. */
const seeded = {};
/** Every axe run, for the summary table printed at the end. */
const findings = [];

before(async () => {
  server = await serve(FIXTURES);
  browser = await launchWithExtension({ viewport: { width: 480, height: 900 } });
});
after(async () => {
  if (findings.length) printSummary();
  await browser?.close();
  await server?.close();
});

/**
 * Runs axe-core in the page (evaluated through the DevTools protocol: the extension page's CSP refuses inline
 * script tags) on `context` (default: the whole document), and records the violations under `view`.
 */
async function audit(page, view, scheme, context) {
  if (!(await page.evaluate(() => typeof window.axe === 'object'))) await page.evaluate(AXE_SOURCE);
  const result = await page.evaluate(
    (ctx) => window.axe.run(ctx ?? document, { resultTypes: ['violations', 'passes', 'incomplete'] }).then((r) => ({
      violations: r.violations.map((v) => ({
        id: v.id, impact: v.impact, help: v.help,
        nodes: v.nodes.map((n) => ({ target: n.target.flat().join(' >> '), summary: n.failureSummary })),
      })),
      checkedNodes: r.passes.reduce((sum, p) => sum + p.nodes.length, 0),
      // axe names an element inside a shadow root by a list of selectors, one per root: [['crc-chip', 'button']].
      shadowNodes: r.passes.reduce((sum, p) => sum + p.nodes.filter((n) => Array.isArray(n.target[0])).length, 0),
      // Text whose contrast axe could not measure (e.g. over an image, or hidden under a sticky header).
      unmeasured: r.incomplete.filter((i) => i.id === 'color-contrast').reduce((sum, i) => sum + i.nodes.length, 0),
    })),
    context,
  );
  findings.push({ view, scheme, violations: result.violations, unmeasured: result.unmeasured });
  return result;
}

function blockingOf(result) {
  return result.violations.filter((v) => BLOCKING.has(v.impact));
}

function describeViolations(violations) {
  return violations.map((v) => `${v.impact} ${v.id} (${v.help}):\n${v.nodes.map((n) => `    ${n.target}\n      ${n.summary?.replace(/\n/g, '\n      ')}`).join('\n')}`).join('\n');
}

function printSummary() {
  const rows = findings.map(({ view, scheme, violations, unmeasured }) => {
    const count = (impact) => violations.filter((v) => v.impact === impact).reduce((n, v) => n + v.nodes.length, 0);
    return { view, scheme, ...Object.fromEntries(IMPACTS.map((i) => [i, count(i)])), unmeasured, rules: violations.map((v) => `${v.id}(${v.impact})`).join(' ') || '—' };
  });
  const widths = { view: Math.max(4, ...rows.map((r) => r.view.length)), scheme: 6 };
  const line = (r) => `${r.view.padEnd(widths.view)}  ${String(r.scheme).padEnd(widths.scheme)}  ${IMPACTS.map((i) => String(r[i]).padStart(8)).join(' ')}  ${String(r.unmeasured).padStart(10)}  ${r.rules}`;
  console.log('\naxe-core findings per view (number of elements, by impact; contrast axe could not measure):');
  console.log(line({ view: 'view', scheme: 'scheme', ...Object.fromEntries(IMPACTS.map((i) => [i, i])), unmeasured: 'unmeasured', rules: 'rules' }));
  for (const r of rows) console.log(line(r));
}

async function openPanel(hash = '#/') {
  const page = await browser.context.newPage();
  await page.goto(`${browser.panelUrl}${hash}`);
  return page;
}

const saved = (page) => page.getByRole('status').filter({ hasText: /^Saved$/ }).waitFor();

/**
 * Once per run: a draft with a segment, a type with its reason and Get / Keep tactics with metrics; a blank
 * draft; a third one in the trash.
 */
let seeding;
const seedDrafts = () => (seeding ??= createDrafts());

async function createDrafts() {
  const page = await openPanel('#/drafts');
  await page.getByRole('button', { name: 'New draft' }).click();
  await page.getByRole('textbox', { name: 'Draft title' }).fill('Fresh Crate');
  await page.getByRole('button', { name: 'Add segment' }).click();
  await page.getByRole('region', { name: /^Segment: / }).getByRole('textbox', { name: 'Segment name' }).fill('Families');
  const segment = page.getByRole('region', { name: 'Segment: Families' });
  for (const [phase, text, metric, target] of [['Get', 'Referral codes', 'referral rate', '> 20 %'], ['Keep', 'Skip a week in the app', 'churn', '< 3 %/month']]) {
    await segment.getByRole('button', { name: `Add ${phase} tactic for Families` }).click();
    const cell = segment.getByRole('group', { name: `${phase} tactics for Families`, exact: true });
    await cell.getByRole('textbox', { name: `${phase} tactic 1`, exact: true }).fill(text);
    await cell.getByRole('textbox', { name: `Metric for ${phase} tactic 1` }).fill(metric);
    await cell.getByRole('textbox', { name: `Target for ${phase} tactic 1` }).fill(target);
  }
  await segment.getByRole('combobox', { name: 'Relationship type to add to Families' }).selectOption({ label: 'Self-service' });
  await segment.getByRole('button', { name: 'Add type to Families' }).click();
  await segment.getByRole('textbox', { name: 'Why Self-service for Families' }).fill('They plan meals at night, alone.');
  await saved(page);
  seeded.advisor = await segment.getByRole('link', { name: 'Ask the Advisor' }).getAttribute('href');
  seeded.draft = new URL(page.url()).hash.split('/')[2];

  for (const title of ['Old idea', 'Blank canvas']) {
    await page.goto(`${browser.panelUrl}#/drafts`);
    await page.getByRole('button', { name: 'New draft' }).click();
    await page.getByRole('textbox', { name: 'Draft title' }).fill(title);
    await saved(page);
    if (title === 'Blank canvas') seeded.blank = new URL(page.url()).hash.split('/')[2];
  }
  await page.goto(`${browser.panelUrl}#/drafts`);
  await page.getByRole('button', { name: 'Move “Old idea” to trash' }).click();
  await page.getByRole('link', { name: 'Trash (1)' }).waitFor();
  // A review comment on the draft, and an annotation as the reader would have saved it.
  await page.goto(`${browser.panelUrl}#/draft/${seeded.draft}`);
  const comments = page.getByRole('region', { name: /Review comments/ });
  await comments.getByRole('textbox', { name: 'Your name (shown with your comments)' }).fill('Coach Ana');
  await comments.getByRole('textbox', { name: 'Comment', exact: true }).fill('Which metric tells you they stay?');
  await comments.getByRole('button', { name: 'Add comment' }).click();
  await page.getByRole('status').filter({ hasText: /^Saved$/ }).waitFor();
  seeded.annotation = await browser.worker.evaluate(() => new Promise((resolve, reject) => {
    const open = indexedDB.open('crc');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const at = new Date().toISOString();
      const record = {
        id: 'a11y-annotation', url: 'https://blog.example/retention', title: 'Why customers stay',
        quote: { exact: 'members who post in the forum stay twice as long', prefix: 'we saw that ', suffix: ', so we' },
        position: { start: 100, end: 149 }, types: ['community'], phase: 'keep', tags: ['forum'], note: 'Evidence for Keep',
        createdAt: at, updatedAt: at, rev: 1,
      };
      const tx = open.result.transaction('annotations', 'readwrite');
      tx.objectStore('annotations').put(record);
      tx.oncomplete = () => { open.result.close(); resolve(record.id); };
      tx.onerror = () => reject(tx.error);
    };
  }));
  await page.close();
}

/**
 * Each view reachable by a hash route, with what to do before checking it (open a form, answer a question…)
 * and the heading that says it is ready.
 */
const VIEWS = [
  { name: 'catalogue', hash: () => '#/', ready: (p) => p.getByRole('list', { name: 'Relationship types' }).waitFor() },
  {
    name: 'catalogue, no match', hash: () => '#/',
    ready: async (p) => {
      await p.getByRole('searchbox', { name: 'Search relationship types' }).fill('zzzzqqq');
      await p.getByText(/No relationship type matches/).waitFor();
    },
  },
  { name: 'type detail', hash: () => '#/type/self-service', ready: (p) => p.getByRole('heading', { level: 2, name: 'Self-service' }).waitFor() },
  {
    name: 'type detail + Add to draft', hash: () => '#/type/community',
    ready: async (p) => {
      await p.getByRole('button', { name: 'Add to draft…' }).click();
      await p.getByRole('button', { name: 'Add Community' }).waitFor();
    },
  },
  {
    // In a narrow panel the third column scrolls sideways, so axe cannot see its colours: it is measured wide too.
    name: 'compare', hash: () => '#/compare/community,fans,direct', ready: (p) => p.getByRole('table').waitFor(), scrollsSideways: true,
  },
  { name: 'compare, wide panel', hash: () => '#/compare/community,fans,direct', ready: (p) => p.getByRole('table').waitFor(), width: 1100 },
  { name: 'compare, empty', hash: () => '#/compare/', ready: (p) => p.getByText(/Tick “Compare” on two or three types/).waitFor() },
  { name: 'guide', hash: () => '#/guide', ready: (p) => p.getByRole('heading', { name: 'Common mistakes' }).waitFor() },
  { name: 'drafts list', hash: () => '#/drafts', ready: (p) => p.getByRole('list', { name: 'Your drafts' }).waitFor() },
  {
    name: 'draft editor', hash: () => `#/draft/${seeded.draft}`,
    ready: async (p) => {
      await p.getByRole('region', { name: 'Segment: Families' }).waitFor();
      await p.getByRole('textbox', { name: 'Keep tactic 1', exact: true }).waitFor();
    },
  },
  {
    // A draft with no segment: the health check shows its most important findings.
    name: 'draft editor, blank draft', hash: () => `#/draft/${seeded.blank}`,
    ready: (p) => p.getByRole('button', { name: 'Fix: No customer segment yet' }).waitFor(),
  },
  { name: 'history', hash: () => `#/draft/${seeded.draft}/history`, ready: (p) => p.getByRole('list', { name: 'Saved versions' }).getByRole('listitem').first().waitFor() },
  {
    name: 'trash, confirming', hash: () => '#/trash',
    ready: async (p) => {
      await p.getByRole('list', { name: 'Deleted drafts' }).waitFor();
      await p.getByRole('button', { name: 'Empty trash' }).click();
      await p.getByRole('alertdialog', { name: 'Empty the trash?' }).waitFor();
    },
  },
  {
    name: 'advisor, answered', hash: () => seeded.advisor,
    ready: async (p) => {
      await p.getByRole('heading', { level: 2 }).first().waitFor();
      const radios = p.getByRole('radio');
      await radios.first().waitFor();
      await radios.first().check();
      await p.getByRole('list', { name: 'Relationship types ranked for this segment' }).waitFor();
    },
  },
  { name: 'annotation editor', hash: () => `#/annotation/${seeded.annotation}`, ready: (p) => p.getByRole('button', { name: 'Add as evidence' }).waitFor() },
  { name: 'export and import', hash: () => '#/exchange', ready: (p) => p.getByRole('button', { name: 'Download' }).waitFor() },
  {
    name: 'import, problems listed', hash: () => '#/exchange',
    ready: async (p) => {
      await p.getByLabel('Choose a file to import (or drop it here)').setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{"format":"crc-export","version":1,"drafts":[{"id":5}]') });
      await p.getByRole('alert').filter({ hasText: 'was not imported' }).waitFor();
    },
  },
  { name: 'annotations', hash: () => '#/annotations', ready: (p) => p.getByRole('searchbox', { name: 'Search annotations' }).or(p.getByRole('heading', { level: 2, name: 'Annotations' })).first().waitFor() },
  {
    name: 'canvas, notes pasted', hash: () => '#/canvas',
    ready: async (p) => {
      await p.getByRole('textbox', { name: 'Customer Relationships notes' }).fill('Self-service portal\nCommunity forum\nChatbot for questions');
      await p.getByRole('button', { name: 'Create a draft from these notes' }).waitFor();
    },
  },
];

describe('accessibility of the side panel (axe-core)', () => {
  before(seedDrafts);

  for (const view of VIEWS) {
    it(`has no serious or critical axe violations in the ${view.name} view, light and dark`, async () => {
      const page = await openPanel(view.hash());
      if (view.width) await page.setViewportSize({ width: view.width, height: 900 });
      await view.ready(page);
      const problems = [];
      for (const scheme of ['light', 'dark']) {
        await page.emulateMedia({ colorScheme: scheme });
        const result = await audit(page, view.name, scheme);
        assert.ok(result.checkedNodes > 20, `axe checked the ${view.name} view (${result.checkedNodes} passing nodes)`);
        if (!view.scrollsSideways) assert.equal(result.unmeasured, 0, `axe measured the contrast of every text in the ${view.name} view (${scheme})`);
        const blocking = blockingOf(result);
        if (blocking.length) problems.push(`${scheme}:\n${describeViolations(blocking)}`);
      }
      await page.close();
      assert.equal(problems.length, 0, `${view.name}:\n${problems.join('\n')}`);
    });
  }
});

describe('accessibility of the canvas chip (axe-core, inside its shadow root)', () => {
  it('has no serious or critical violations, folded and unfolded, light and dark', async () => {
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`${server.origin}/${CANVAS_PAGE}`);
    const toggle = page.getByRole('button', { name: /^CR suggestions/ });
    await toggle.waitFor();
    await page.waitForFunction(() => /type/.test(document.querySelector('crc-chip')?.shadowRoot?.querySelector('button')?.textContent ?? ''));
    // Only the chip: the fixture page is not ours to judge.
    const context = { include: [['crc-chip']] };
    // The chip hangs off <html>, beside <body>, and axe measures colours only inside <body>: move it there (its
    // styles do not inherit from the page, `:host { all: initial }`), or its contrast would go unchecked.
    await page.evaluate(() => document.body.append(document.querySelector('crc-chip')));
    const problems = [];
    for (const state of ['folded', 'unfolded']) {
      if (state === 'unfolded') {
        await toggle.click();
        await page.getByRole('region', { name: 'Customer Relationships suggestions' }).getByRole('button', { name: 'Copy summary' }).waitFor();
      }
      for (const scheme of ['light', 'dark']) {
        await page.emulateMedia({ colorScheme: scheme });
        const result = await audit(page, `chip, ${state}`, scheme, context);
        assert.ok(result.shadowNodes > 3, `axe reached into the chip's shadow root (${result.shadowNodes} passing nodes there)`);
        assert.equal(result.unmeasured, 0, 'axe measured the contrast of every text in the chip');
        const blocking = blockingOf(result);
        if (blocking.length) problems.push(`${state} ${scheme}:\n${describeViolations(blocking)}`);
      }
    }
    await page.close();
    assert.equal(problems.length, 0, problems.join('\n'));
  });
});

describe('accessibility of the reader’s adder and highlight card (axe-core, inside their shadow root)', () => {
  it('has no serious or critical violations in the adder and the card, light and dark', async () => {
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`${server.origin}/${CANVAS_PAGE}`);
    // Started as the background starts it (the ways of starting it are covered by annotations.test.mjs).
    const tabId = await browser.worker.evaluate(async (url) => (await chrome.tabs.query({ url }))[0]?.id, page.url());
    await browser.worker.evaluate(async (t) => {
      await chrome.scripting.insertCSS({ target: { tabId: t }, files: ['/reader-highlights.css'] });
      await chrome.scripting.executeScript({ target: { tabId: t }, files: ['/reader.js'] });
    }, tabId);
    await selectWithMouse(page, 'Doorstep repairs within 48 hours');
    await page.getByRole('button', { name: 'Highlight' }).waitFor();
    const context = { include: [['crc-reader']] };
    // Like the chip, the host hangs off <html>; axe measures colours only inside <body>.
    const problems = [];
    const check = async (state) => {
      await page.evaluate(() => document.body.append(document.querySelector('crc-reader')));
      for (const scheme of ['light', 'dark']) {
        await page.emulateMedia({ colorScheme: scheme });
        const result = await audit(page, `reader ${state}`, scheme, context);
        assert.ok(result.shadowNodes > 1, `axe reached into the reader's shadow root (${result.shadowNodes} passing nodes there)`);
        assert.equal(result.unmeasured, 0, `axe measured the contrast of every text in the reader's ${state}`);
        const blocking = blockingOf(result);
        if (blocking.length) problems.push(`${state} ${scheme}:\n${describeViolations(blocking)}`);
      }
    };
    await check('adder');
    await page.getByRole('button', { name: 'Highlight' }).click();
    await page.getByText('Highlighted.').waitFor();
    await page.getByText('Doorstep repairs within 48 hours').click();
    await page.getByRole('dialog', { name: 'Annotation' }).waitFor();
    await check('card');
    await page.close();
    assert.equal(problems.length, 0, problems.join('\n'));
  });
});

/** What shows where the keyboard focus is: an outline or a box-shadow on the focused element. */
async function focusIndicator(page) {
  return page.evaluate(() => {
    let el = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    if (!el || el === document.body) return { element: 'body', visible: false };
    const style = getComputedStyle(el);
    const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
    const shadow = style.boxShadow !== 'none';
    const name = el.getAttribute('aria-label') ?? el.textContent?.trim().slice(0, 40) ?? '';
    return { element: `${el.tagName.toLowerCase()} “${name}”`, visible: outline || shadow, focusVisible: el.matches(':focus-visible') };
  });
}

/** Presses Tab (or Shift+Tab) until `isTarget(focused)` holds, checking the focus can be seen at every stop. */
async function tabTo(page, isTarget, { back = false, max = 25 } = {}) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
    const focus = await focusIndicator(page);
    assert.ok(focus.visible, `the focus on ${focus.element} is visible (outline or box-shadow)`);
    if (await page.evaluate(isTarget)) return focus;
  }
  throw new Error(`no focusable element matched after ${max} presses of Tab`);
}

describe('keyboard only', () => {
  it('finds a type, adds it to a new draft and opens the draft without a mouse, the focus always visible', async () => {
    const page = await openPanel('#/guide');
    // The keyboard's page must be the one with the focus: earlier tests leave other pages open in this browser.
    await page.bringToFront();
    await page.getByRole('heading', { name: 'Common mistakes' }).waitFor();
    // The guide takes the focus to its heading once its content is in: tabbing starts from there, not from
    // wherever the focus was while the content loaded.
    await page.waitForFunction(() => document.activeElement?.id === 'guide-heading');
    // From the guide, back up to the main navigation and go to the catalogue.
    await tabTo(page, () => document.activeElement?.textContent === 'Catalogue', { back: true });
    await page.keyboard.press('Enter');
    await page.getByRole('searchbox', { name: 'Search relationship types' }).waitFor();
    assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('aria-label')), 'Search relationship types', 'the catalogue puts the focus in its search box');
    await page.keyboard.type('fans');
    await tabTo(page, () => document.activeElement?.tagName === 'A' && /^Fans/.test(document.activeElement.textContent ?? ''));
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 2, name: 'Fans' }).waitFor();

    await tabTo(page, () => document.activeElement?.textContent === 'Add to draft…');
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Add Fans' }).waitFor();
    await tabTo(page, () => document.activeElement?.closest('label')?.textContent?.startsWith('Draft') ?? false);
    // Type-ahead picks the "New draft" option of the focused list. No space: a space on a focused list opens its
    // picker, and the Tab that then closes it could leave the focus nowhere.
    await page.keyboard.type('New');
    assert.equal(await page.evaluate(() => document.activeElement?.selectedOptions?.[0]?.textContent), 'New draft');
    await tabTo(page, () => document.activeElement?.closest('label')?.textContent?.startsWith('New segment name') ?? false);
    await page.keyboard.type('Students');
    await tabTo(page, () => document.activeElement?.textContent === 'Add Fans');
    await page.keyboard.press('Enter');
    await page.getByRole('status').filter({ hasText: /Added Fans to “Untitled draft” › Students/ }).waitFor();
    await tabTo(page, () => document.activeElement?.textContent === 'Open draft');
    await page.keyboard.press('Enter');

    const segment = page.getByRole('region', { name: 'Segment: Students' });
    await segment.waitFor();
    assert.ok(await segment.getByRole('link', { name: 'Fans' }).isVisible(), 'the new draft has Fans in the Students segment');
    await page.close();
  });

  it('reaches the chip of a canvas page and its buttons, the focus always visible', async () => {
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`${server.origin}/${CANVAS_PAGE}`);
    await page.bringToFront();
    await page.getByRole('button', { name: /^CR suggestions/ }).waitFor();
    // The chip is the last thing on the page: Shift+Tab from the top reaches it first.
    await tabTo(page, () => document.activeElement?.tagName === 'CRC-CHIP', { back: true });
    await page.keyboard.press('Enter');
    const region = page.getByRole('region', { name: 'Customer Relationships suggestions' });
    await region.getByRole('button', { name: 'Copy summary' }).waitFor();
    await tabTo(page, () => document.activeElement?.shadowRoot?.activeElement?.textContent === 'Copy summary');
    await tabTo(page, () => document.activeElement?.shadowRoot?.activeElement?.textContent === 'Open in side panel');
    await page.close();
  });
});

/** The motion (transitions, animations, smooth scrolling) of every element under `host`'s shadow root or the document. */
async function motionOf(page, host) {
  return page.evaluate((hostSelector) => {
    const seconds = (list) => Math.max(0, ...list.split(',').map((s) => (s.trim().endsWith('ms') ? parseFloat(s) / 1000 : parseFloat(s)) || 0));
    const moving = [];
    let checked = 0;
    const visit = (root) => {
      for (const el of root.querySelectorAll('*')) {
        checked++;
        const s = getComputedStyle(el);
        const transition = seconds(s.transitionDuration) + seconds(s.transitionDelay);
        const animation = s.animationName !== 'none' ? seconds(s.animationDuration) : 0;
        if (transition > 0.01 || animation > 0.01 || s.scrollBehavior === 'smooth') {
          moving.push(`${el.tagName.toLowerCase()}.${[...el.classList].join('.')}: transition ${transition}s, animation ${s.animationName} ${animation}s, scroll ${s.scrollBehavior}`);
        }
        if (el.shadowRoot) visit(el.shadowRoot);
      }
    };
    visit(hostSelector ? document.querySelector(hostSelector).shadowRoot : document);
    return { checked, moving };
  }, host);
}

describe('reduced motion', () => {
  before(seedDrafts);

  it('moves nothing in any side panel view or in the chip when the system asks for reduced motion', async () => {
    const page = await openPanel('#/');
    await page.emulateMedia({ reducedMotion: 'reduce' });
    const moving = [];
    for (const view of VIEWS) {
      await page.goto(`${browser.panelUrl}${view.hash()}`);
      await view.ready(page);
      const motion = await motionOf(page);
      assert.ok(motion.checked > 20, `${view.name}: looked at ${motion.checked} elements`);
      moving.push(...motion.moving.map((m) => `${view.name}: ${m}`));
    }
    await page.goto(`${server.origin}/${CANVAS_PAGE}`);
    await page.getByRole('button', { name: /^CR suggestions/ }).click();
    await page.getByRole('region', { name: 'Customer Relationships suggestions' }).waitFor();
    const chip = await motionOf(page, 'crc-chip');
    assert.ok(chip.checked > 5, `chip: looked at ${chip.checked} elements`);
    moving.push(...chip.moving.map((m) => `chip: ${m}`));
    await page.close();
    assert.deepEqual(moving, [], 'elements that still move under prefers-reduced-motion: reduce');
  });
});

describe('accessibility in German (browser started in German: longer words, other labels)', () => {
  let german;
  before(async () => {
    german = await launchWithExtension({ lang: 'de', viewport: { width: 320, height: 900 } });
  });
  after(async () => {
    await german?.close();
  });

  const GERMAN_VIEWS = [
    { name: 'catalogue (de)', hash: '#/', ready: (p) => p.getByRole('list', { name: 'Beziehungstypen' }).waitFor() },
    { name: 'type detail (de)', hash: '#/type/dedicated-personal-assistance', ready: (p) => p.getByRole('heading', { name: 'Individuelle persönliche Betreuung' }).waitFor() },
    { name: 'compare (de)', hash: '#/compare/dedicated-personal-assistance,switching-costs', ready: (p) => p.getByRole('row', { name: /^Kurz gesagt/ }).waitFor(), scrollsSideways: true },
    {
      // A new draft with long German words in its fields, buttons and labels (Maßnahme „Gewinnen“ für …).
      name: 'draft editor (de)', hash: '#/drafts',
      ready: async (p) => {
        await p.getByRole('button', { name: 'Neuer Entwurf' }).click();
        await p.getByRole('textbox', { name: 'Titel des Entwurfs' }).fill('Kundenbindungsprogramm für Frischekistenabonnements');
        await p.getByRole('button', { name: 'Segment hinzufügen' }).click();
        await p.getByRole('textbox', { name: 'Name des Segments' }).fill('Schichtarbeitende Alleinerziehende');
        const segment = p.getByRole('region', { name: 'Segment: Schichtarbeitende Alleinerziehende' });
        await segment.getByRole('button', { name: 'Maßnahme „Gewinnen“ für Schichtarbeitende Alleinerziehende hinzufügen' }).click();
        await segment.getByRole('textbox', { name: 'Maßnahme 1 (Gewinnen)', exact: true }).fill('Probekiste zum Kennenlernpreis');
        await p.getByRole('status').filter({ hasText: /^Gespeichert$/ }).waitFor();
      },
    },
    { name: 'annotations (de)', hash: '#/annotations', ready: (p) => p.getByRole('heading', { name: 'Alle Anmerkungen' }).waitFor() },
    { name: 'export and import (de)', hash: '#/exchange', ready: (p) => p.getByRole('heading', { name: 'Export und Import' }).waitFor() },
  ];

  for (const view of GERMAN_VIEWS) {
    it(`has no serious or critical axe violations in the ${view.name} view at 320 px, light and dark`, async () => {
      const page = await german.context.newPage();
      await page.goto(`${german.panelUrl}${view.hash}`);
      await view.ready(page);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      assert.ok(overflow <= 0, `${view.name} scrolls sideways by ${overflow}px at 320 px`);
      const problems = [];
      for (const scheme of ['light', 'dark']) {
        await page.emulateMedia({ colorScheme: scheme });
        const result = await audit(page, view.name, scheme);
        assert.ok(result.checkedNodes > 20, `axe checked the ${view.name} view (${result.checkedNodes} passing nodes)`);
        const blocking = blockingOf(result);
        if (blocking.length) problems.push(`${scheme}:\n${describeViolations(blocking)}`);
      }
      await page.close();
      assert.equal(problems.length, 0, `${view.name}:\n${problems.join('\n')}`);
    });
  }

  it('has no serious or critical violations in the German chip, unfolded, light and dark', async () => {
    const page = await german.context.newPage();
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`${server.origin}/de-grid.html`);
    const toggle = page.getByRole('button', { name: /^KB-Vorschläge/ });
    await page.waitForFunction(() => /Typ/.test(document.querySelector('crc-chip')?.shadowRoot?.querySelector('button')?.textContent ?? ''));
    await page.evaluate(() => document.body.append(document.querySelector('crc-chip')));
    await toggle.click();
    await page.getByRole('region', { name: 'Vorschläge zu Kundenbeziehungen' }).getByRole('button', { name: 'Zusammenfassung kopieren' }).waitFor();
    const problems = [];
    for (const scheme of ['light', 'dark']) {
      await page.emulateMedia({ colorScheme: scheme });
      const result = await audit(page, 'chip (de)', scheme, { include: [['crc-chip']] });
      const blocking = blockingOf(result);
      if (blocking.length) problems.push(`${scheme}:\n${describeViolations(blocking)}`);
    }
    await page.close();
    assert.equal(problems.length, 0, problems.join('\n'));
  });
});

describe('every view in every other language, at 320 px (long words wrap, labels stay accessible)', () => {
  // Views by address, so the same list serves every language; each is ready once its heading shows and nothing
  // is still loading (an area's language chunk arrives before it renders).
  const VIEWS = [
    ['catalogue', '#/'],
    ['type page', '#/type/dedicated-personal-assistance'],
    ['guide', '#/guide'],
    ['drafts', '#/drafts'],
    ['advisor', '#/advisor'],
    ['canvas', '#/canvas'],
    ['annotations', '#/annotations'],
    ['export and import', '#/exchange'],
    ['class', '#/cohorts'],
  ];
  for (const lang of ['de', 'fr', 'es', 'pt', 'it', 'nl']) {
    it(`in ${lang}: no sideways scrolling and no serious or critical axe violation`, async () => {
      const browser = await launchWithExtension({ lang, viewport: { width: 320, height: 900 } });
      const problems = [];
      try {
        const page = await browser.context.newPage();
        for (const [name, hash] of VIEWS) {
          await page.goto(`${browser.panelUrl}${hash}`);
          await page.locator('main h2').first().waitFor();
          await page.waitForFunction(() => !document.querySelector('main p.muted:only-child'));
          assert.equal(await page.evaluate(() => document.documentElement.lang), lang, `${name}: the page's language`);
          const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
          if (overflow > 0) problems.push(`${name} scrolls sideways by ${overflow}px`);
          const result = await audit(page, `${name} (${lang})`, 'light');
          assert.ok(result.checkedNodes > 10, `axe checked the ${name} view in ${lang}`);
          const blocking = blockingOf(result);
          if (blocking.length) problems.push(`${name}:\n${describeViolations(blocking)}`);
        }
      } finally {
        await browser.close();
      }
      assert.deepEqual(problems, []);
    });
  }
});
