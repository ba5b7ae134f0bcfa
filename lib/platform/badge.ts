import { browser } from 'wxt/browser';
import { manifestMessage } from './language';

/** Marks the toolbar button on a tab where a Customer Relationships block was found. */
export async function setCanvasBadge(tabId: number, found: boolean): Promise<void> {
  try {
    await browser.action.setBadgeText({ tabId, text: found ? 'CR' : '' });
    if (found) await browser.action.setBadgeBackgroundColor({ tabId, color: '#2f5bd3' });
    await browser.action.setTitle({ tabId, title: manifestMessage(found ? 'actionFound' : 'actionTitle') });
  } catch {
    // the tab closed meanwhile
  }
}
