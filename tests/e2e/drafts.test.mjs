// End-to-end: drafts in the side panel of the built extension — saved in IndexedDB, shared between tabs.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { launchWithExtension } from '../../scripts/chromium.mjs';

let browser;
before(async () => {
  browser = await launchWithExtension({ viewport: { width: 480, height: 900 } });
});
after(async () => {
  await browser?.close();
});

async function panel(hash = '#/drafts') {
  const page = await browser.context.newPage();
  await page.goto(`${browser.panelUrl}${hash}`);
  return page;
}

async function newDraft(page, title) {
  await page.getByRole('button', { name: 'New draft' }).click();
  const titleBox = page.getByRole('textbox', { name: 'Draft title' });
  await titleBox.waitFor();
  await titleBox.fill(title);
  return titleBox;
}

const saved = (page) => page.getByRole('status').filter({ hasText: /^Saved$/ }).waitFor();

async function fillSegment(page, index, name, tactics) {
  const seg = page.getByRole('region', { name: /^Segment: / }).nth(index);
  await seg.getByRole('textbox', { name: 'Segment name' }).fill(name);
  const box = page.getByRole('region', { name: `Segment: ${name}` });
  for (const [phase, text, metric, target] of tactics) {
    await box.getByRole('button', { name: `Add ${phase} tactic for ${name}` }).click();
    const cell = box.getByRole('group', { name: `${phase} tactics for ${name}`, exact: true });
    const n = await cell.getByRole('listitem').count();
    await cell.getByRole('textbox', { name: `${phase} tactic ${n}`, exact: true }).fill(text);
    if (metric) await cell.getByRole('textbox', { name: `Metric for ${phase} tactic ${n}` }).fill(metric);
    if (target) await cell.getByRole('textbox', { name: `Target for ${phase} tactic ${n}` }).fill(target);
  }
  return box;
}

