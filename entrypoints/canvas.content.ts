import { defineContentScript } from 'wxt/utils/define-content-script';
import { mayHaveCanvas } from '../lib/detect/detect';
import { PAGE_LABELS } from '../lib/detect/page-labels';
import { DETECTOR_KEY, HOST_KEY, type Detector, type DetectorHost } from '../lib/detect/handoff';
import { watchPage } from '../lib/detect/watch';
import { ChipAnalysis, DetectRequest, DetectorLoaded, OpenDraftAnswer, type DetectAnswer } from '../lib/messages-canvas';
import { measureSince } from '../lib/perf';
import { onPageMessage, sendToBackground } from '../lib/platform/messaging';
import { validOrUndefined } from '../lib/valid';

/**
 * Always on, on canvas-tool pages: watches the page cheaply for a canvas label and, once one shows up,
 * has the background inject the full detector and chip (entrypoints/canvas-detector.ts).
 */
export default defineContentScript({
  // Listed in the manifest by lib/manifest.ts (the reviewed sites), not here: options given here are bundled
  // into the script, and this one runs on every canvas-tool page under a 12 KB budget.
  registration: 'runtime',
  main(ctx) {
    const scope = globalThis as unknown as Record<string, unknown>;
    // Injected twice (manifest and "Use on this site")? One instance is enough.
    if (scope.__crcCanvasScript) return;
    scope.__crcCanvasScript = true;

    const host: DetectorHost = {
      labels: PAGE_LABELS,
      seen: (found, notes, segmentNotes, language) =>
        sendToBackground({ type: 'canvas/seen', found, notes, segmentNotes, language }).then((answer) => validOrUndefined(ChipAnalysis, answer)),
      openDraft: (notes, segmentNotes, title) => sendToBackground({ type: 'canvas/open-draft', notes, segmentNotes, title }).then((answer) => validOrUndefined(OpenDraftAnswer, answer)),
    };
    scope[HOST_KEY] = host;

    const detector = () => scope[DETECTOR_KEY] as Detector | undefined;
    let loading: Promise<Detector | undefined> | undefined;

    const load = (): Promise<Detector | undefined> =>
      (loading ??= sendToBackground({ type: 'canvas/load' }).then((answer) => {
        // The background answers once the injected detector has run, and it registers itself as it runs.
        if (DetectorLoaded.safeParse(answer).success) return detector();
        loading = undefined; // no answer (the extension was reloaded): a later change may try again
        return undefined;
      }));

    const hasLabel = () => {
      try {
        return mayHaveCanvas(document);
      } catch {
        return false;
      }
    };

    const scan = () => {
      const started = performance.now();
      const full = detector();
      if (full) full.scan();
      else if (hasLabel()) void load();
      measureSince('crc:scan', started);
    };

    onPageMessage((message) => {
      if (!DetectRequest.safeParse(message).success) return undefined;
      return answerDetect();
    });
    async function answerDetect(): Promise<DetectAnswer> {
      let full = detector();
      if (!full) {
        // Without a detector yet, detection is the cheap pass; timed like the detector's own passes.
        const started = performance.now();
        const label = hasLabel();
        measureSince('crc:detect', started);
        if (label) full = await load();
      }
      return full ? full.answer() : { status: 'not-found', reason: 'no canvas label on this page' };
    }

    const stop = watchPage(document, scan, {
      onObserved: (ms) => measureSince('crc:observe', performance.now() - ms),
    });
    ctx.onInvalidated(() => {
      stop();
      detector()?.destroy();
    });
    scan();
  },
});
