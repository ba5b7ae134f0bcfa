import { defineBackground } from 'wxt/utils/define-background';
import { analyseNotes } from '../lib/advice/analyse';
import { chipAnalysisIn } from '../lib/advice/chip-language';
import { PANEL_CHANNEL, PanelReport, type PanelShow } from '../lib/messages-panel';
import { CanvasMessage, type DetectorLoaded, type OpenDraftAnswer } from '../lib/messages-canvas';
import { setCanvasBadge } from '../lib/platform/badge';
import { browserLanguages } from '../lib/platform/language';
import { resolveLanguage } from '../lib/i18n/languages';
import { readLanguageChoice } from '../lib/store/settings';
import { readerWordsIn } from '../lib/i18n/reader';
import { onExtensionMessage } from '../lib/platform/messaging';
import { makeActionOpenPanel, openPanelNow, openPanelPageInTab } from '../lib/platform/panel';
import { injectDetector } from '../lib/platform/scripting';
import { saveCanvasDraft } from '../lib/store/canvas-drafts';
import { DraftStore } from '../lib/store/drafts';
import { AnnotationStore } from '../lib/store/annotations';
import { ReaderMessage, placedOf, type CreateAnswer, type LoadAnswer } from '../lib/messages-reader';
import { createReaderMenus, injectReader, onReaderInvoked } from '../lib/platform/reader';
import { routeHash, type Route } from '../components/sidepanel/route';
import { onReadBoardInvoked } from '../lib/platform/capture';

export default defineBackground(() => {
  makeActionOpenPanel();
  createReaderMenus();
  onReaderInvoked((tabId) => void injectReader(tabId));

  const panels = new BroadcastChannel(PANEL_CHANNEL);
  // The view a panel was just opened to show, until a panel says it shows it. A panel still loading when it
  // was posted asks for it once it listens ('panel/ready'), so nothing depends on how long it takes to load.
  let pending: PanelShow | undefined;
  panels.onmessage = (event: MessageEvent) => {
    const report = PanelReport.safeParse(event.data);
    if (!report.success || !pending) return;
    if (report.data.type === 'panel/ready') panels.postMessage(pending);
    else if (report.data.hash === pending.hash) pending = undefined;
  };
  let store: ReturnType<typeof DraftStore.open> | undefined;
  const openStore = () => (store ??= DraftStore.open().then((r) => (r.ok ? r : ((store = undefined), r))));
  let annotations: ReturnType<typeof AnnotationStore.open> | undefined;
  const openAnnotations = () => (annotations ??= AnnotationStore.open().then((r) => (r.ok ? r : ((annotations = undefined), r))));

  /** Shows a view in the panel that `opened` started opening; where it could not open, in a new tab. */
  async function showView(opened: Promise<boolean>, route: Route): Promise<'panel' | 'tab'> {
    const hash = routeHash(route);
    if (await opened) {
      pending = { type: 'panel/show', hash };
      panels.postMessage(pending); // a panel already open shows it now
      return 'panel';
    }
    await openPanelPageInTab(hash);
    return 'tab';
  }

  // "Read this board" from the right-click menu: the panel's Canvas view reads that tab at once.
  onReadBoardInvoked((tab) => {
    const opened = openPanelNow(tab.id, tab.windowId);
    void showView(opened, { view: 'canvas', read: tab.id });
  });

  // The reader script in an article: its annotations, a new one, "Edit in side panel".
  onExtensionMessage((message, sender) => {
    const parsed = ReaderMessage.safeParse(message);
    const tab = sender.tab;
    if (!parsed.success || tab?.id === undefined) return undefined;
    const msg = parsed.data;
    // Opening the panel must start before any await, while the click still counts.
    const opened = msg.type === 'reader/open' || (msg.type === 'reader/create' && msg.open) ? openPanelNow(tab.id, tab.windowId) : undefined;
    return (async (): Promise<LoadAnswer | CreateAnswer | { ok: boolean }> => {
      const opening = await openAnnotations();
      if (!opening.ok) return { ok: false, error: opening.error.message };
      const annotationStore = opening.value;
      if (msg.type === 'reader/load') {
        const [page, choice] = await Promise.all([annotationStore.forPage(msg.url), readLanguageChoice()]);
        // The reader speaks the panel's language; an article is no canvas, so "follow the page" means the browser's.
        if (!page.ok) return { ok: false, error: page.error.message };
        const language = resolveLanguage(choice === 'page' ? 'browser' : choice, browserLanguages());
        return { ok: true, annotations: page.value.items.map(placedOf), ...readerWordsIn(language, page.value.items.flatMap((a) => a.types)) };
      }
      if (msg.type === 'reader/open') {
        await showView(opened!, { view: 'annotation', id: msg.id });
        return { ok: true };
      }
      const created = await annotationStore.create({ url: msg.url, title: msg.title, quote: msg.quote, position: msg.position });
      if (!created.ok) return { ok: false, error: created.error.message };
      if (opened) await showView(opened, { view: 'annotation', id: created.value.id });
      return { ok: true, annotation: placedOf(created.value) };
    })();
  });

  onExtensionMessage((message, sender) => {
    const parsed = CanvasMessage.safeParse(message);
    const tab = sender.tab;
    if (!parsed.success || tab?.id === undefined) return undefined;
    const tabId = tab.id;
    const msg = parsed.data;

    if (msg.type === 'canvas/load') return injectDetector(tabId, sender.frameId ?? 0).then((ok): DetectorLoaded => ({ ok }));

    if (msg.type === 'canvas/seen') {
      void setCanvasBadge(tabId, msg.found);
      if (!msg.found) return Promise.resolve({ ok: true });
      // The chip speaks the language the user chose in the panel, the canvas's when they chose "follow the page".
      return readLanguageChoice().then((choice) =>
        chipAnalysisIn(analyseNotes(msg.notes, msg.segmentNotes), resolveLanguage(choice, browserLanguages(), msg.language)));
    }

    // canvas/open-draft: start opening the panel before any await, while the click still counts.
    const opened = openPanelNow(tabId, tab.windowId);
    return (async (): Promise<OpenDraftAnswer> => {
      const opening = await openStore();
      if (!opening.ok) return { ok: false, error: opening.error.message };
      const source = { url: tab.url ?? '', title: msg.title || tab.title || '' };
      const saved = await saveCanvasDraft(opening.value, source, msg.notes, msg.segmentNotes);
      if (!saved.ok) return { ok: false, error: saved.error.message };
      return { ok: true, draftId: saved.value.id, opened: await showView(opened, { view: 'draft', id: saved.value.id }) };
    })();
  });
});
