import type { DetectAnswer } from '../messages-canvas';

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
