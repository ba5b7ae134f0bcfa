/**
 * What the side panel and its OCR worker (lib/platform/ocr-worker.ts) say to each other. Both sides check what
 * they receive against these schemas: the worker runs wasm on pixels from any web page, and a message of the
 * wrong shape must end the read with a clear failure, not with a broken page of notes.
 */
import * as z from 'zod/mini';

/** Where the engine's files are (extension URLs); `prefetch`: language data known to be needed before the rest is. */
const load = z.object({ type: z.literal('load'), core: z.string(), wasm: z.string(), prefetch: z.array(z.string()) });
/** The languages to read (the URL of each one's data) and the Tesseract settings for boards. */
const init = z.object({
  type: z.literal('init'),
  /** Tesseract codes ("eng", "deu") with the URL of each one's language data. */
  languages: z.array(z.object({ code: z.string().check(z.regex(/^[a-z]{3}(?:_[a-z]+)?$/)), url: z.string() })).check(z.minLength(1)),
  parameters: z.record(z.string(), z.string()),
});
/** An RGBA picture, 4 bytes a pixel, row after row (an ImageData's buffer, handed over). */
const recognise = z.object({
  type: z.literal('recognise'),
  width: z.number().check(z.int(), z.positive()),
  height: z.number().check(z.int(), z.positive()),
  pixels: z.instanceof(ArrayBuffer),
});

export const engineRequest = z.discriminatedUnion('type', [load, init, recognise]);
export type EngineRequest = z.infer<typeof engineRequest>;

const bbox = z.object({ x0: z.number(), y0: z.number(), x1: z.number(), y1: z.number() });
const word = z.object({ text: z.string(), confidence: z.number(), bbox });
/** Tesseract's JSON output, the part lib/ocr/tesseract-json.ts reads (other fields are dropped). */
export const tesseractBlocks = z.array(
  z.object({ paragraphs: z.optional(z.array(z.object({ lines: z.optional(z.array(z.object({ words: z.optional(z.array(word)) }))) }))) }),
);
export type TesseractBlock = z.infer<typeof tesseractBlocks>[number];

export const engineReply = z.discriminatedUnion('type', [
  z.object({ type: z.literal('progress'), stage: z.enum(['loading', 'reading']), share: z.number().check(z.gte(0), z.lte(1)) }),
  z.object({ type: z.literal('ready') }),
  /** `ms`: Tesseract's own work on the picture (setting it, recognising, writing its JSON). */
  z.object({ type: z.literal('read'), blocks: tesseractBlocks, ms: z.number().check(z.gte(0)) }),
  z.object({ type: z.literal('failed'), detail: z.string() }),
]);
export type EngineReply = z.infer<typeof engineReply>;