describe('drafts', () => {
  it('keeps a draft with two segments and a full grid across a reload', async () => {
    const page = await panel();
    await newDraft(page, 'Fresh Crate');
    await page.getByRole('button', { name: 'Add segment' }).click();
    const families = await fillSegment(page, 0, 'Families', [
      ['Get', 'Referral codes', 'referral rate', '> 20 %'],
      ['Keep', 'Skip a week in the app', 'churn', '< 3 %/month'],
      ['Grow', 'Premium recipes', 'ARPU', '+10 %'],
    ]);
    await families.getByRole('combobox', { name: 'Relationship type to add to Families' }).selectOption({ label: 'Self-service' });
    await families.getByRole('button', { name: 'Add type to Families' }).click();
    await families.getByRole('textbox', { name: 'Why Self-service for Families' }).fill('They plan meals at night, alone.');
    await page.getByRole('button', { name: 'Add segment' }).click();
    const offices = await fillSegment(page, 1, 'Offices', [
      ['Get', 'Free team lunch trial'], ['Keep', 'Monthly check-in call'], ['Grow', 'Catering for events'],
    ]);
    await offices.getByRole('combobox', { name: 'Relationship type to add to Offices' }).selectOption({ label: 'Dedicated personal assistance' });
    await offices.getByRole('button', { name: 'Add type to Offices' }).click();
    assert.equal(await page.getByRole('textbox', { name: 'Summary line' }).inputValue(),
      'Self-service for Families, dedicated personal assistance for Offices');
    await saved(page);

    await page.reload();
    await page.getByRole('textbox', { name: 'Draft title' }).waitFor();
    assert.equal(await page.getByRole('textbox', { name: 'Draft title' }).inputValue(), 'Fresh Crate');
    const f = page.getByRole('region', { name: 'Segment: Families' });
    assert.equal(await f.getByRole('textbox', { name: 'Keep tactic 1', exact: true }).inputValue(), 'Skip a week in the app');
    assert.equal(await f.getByRole('textbox', { name: 'Target for Keep tactic 1' }).inputValue(), '< 3 %/month');
    assert.equal(await f.getByRole('textbox', { name: 'Why Self-service for Families' }).inputValue(), 'They plan meals at night, alone.');
    const o = page.getByRole('region', { name: 'Segment: Offices' });
    assert.equal(await o.getByRole('textbox', { name: 'Grow tactic 1', exact: true }).inputValue(), 'Catering for events');
    assert.ok(await o.getByRole('link', { name: 'Dedicated personal assistance' }).isVisible());
    await page.close();
  });

  it('saves at once when the panel is closed, without waiting for the pause', async () => {
    const page = await panel();
    await newDraft(page, 'Closing fast');
    await saved(page);
    const url = page.url();
    await page.getByRole('textbox', { name: 'Draft title' }).fill('Closing fast, typed last');
    await page.close({ runBeforeUnload: true });
    const again = await browser.context.newPage();
    await again.goto(url);
    const title = again.getByRole('textbox', { name: 'Draft title' });
    await title.waitFor();
    assert.equal(await title.inputValue(), 'Closing fast, typed last');
    await again.close();
  });

  it('brings back edits typed just before the panel crashed, with every review comment still there', async () => {
    const page = await panel();
    const title = await newDraft(page, 'Reviewed draft');
    const comments = page.getByRole('region', { name: /Review comments/ });
    await comments.getByRole('textbox', { name: 'Your name (shown with your comments)' }).fill('Coach Ana');
    for (const text of ['Who pays for the onboarding call?', 'Add a churn target to Keep.']) {
      await comments.getByRole('textbox', { name: 'Comment', exact: true }).fill(text);
      await comments.getByRole('button', { name: 'Add comment' }).click();
    }
    await page.getByRole('region', { name: /Review comments \(2 open\)/ }).waitFor();
    await saved(page);
    const url = page.url();
    // Crash the panel's renderer right after typing: no unload, no save, only the journal has the edit.
    const cdp = await page.context().newCDPSession(page);
    await title.fill('Reviewed draft, typed before the crash');
    const crashed = page.waitForEvent('crash');
    cdp.send('Page.crash').catch(() => {});
    await crashed;

    const again = await browser.context.newPage();
    await again.goto(url);
    await again.getByRole('status').filter({ hasText: 'Brought back changes that had not been saved' }).waitFor();
    assert.equal(await again.getByRole('textbox', { name: 'Draft title' }).inputValue(), 'Reviewed draft, typed before the crash');
    const kept = again.getByRole('region', { name: /Review comments \(2 open\)/ });
    await kept.getByText('Who pays for the onboarding call?').waitFor();
    await kept.getByText('Add a churn target to Keep.').waitFor();
    await saved(again);
    await again.reload();
    await again.getByRole('region', { name: /Review comments \(2 open\)/ }).getByText('Add a churn target to Keep.').waitFor();
    assert.equal(await again.getByRole('textbox', { name: 'Draft title' }).inputValue(), 'Reviewed draft, typed before the crash');
    await again.close();
    await page.close().catch(() => {});
  });

  it('keeps both edits when two panels edit different fields of the same draft', async () => {
    const a = await panel();
    await newDraft(a, 'Shared draft');
    await a.getByRole('button', { name: 'Add segment' }).click();
    await a.getByRole('region', { name: /^Segment: / }).getByRole('textbox', { name: 'Segment name' }).fill('Students');
    await saved(a);
    const b = await panel(new URL(a.url()).hash);
    await b.getByRole('textbox', { name: 'Draft title' }).waitFor();

    await a.getByRole('textbox', { name: 'Draft title' }).fill('Shared draft, renamed in A');
    await b.getByRole('textbox', { name: 'Notes for Students' }).fill('Notes typed in B');
    await saved(a);
    await saved(b);
    // Each panel ends up showing both edits.
    for (const p of [a, b]) {
      await p.waitForFunction(() => document.querySelector('input')?.value === 'Shared draft, renamed in A');
      assert.equal(await p.getByRole('textbox', { name: 'Notes for Students' }).inputValue(), 'Notes typed in B');
    }
    await b.reload();
    await b.getByRole('textbox', { name: 'Draft title' }).waitFor();
    assert.equal(await b.getByRole('textbox', { name: 'Draft title' }).inputValue(), 'Shared draft, renamed in A');
    assert.equal(await b.getByRole('textbox', { name: 'Notes for Students' }).inputValue(), 'Notes typed in B');
    await a.close();
    await b.close();
  });

  it('shows the conflict when two panels change the same field, and keeps both versions', async () => {
    const a = await panel();
    await newDraft(a, 'Contested');
    await saved(a);
    const b = await panel(new URL(a.url()).hash);
    await b.getByRole('textbox', { name: 'Draft title' }).waitFor();
    await a.getByRole('textbox', { name: 'Draft title' }).fill('Title from A');
    await b.getByRole('textbox', { name: 'Draft title' }).pressSequentially(' from B', { delay: 5 });
    const conflict = async (p) => (await p.getByRole('alert').filter({ hasText: 'changed in another window' }).count()) > 0;
    await a.waitForTimeout(1500);
    const [ca, cb] = [await conflict(a), await conflict(b)];
    assert.ok(ca || cb, 'one of the panels shows the conflict');
    const loser = ca ? a : b;
    const winnerTitle = ca ? 'Contested from B' : 'Title from A';
    const loserTitle = ca ? 'Title from A' : 'Contested from B';
    assert.equal(await loser.getByRole('textbox', { name: 'Draft title' }).inputValue(), loserTitle, 'my text stays on screen');
    await loser.getByRole('button', { name: 'Keep both' }).click();
    await loser.waitForFunction((t) => document.querySelector('input')?.value === t, winnerTitle);
    await loser.goto(`${browser.panelUrl}#/drafts`);
    const list = loser.getByRole('list', { name: 'Your drafts' });
    await list.getByRole('link', { name: `${loserTitle} (my version)` }).waitFor();
    await list.getByRole('link', { name: winnerTitle, exact: true }).waitFor();
    await a.close();
    await b.close();
  });

  it('moves a deleted draft to the trash and restores it', async () => {
    const page = await panel();
    await newDraft(page, 'To be deleted');
    await saved(page);
    await page.getByRole('link', { name: '← Drafts' }).click();
    await page.getByRole('button', { name: 'Move “To be deleted” to trash' }).click();
    await page.getByRole('status').filter({ hasText: 'Moved “To be deleted” to the trash.' }).waitFor();
    assert.equal(await page.getByRole('link', { name: 'To be deleted' }).count(), 0);
    await page.getByRole('link', { name: /^Trash \(\d+\)$/ }).click();
    await page.getByRole('button', { name: 'Restore “To be deleted”' }).click();
    await page.getByRole('link', { name: '← Drafts' }).click();
    await page.getByRole('link', { name: 'To be deleted' }).waitFor();
    await page.close();
  });

  it('renames and duplicates a draft from the list, and filters the list', async () => {
    const page = await panel();
    await newDraft(page, 'Old name');
    await saved(page);
    await page.getByRole('link', { name: '← Drafts' }).click();
    await page.getByRole('button', { name: 'Rename “Old name”' }).click();
    await page.getByRole('textbox', { name: 'New title for “Old name”' }).fill('New name');
    await page.keyboard.press('Enter');
    const list = page.getByRole('list', { name: 'Your drafts' });
    await list.getByRole('link', { name: 'New name', exact: true }).waitFor();
    await page.getByRole('button', { name: 'Duplicate “New name”' }).click();
    await list.getByRole('link', { name: 'New name (copy)' }).waitFor();
    await page.getByRole('searchbox', { name: 'Filter drafts' }).fill('new name copy');
    assert.deepEqual(await list.getByRole('link').allTextContents(), ['New name (copy)']);
    await page.close();
  });

  it('restores an earlier version from the history', async () => {
    const page = await panel();
    const title = await newDraft(page, 'Version one');
    await saved(page);
    await title.fill('Version two');
    await saved(page);
    await page.getByRole('link', { name: 'History' }).click();
    const versions = page.getByRole('list', { name: 'Saved versions' });
    await versions.waitFor();
    const older = versions.getByRole('listitem').filter({ hasText: '“Version one”' }).last();
    await older.getByRole('button', { name: /^Restore version \d+$/ }).click();
    await page.getByRole('textbox', { name: 'Draft title' }).waitFor();
    assert.equal(await page.getByRole('textbox', { name: 'Draft title' }).inputValue(), 'Version one');
    await page.getByRole('link', { name: 'History' }).click();
    await versions.getByRole('listitem').first().filter({ hasText: 'restored an earlier version' }).waitFor();
    await page.close();
  });

  it('adds a type to a draft from the catalogue', async () => {
    const page = await panel();
    await newDraft(page, 'From the catalogue');
    await saved(page);
    await page.goto(`${browser.panelUrl}#/type/community`);
    await page.getByRole('button', { name: 'Add to draft…' }).click();
    const form = page.getByRole('group', { name: 'Add Community to a draft' });
    await form.getByRole('combobox', { name: 'Draft' }).selectOption({ label: 'From the catalogue' });
    await form.getByRole('textbox', { name: 'New segment name' }).fill('Hobby cooks');
    await form.getByRole('button', { name: 'Add Community' }).click();
    await page.getByRole('status').filter({ hasText: 'Added Community to “From the catalogue” › Hobby cooks.' }).waitFor();
    await page.getByRole('link', { name: 'Open draft' }).click();
    const seg = page.getByRole('region', { name: 'Segment: Hobby cooks' });
    await seg.getByRole('link', { name: 'Community' }).waitFor();
    await page.close();
  });
});
