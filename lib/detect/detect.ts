/**
 * Canvas detection with the label vocabularies bound in (lib/detect/engine.ts has the rules): what tests, the
 * board reader and the always-on script call. Only the injected detector uses the engine with borrowed labels.
 */
import type { CanvasDetection, DetectOptions } from './engine';
import { detectCanvasWith, mayHaveCanvasWith } from './engine';
import { PAGE_LABELS } from './page-labels';

export type { CanvasDetection, DetectOptions } from './engine';

/** Finds the Customer Relationships block on the page; never throws (see detectCanvasWith). */
export const detectCanvas = (root: Document, options?: DetectOptions): CanvasDetection => detectCanvasWith(PAGE_LABELS, root, options);

/** The cheap first pass alone: whether the page may hold a canvas worth a full detection. */
export const mayHaveCanvas = (root: Document): boolean => mayHaveCanvasWith(PAGE_LABELS, root);
