// The steps of "Read this board" that a test or the bench drives in Chromium with the e2e build loaded.

/**
 * Clicks the companion's toolbar button on `page`'s tab, as a user would before reading (it grants activeTab),
 * through the DevTools protocol; then closes the side panel it opened, so the board keeps the tab's full width.
 */
export async function clickToolbarButton(browser, page) {
  await page.bringToFront();
  const cdp = await browser.context.browser().newBrowserCDPSession();
  const { targetInfos } = await cdp.send('Target.getTargets', { filter: [{}] });
  const tab = targetInfos.find((t) => t.type === 'tab' && t.url === page.url());
  if (!tab) throw new Error(`no tab target for ${page.url()}`);
  await cdp.send('Extensions.triggerAction', { id: browser.extensionId, targetId: tab.targetId });
  await cdp.detach();
  await page.waitForTimeout(300);
  await browser.worker.evaluate(async (url) => {
    const [tab] = await chrome.tabs.query({ url });
    await chrome.sidePanel.close({ windowId: tab.windowId }).catch(() => undefined);
  }, page.url());
  await page.waitForTimeout(300);
}

export async function tabIdOf(browser, page) {
  return browser.worker.evaluate(async (url) => (await chrome.tabs.query({ url }))[0]?.id, page.url());
}

/**
 * Opens the panel's Canvas view in a window of its own, reading the board's tab — what the right-click entry
 * "Read this board" shows (the board stays the visible tab of its window, which a capture needs).
 */
export async function openReadingPanel(browser, tabId) {
  const opened = browser.context.waitForEvent('page');
  await browser.worker.evaluate(async (url) => { await chrome.windows.create({ url, width: 900, height: 1000 }); }, `${browser.panelUrl}#/canvas/read/${tabId}`);
  const panel = await opened;
  await panel.waitForLoadState();
  return panel;
}

/** The notes the panel read, as shown in their text boxes (after waiting for them). */
export async function notesRead(panel, timeout = 60_000) {
  const list = panel.getByRole('list', { name: /^Notes read/ });
  await list.or(panel.getByRole('alert')).waitFor({ timeout });
  if (!(await list.count())) throw new Error(`no notes read: ${await panel.getByRole('alert').textContent()}`);
  return list.getByRole('textbox').evaluateAll((boxes) => boxes.map((b) => b.value));
}
