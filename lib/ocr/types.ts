/** What an OCR engine gives for one captured screen, in image pixels (device pixels of the capture). */
import * as z from 'zod/mini';

export const Box = z.object({ x: z.number(), y: z.number(), width: z.number(), height: z.number() });
export type Box = z.infer<typeof Box>;

export const OcrWord = z.object({
  text: z.string(),
  /** 0–100, the engine's own certainty. */
  confidence: z.number(),
  box: Box,
  /** The colour behind the word (sampled from the capture), as [r, g, b]; absent when unknown. */
  background: z.optional(z.tuple([z.number(), z.number(), z.number()])),
});
export type OcrWord = z.infer<typeof OcrWord>;

export const OcrLine = z.object({ words: z.array(OcrWord) });
export type OcrLine = z.infer<typeof OcrLine>;

/** One recognised screen: lines in the engine's order, and the image's size. Recorded fixtures use this shape. */
export const OcrPage = z.object({ width: z.number(), height: z.number(), lines: z.array(OcrLine) });
export type OcrPage = z.infer<typeof OcrPage>;

/** Words the engine was less sure of than this are kept but marked for the user to check. */
export const UNSURE_BELOW = 70;

/**
 * Tesseract settings for boards: sparse text (notes scattered over a board, not a page of columns) and
 * Sauvola's local thresholds, without which dark text on a coloured note is lost with the note's fill.
 */
export const ENGINE_PARAMETERS = { tessedit_pageseg_mode: '11', thresholding_method: '2' } as const;
