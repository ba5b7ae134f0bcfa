/**
 * Names the build and the manifest give our scripts, and the keyboard command's name: defined once here so
 * the background, lib/platform and the manifest builder (lib/manifest.ts) cannot drift apart.
 */

/** The reader (entrypoints/reader.ts), injected into articles on demand or registered on opted-in sites. */
export const READER_SCRIPT = '/reader.js';
/** The highlight colours (public/reader-highlights.css), inserted beside the reader. */
export const READER_STYLES = '/reader-highlights.css';
/** The always-on canvas script (entrypoints/canvas.content.ts), registered on opted-in sites. */
export const CANVAS_SCRIPT = '/content-scripts/canvas.js';
/** The full detector and chip (entrypoints/canvas-detector.ts), injected where a canvas label shows up. */
export const DETECTOR_SCRIPT = '/canvas-detector.js';

/** The keyboard command (manifest `commands`) that starts the reader on the page. */
export const ANNOTATE_COMMAND = 'annotate-page';
/** Its suggested key, as the manifest declares it and the panel's hints name it. */
export const ANNOTATE_SHORTCUT = 'Alt+Shift+H';
