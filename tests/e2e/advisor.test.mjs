// End-to-end: the Advisor's guided choice and the draft health check, in the built extension.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { launchWithExtension } from '../../scripts/chromium.mjs';

let browser;
before(async () => {
  browser = await launchWithExtension({ viewport: { width: 480, height: 1000 } });
});
after(async () => {
  await browser?.close();
});

const question = (page, prompt) => page.getByRole('group', { name: prompt });

describe('advisor', () => {
  it('ranks types with reasons as the questions are answered, and applies the top choices to a draft', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${browser.panelUrl}#/drafts`);
    await page.getByRole('button', { name: 'New draft' }).click();
    await page.getByRole('textbox', { name: 'Draft title' }).fill('Private bank');
    await page.getByRole('status').filter({ hasText: /^Saved$/ }).waitFor();

    await page.getByRole('link', { name: 'Advisor' }).click();
    await page.getByRole('heading', { level: 2, name: 'Advisor' }).waitFor();
    await question(page, /What do customers in this segment expect/).getByRole('checkbox', { name: 'Personal help from someone' }).check();
    await question(page, /worth to you over the whole time/).getByRole('radio', { name: 'High' }).check();
    await question(page, /How many customers are in this segment/).getByRole('radio', { name: 'A handful of key accounts' }).check();
    await question(page, /How complex is what you sell/).getByRole('radio', { name: 'Complex' }).check();

    const ranking = page.getByRole('list', { name: 'Relationship types ranked for this segment' });
    const first = ranking.getByRole('listitem').first();
    assert.match(await first.getByRole('link').textContent(), /^Dedicated personal assistance$/);
    const reasons = await first.getByRole('list', { name: /^Reasons for/ }).getByRole('listitem').allTextContents();
    assert.ok(reasons.length >= 3, `expected several reasons, got ${reasons.join(' | ')}`);
    assert.ok(reasons.every((r) => /^[+-]\d+ /.test(r)), 'each reason shows its points');
    await page.getByRole('status').filter({ hasText: /Top choices so far: Dedicated personal assistance/ }).waitFor();

    // The ranking follows a changed answer at once.
    await question(page, /How many customers are in this segment/).getByRole('radio', { name: 'Millions' }).check();
    assert.doesNotMatch(await ranking.getByRole('listitem').first().getByRole('link').textContent(), /^Dedicated personal assistance$/);
    await question(page, /How many customers are in this segment/).getByRole('radio', { name: 'A handful of key accounts' }).check();

    const apply = page.getByRole('group', { name: 'Apply to a draft' });
    await apply.getByRole('combobox', { name: 'Draft' }).selectOption({ label: 'Private bank' });
    await apply.getByRole('textbox', { name: 'New segment name' }).fill('Wealthy clients');
    await apply.getByRole('button', { name: 'Apply to draft' }).click();
    await page.getByRole('status').filter({ hasText: 'Applied to “Private bank” › Wealthy clients.' }).waitFor();
    await page.getByRole('link', { name: 'Open draft' }).click();
    const segment = page.getByRole('region', { name: 'Segment: Wealthy clients' });
    await segment.getByRole('link', { name: 'Dedicated personal assistance' }).waitFor();
    const why = await segment.getByRole('textbox', { name: 'Why Dedicated personal assistance for Wealthy clients' }).inputValue();
    assert.ok(why.length > 10, 'the rationale carries the advisor’s reasons');
    assert.ok((await segment.getByRole('group', { name: 'Keep tactics for Wealthy clients', exact: true }).getByRole('listitem').count()) >= 1);
    await page.close();
  });

  it('updates the health check as the draft is fixed', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${browser.panelUrl}#/drafts`);
    await page.getByRole('button', { name: 'New draft' }).click();
    await page.getByRole('textbox', { name: 'Draft title' }).fill('Gym');
    const findings = page.locator('details.health').getByRole('list');
    const titles = async () => (await findings.locator('.finding-title').allTextContents()).join(' | ');
    await findings.getByText('No customer segment yet').waitFor();

    // One click fixes it: a segment is added; the check moves on to what that segment lacks.
    await page.getByRole('button', { name: 'Fix: No customer segment yet' }).click();
    await page.getByRole('region', { name: /^Segment: / }).waitFor();
    await findings.getByText('Not tying relationships to segments').waitFor();
    assert.doesNotMatch(await titles(), /No customer segment yet/);

    // Fixing by hand: naming a type in the notes lets the check offer it, then choosing it clears the finding.
    const segment = page.getByRole('region', { name: /^Segment: / });
    await segment.getByRole('textbox', { name: 'Segment name' }).fill('Members');
    await page.getByRole('region', { name: 'Segment: Members' }).getByRole('textbox', { name: 'Notes for Members' }).fill('Members meet in a forum and at events');
    await page.getByRole('button', { name: 'Fix: Not tying relationships to segments' }).click();
    await page.getByRole('region', { name: 'Segment: Members' }).getByRole('link', { name: 'Community' }).waitFor();
    await page.waitForFunction(() => !document.querySelector('details.health')?.textContent?.includes('Not tying relationships to segments'));
    await page.getByRole('status').filter({ hasText: /^Saved$/ }).waitFor();
    await page.close();
  });
});
