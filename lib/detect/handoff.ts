import type { ChipAnalysis, DetectAnswer, OpenDraftAnswer } from '../messages-canvas';
import type { PageLabels } from './page-labels';

/**
 * How the always-on canvas script talks to the detector injected after it: both run in the extension's
 * isolated world of the page, so the detector leaves its functions under this key.
 */
export const DETECTOR_KEY = '__crcCanvasDetector';

export interface Detector {
  /** Re-detects and updates the chip. */
  scan(): void;
  /** Re-detects and answers `canvas/detect` as DESIGN.md's contract says. */
  answer(): DetectAnswer;
  destroy(): void;
}

/**
 * What the always-on script lends the detector, under this key: its line to the background, with the answers
 * already checked against their zod schemas, and its label vocabularies and page scan. The detector so carries
 * no second copy of the schema library (~6 KB gzip) or of the vocabularies (~4 KB) on every canvas page.
 */
export const HOST_KEY = '__crcCanvasHost';

export interface DetectorHost {
  labels: PageLabels;
  /**
   * Tells the background what the page shows (and the canvas's language, for a chip that follows the page);
   * resolves to the chip's analysis, or undefined if none came back valid.
   */
  seen(found: boolean, notes: string[], segmentNotes: string[], language?: string): Promise<ChipAnalysis | undefined>;
  /** Asks the background to open the notes as a draft; undefined when no valid answer came back. */
  openDraft(notes: string[], segmentNotes: string[], title: string): Promise<OpenDraftAnswer | undefined>;
}
