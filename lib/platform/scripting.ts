import { browser } from 'wxt/browser';
import { DETECTOR_SCRIPT } from '../bundle';

/** Injects the full canvas detector into one frame of a tab (the canvas script asked for it). */
export async function injectDetector(tabId: number, frameId: number): Promise<boolean> {
  try {
    await browser.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: [DETECTOR_SCRIPT] });
    return true;
  } catch {
    return false; // no access to this page (e.g. permission revoked): the page simply gets no chip
  }
}
