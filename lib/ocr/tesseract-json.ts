/** Tesseract's JSON output ("blocks") turned into OCR lines of words with boxes, in image pixels. */
import type { TesseractBlock } from './engine-messages';
import type { OcrLine } from './types';

/**
 * Tesseract reads small screen text far better enlarged: screens of fewer than 1.5 device pixels per CSS pixel
 * are recognised at twice their size (dropped letters like "Relaions" otherwise), up to a size it handles fast.
 */
export function upscaleFor(devicePixelRatio: number, width: number, height: number): number {
  return devicePixelRatio < 1.5 && width * height <= 3_000_000 ? 2 : 1;
}

/**
 * How the picture is enlarged: bilinear ("low") reads the fixture boards exactly as bicubic ("high") does, at
 * half its cost on the panel's thread, where the enlargement waits on nothing else.
 */
export const ENLARGE_QUALITY: ImageSmoothingQuality = 'low';

/** Lines of words from Tesseract's blocks; boxes divided by `scale` (the image's enlargement) to capture pixels. */
export function linesOf(blocks: readonly TesseractBlock[], scale = 1): OcrLine[] {
  return blocks.flatMap((b) => b.paragraphs ?? []).flatMap((p) => p.lines ?? []).map((line) => ({
    words: (line.words ?? []).map((w) => ({
      text: w.text,
      confidence: Math.round(w.confidence),
      box: { x: w.bbox.x0 / scale, y: w.bbox.y0 / scale, width: (w.bbox.x1 - w.bbox.x0) / scale, height: (w.bbox.y1 - w.bbox.y0) / scale },
    })),
  }));
}
