// End-to-end: the catalogue in the side panel page of the built extension, in real Chromium.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { launchWithExtension } from '../../scripts/chromium.mjs';

let browser;
let page;

before(async () => {
  browser = await launchWithExtension();
});
after(async () => {
  await browser?.close();
});

async function openPanel() {
  page = await browser.context.newPage();
  await page.goto(browser.panelUrl);
  await page.getByRole('list', { name: 'Relationship types' }).waitFor();
  return page;
}

const typeNames = (p) => p.getByRole('list', { name: 'Relationship types' }).getByRole('listitem').locator('.type-name').allTextContents();

describe('catalogue side panel', () => {
  it('makes the toolbar button open the side panel', async () => {
    // Opened from the click handler (which grants activeTab for "Read this board"), not by Chrome's behaviour.
    const behaviour = await browser.worker.evaluate(() => chrome.sidePanel.getPanelBehavior());
    assert.equal(behaviour.openPanelOnActionClick, false);
    const tab = await browser.context.newPage();
    await tab.goto('about:blank');
    const cdp = await browser.context.browser().newBrowserCDPSession();
    const targets = async () => (await cdp.send('Target.getTargets', { filter: [{}] })).targetInfos;
    const target = (await targets()).find((t) => t.type === 'tab' && t.url === 'about:blank');
    await cdp.send('Extensions.triggerAction', { id: browser.extensionId, targetId: target.targetId });
    let panel;
    for (let i = 0; i < 30 && !panel; i++, await tab.waitForTimeout(100)) panel = (await targets()).find((t) => t.type === 'page' && t.url.endsWith('/sidepanel.html'));
    assert.ok(panel, 'the side panel opened');
    await cdp.detach();
    await tab.close();
    const manifest = await browser.worker.evaluate(() => chrome.runtime.getManifest());
    assert.equal(manifest.name, 'Customer Relationships Companion');
    assert.equal(manifest.side_panel.default_path, 'sidepanel.html');
  });

  it('lists all twelve types and finds automated service first for "chatbot"', async () => {
    const p = await openPanel();
    assert.ok((await typeNames(p)).length >= 12);
    const search = p.getByRole('searchbox', { name: 'Search relationship types' });
    await assert.doesNotReject(search.waitFor());
    assert.equal(await search.evaluate((el) => el === document.activeElement), true, 'search box has focus on open');
    await search.pressSequentially('chatbot');
    const names = await typeNames(p);
    assert.equal(names[0], 'Automated service');
    assert.match(await p.getByRole('status').textContent(), /\d+ types?/);
  });

  it('forgives a typo and says when nothing matches', async () => {
    const p = await openPanel();
    const search = p.getByRole('searchbox', { name: 'Search relationship types' });
    await search.fill('comunity');
    assert.equal((await typeNames(p))[0], 'Community');
    await search.fill('zzzzqqq');
    await p.getByText(/No relationship type matches/).waitFor();
    await p.getByRole('button', { name: 'Clear search and filters' }).click();
    assert.ok((await typeNames(p)).length >= 12);
  });

  it('filters by the personal ↔ automated axis and by phase', async () => {
    const p = await openPanel();
    await p.getByLabel('Personal ↔ automated').selectOption({ label: 'Mostly personal' });
    const personal = await typeNames(p);
    assert.ok(personal.includes('Dedicated personal assistance'));
    assert.ok(!personal.includes('Automated service'));
    assert.match(await p.getByRole('status').textContent(), new RegExp(`^${personal.length} types?$`));
    await p.getByLabel('Personal ↔ automated').selectOption({ label: 'Any' });
    await p.getByLabel('Phase').selectOption({ label: 'Grow' });
    const grow = await typeNames(p);
    assert.ok(grow.length > 0 && grow.length < 12);
  });

  it('opens a detail with examples, advantages, disadvantages and when to choose it', async () => {
    const p = await openPanel();
    await p.getByRole('link', { name: /^Self-service/ }).click();
    await p.getByRole('heading', { level: 2, name: 'Self-service' }).waitFor();
    for (const h of ['Examples', 'Advantages', 'Disadvantages', 'When to choose it', 'Metrics to watch', 'Related types']) {
      await p.getByRole('heading', { level: 3, name: h, exact: true }).waitFor();
    }
    assert.ok(await p.getByText('IKEA', { exact: true }).isVisible());
    await p.getByRole('link', { name: '← All types' }).click();
    await p.getByRole('searchbox', { name: 'Search relationship types' }).waitFor();
  });

  it('compares two types side by side', async () => {
    const p = await openPanel();
    await p.getByRole('checkbox', { name: 'Compare Community' }).check();
    await p.getByRole('checkbox', { name: 'Compare Fans' }).check();
    await p.getByRole('link', { name: 'Compare (2)' }).click();
    const table = p.getByRole('table');
    await table.waitFor();
    assert.ok(await table.getByRole('columnheader', { name: /Community/ }).isVisible());
    assert.ok(await table.getByRole('columnheader', { name: /Fans/ }).isVisible());
    assert.ok(await table.getByRole('rowheader', { name: 'Advantages', exact: true }).isVisible());
    await p.getByRole('button', { name: 'Remove Fans from comparison' }).click();
    await p.getByText(/Tick “Compare” on two or three types/).waitFor();
  });

  it('allows at most three types in the comparison', async () => {
    const p = await openPanel();
    for (const name of ['Community', 'Fans', 'Co-creation']) await p.getByRole('checkbox', { name: `Compare ${name}` }).check();
    assert.equal(await p.getByRole('checkbox', { name: 'Compare Direct' }).isDisabled(), true);
    await p.getByText(/the most at once/).waitFor();
  });

  it('works from the keyboard alone', async () => {
    const p = await openPanel();
    await p.keyboard.type('genius bar');
    await p.keyboard.press('Tab'); // axis filter
    await p.keyboard.press('Tab'); // phase filter
    await p.keyboard.press('Tab'); // first result
    const focused = await p.evaluate(() => document.activeElement?.textContent ?? '');
    assert.match(focused, /^Personal assistance/);
    await p.keyboard.press('Enter');
    await p.getByRole('heading', { level: 2, name: 'Personal assistance' }).waitFor();
    assert.equal(await p.evaluate(() => document.activeElement?.id), 'detail-heading', 'focus moves to the detail heading');
    await p.keyboard.press('Shift+Tab'); // the "← All types" link before the heading
    assert.equal(await p.evaluate(() => document.activeElement?.textContent), '← All types');
    await p.keyboard.press('Enter');
    await p.getByRole('list', { name: 'Relationship types' }).waitFor();
    assert.match(await p.evaluate(() => document.activeElement?.textContent ?? ''), /^Personal assistance/, 'focus returns to the opened type');
  });

  it('shows the Get / Keep / Grow guide', async () => {
    const p = await openPanel();
    await p.getByRole('link', { name: 'Guide' }).click();
    await p.getByRole('heading', { level: 2, name: /Guide/ }).waitFor();
    for (const phase of ['Get', 'Keep', 'Grow']) await p.getByRole('heading', { level: 4, name: phase, exact: true }).waitFor();
    await p.getByRole('heading', { name: 'Common mistakes' }).waitFor();
    await p.getByRole('heading', { name: 'Links to the other blocks' }).waitFor();
  });

  it('fits a 320 px panel without sideways scrolling, in light and dark mode', async () => {
    const p = await openPanel();
    for (const scheme of ['light', 'dark']) {
      await p.emulateMedia({ colorScheme: scheme });
      await p.setViewportSize({ width: 320, height: 700 });
      for (const hash of ['#/', '#/type/fans', '#/guide', '#/drafts']) {
        await p.goto(`${browser.panelUrl}${hash}`);
        await p.getByRole('heading', { level: 2 }).first().waitFor();
        const overflow = await p.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        assert.ok(overflow <= 0, `${scheme} ${hash}: page scrolls sideways by ${overflow}px`);
      }
      const bg = await p.evaluate(() => getComputedStyle(document.body).backgroundColor);
      const [r, g, b] = bg.match(/\d+/g).map(Number);
      const luminance = (r + g + b) / 3;
      assert.ok(scheme === 'dark' ? luminance < 60 : luminance > 200, `${scheme} background is ${bg}`);
    }
  });
});
