import { defineBackground } from 'wxt/utils/define-background';
import { analyseNotes, chipAnalysisOf } from '../lib/advice/analyse';
import { PANEL_CHANNEL, type PanelShow } from '../lib/messages-panel';
import { CanvasMessage, type OpenDraftAnswer } from '../lib/messages-canvas';
import { setCanvasBadge } from '../lib/platform/badge';
import { onExtensionMessage } from '../lib/platform/messaging';
import { makeActionOpenPanel, openPanelNow, openPanelPageInTab } from '../lib/platform/panel';
import { injectDetector } from '../lib/platform/scripting';
import { saveCanvasDraft } from '../lib/store/canvas-drafts';
import { DraftStore } from '../lib/store/drafts';

export default defineBackground(() => {
  makeActionOpenPanel();

  const panels = new BroadcastChannel(PANEL_CHANNEL);
  let store: ReturnType<typeof DraftStore.open> | undefined;
  const openStore = () => (store ??= DraftStore.open().then((r) => (r.ok ? r : ((store = undefined), r))));

  onExtensionMessage((message, sender) => {
    const parsed = CanvasMessage.safeParse(message);
    const tab = sender.tab;
    if (!parsed.success || tab?.id === undefined) return undefined;
    const tabId = tab.id;
    const msg = parsed.data;

    if (msg.type === 'canvas/load') return injectDetector(tabId, sender.frameId ?? 0).then((ok) => ({ ok }));

    if (msg.type === 'canvas/seen') {
      void setCanvasBadge(tabId, msg.found);
      return Promise.resolve(msg.found ? chipAnalysisOf(analyseNotes(msg.notes, msg.segmentNotes)) : { ok: true });
    }

    // canvas/open-draft: start opening the panel before any await, while the click still counts.
    const opened = openPanelNow(tabId, tab.windowId);
    return (async (): Promise<OpenDraftAnswer> => {
      const opening = await openStore();
      if (!opening.ok) return { ok: false, error: opening.error.message };
      const source = { url: tab.url ?? '', title: msg.title || tab.title || '' };
      const saved = await saveCanvasDraft(opening.value, source, msg.notes, msg.segmentNotes);
      if (!saved.ok) return { ok: false, error: saved.error.message };
      const hash = `#/draft/${saved.value.id}`;
      if (await opened) {
        const show: PanelShow = { type: 'panel/show', hash };
        // The panel may still be loading: say it now and once more shortly after.
        for (const delay of [0, 400, 1200]) setTimeout(() => panels.postMessage(show), delay);
        return { ok: true, draftId: saved.value.id, opened: 'panel' };
      }
      await openPanelPageInTab(hash);
      return { ok: true, draftId: saved.value.id, opened: 'tab' };
    })();
  });
});
