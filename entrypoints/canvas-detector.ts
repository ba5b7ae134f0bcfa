import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { chipText, createChip, type Chip } from '../components/chip/chip';
import { detectCanvasWith, type CanvasDetection } from '../lib/detect/engine';
import type { DetectAnswer } from '../lib/messages-canvas';
import { measureSince } from '../lib/perf';
import { DETECTOR_KEY, HOST_KEY, type Detector, type DetectorHost } from '../lib/detect/handoff';

/**
 * The full detector and the chip, injected by the background only into pages where the always-on canvas
 * script saw a canvas label: pages without one never load it.
 */
export default defineUnlistedScript(() => {
  const scope = globalThis as unknown as Record<string, unknown>;
  // Injected only at the always-on script's request, which lends its validated line to the background.
  const lent = scope[HOST_KEY] as DetectorHost | undefined;
  if (scope[DETECTOR_KEY] || !lent) return;
  const host: DetectorHost = lent;

  let chip: Chip | undefined;
  let last: CanvasDetection = { status: 'not-found', reason: 'not scanned yet' };
  let sentNotes = '';

  const detect = (): CanvasDetection => {
    const started = performance.now();
    try {
      return detectCanvasWith(host.labels, document);
    } catch {
      return { status: 'not-found', reason: 'detection failed' }; // never throw into the page
    } finally {
      measureSince('crc:detect', started);
    }
  };

  // The chip's words come with each analysis, in the language the background chose; English until the first.
  let t = chipText(undefined);

  async function onOpenDraft(): Promise<string> {
    if (last.status !== 'found') return t('chip.gone');
    const answer = await host.openDraft(last.notes, last.segmentNotes, document.title.slice(0, 500));
    if (!answer) return t('chip.noAnswer');
    if (!answer.ok) return answer.error;
    return t(answer.opened === 'panel' ? 'chip.readyPanel' : 'chip.readyTab');
  }

  const scan = () => {
    last = detect();
    if (last.status !== 'found') {
      chip?.destroy();
      chip = undefined;
      if (sentNotes) void host.seen(false, [], []);
      sentNotes = '';
      return;
    }
    try {
      chip ??= createChip({ onOpenDraft });
    } catch {
      // The page defined its own <crc-chip> and took its shadow root: no chip there, and no error thrown into the page.
    }
    chip?.place(last.blockRect);
    const key = JSON.stringify([last.notes, last.segmentNotes]);
    if (key === sentNotes) return;
    sentNotes = key;
    const current = chip;
    void host.seen(true, last.notes, last.segmentNotes, last.language).then((analysis) => {
      if (analysis?.language) t = chipText(analysis);
      if (analysis && current && chip === current) current.update(analysis);
    });
  };

  const answer = (): DetectAnswer => {
    last = detect();
    return last.status === 'found'
      ? { status: 'found', tool: last.tool, label: last.label, language: last.language, confidence: last.confidence, blockRect: last.blockRect, notes: last.notes }
      : { status: 'not-found', reason: last.reason };
  };

  scope[DETECTOR_KEY] = {
    scan,
    answer,
    destroy: () => {
      chip?.destroy();
      chip = undefined;
    },
  };
  scan();
});
