/**
 * Messages to and from the canvas content script. They use zod's small build (`zod/mini`) because the
 * content script runs on every canvas page and has a 15 KB budget; the background validates the same
 * shapes with these schemas.
 */
import * as z from 'zod/mini';
import { LANGUAGES } from './catalogue/ids';
import { MAX_NOTE_LENGTH, MAX_NOTES } from './detect/limits';

const Rect = z.object({ x: z.number(), y: z.number(), width: z.number(), height: z.number() });
// `.check()` calls are not marked side-effect free: marked here, so the canvas content script (which parses
// only the answers) drops the schemas it does not use, as it drops the objects around them.
const Notes = /* @__PURE__ */ z.array(/* @__PURE__ */ z.string().check(z.maxLength(MAX_NOTE_LENGTH))).check(z.maxLength(MAX_NOTES));

/** Asked of the content script by tests and the side panel (the contract in DESIGN.md). */
export const DetectRequest = z.object({ type: z.literal('canvas/detect') });

export const DetectAnswer = z.union([
  z.object({
    status: z.literal('found'), tool: z.string(), label: z.string(), language: z.string(),
    confidence: z.number(), blockRect: Rect, notes: z.array(z.string()),
  }),
  z.object({ status: z.literal('not-found'), reason: z.string() }),
]);
export type DetectAnswer = z.infer<typeof DetectAnswer>;

/** Content script → background: what the page shows now (notes found, or nothing). */
export const CanvasSeen = z.object({
  type: z.literal('canvas/seen'),
  found: z.boolean(),
  notes: Notes,
  segmentNotes: Notes,
  /** The canvas's language (BCP-47), for a chip that follows the page. Optional: older pages' scripts omit it. */
  language: z.optional(/* @__PURE__ */ z.string().check(z.maxLength(35))),
});

/** Content script → background: the user asked to open the notes as a draft. */
export const CanvasOpenDraft = z.object({
  type: z.literal('canvas/open-draft'),
  notes: Notes,
  segmentNotes: Notes,
  title: /* @__PURE__ */ z.string().check(z.maxLength(500)),
});

/** Always-on canvas script → background: a canvas label is on the page; inject the full detector. */
export const CanvasLoad = z.object({ type: z.literal('canvas/load') });
/**
 * Background → canvas script, the answer to `canvas/load`, sent once the injection finished: the detector has
 * registered itself by then (it does so as it runs), so `ok` means it is there to use, with no waiting.
 */
export const DetectorLoaded = z.object({ ok: z.boolean() });
export type DetectorLoaded = z.infer<typeof DetectorLoaded>;

export const CanvasMessage = z.discriminatedUnion('type', [CanvasSeen, CanvasOpenDraft, CanvasLoad]);
export type CanvasMessage = z.infer<typeof CanvasMessage>;
export type CanvasSeen = z.infer<typeof CanvasSeen>;
export type CanvasOpenDraft = z.infer<typeof CanvasOpenDraft>;

/** Background → content script: the analysis the chip shows (built in lib/advice/analyse.ts). */
export const ChipAnalysis = z.object({
  types: z.array(z.object({ typeId: z.string(), name: z.string(), matches: z.array(z.string()) })),
  missingPhases: z.array(z.enum(['get', 'keep', 'grow'])),
  findings: z.array(z.object({ id: z.string(), severity: z.enum(['high', 'medium', 'low']), title: z.string(), fix: z.string() })),
  summary: z.string(),
  /** The language the background chose for the chip (the user's setting, the page's or the browser's). */
  language: z.optional(z.enum(LANGUAGES)),
  /**
   * The chip's own words in that language (absent for English, which the chip carries): sent by the background
   * so the detector script does not bundle seven languages' words into every canvas page. A flat list of key,
   * text, key, text… (lib/i18n/chip.ts), which the always-on script checks with the schemas it already has.
   */
  words: z.optional(z.array(z.string()).check(z.maxLength(200))),
});
export type ChipAnalysis = z.infer<typeof ChipAnalysis>;

export const OpenDraftAnswer = z.union([
  z.object({ ok: z.literal(true), draftId: z.string(), opened: z.enum(['panel', 'tab']) }),
  z.object({ ok: z.literal(false), error: z.string() }),
]);
export type OpenDraftAnswer = z.infer<typeof OpenDraftAnswer>;
