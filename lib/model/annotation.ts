/**
 * A student's annotation of a passage in an article: where it is (W3C selectors), how it is tagged, the note.
 * Stored by extension pages only (lib/store/annotations.ts); the reader script asks for them by message.
 */
import { z } from 'zod';
import { PHASE_IDS } from '../catalogue/ids';
import { IdSchema } from './draft';

const Timestamp = z.iso.datetime({ offset: true });

import { CONTEXT_LENGTH, MAX_QUOTE_LENGTH } from './limits';

export { CONTEXT_LENGTH, MAX_QUOTE_LENGTH };

/** W3C Web Annotation TextQuoteSelector: the passage and a little text on each side of it. */
export const QuoteSelectorSchema = z.object({
  exact: z.string().min(1, 'expected a non-empty quote').max(MAX_QUOTE_LENGTH),
  prefix: z.string().max(CONTEXT_LENGTH * 2).default(''),
  suffix: z.string().max(CONTEXT_LENGTH * 2).default(''),
});
export type QuoteSelector = z.infer<typeof QuoteSelectorSchema>;

/** W3C Web Annotation TextPositionSelector: offsets into the page's text (see lib/anchor/text.ts). */
export const PositionSelectorSchema = z
  .object({ start: z.number().int().min(0), end: z.number().int().min(0) })
  .refine((p) => p.end >= p.start, { message: 'expected end ≥ start', path: ['end'] });
export type PositionSelector = z.infer<typeof PositionSelectorSchema>;

export const TypeIdSchema = z.string().regex(/^[a-z]+(-[a-z]+)*$/, 'expected a relationship type id').max(60);
export const FreeTagSchema = z.string().trim().min(1, 'expected a tag').max(60);

export const AnnotationSchema = z.object({
  id: IdSchema,
  /** The page, without its fragment: the same article is found again whatever `#section` it was opened at. */
  url: z.string().max(4000).regex(/^https?:\/\//i, 'expected a web address (http or https)'),
  title: z.string().max(500).default(''),
  quote: QuoteSelectorSchema,
  position: PositionSelectorSchema,
  /** Relationship types (catalogue ids) the passage is about. */
  types: z.array(TypeIdSchema).max(20).default([]),
  phase: z.enum(PHASE_IDS).optional(),
  tags: z.array(FreeTagSchema).max(30).default([]),
  note: z.string().max(20_000).default(''),
  createdAt: Timestamp,
  updatedAt: Timestamp,
  rev: z.number().int().min(1),
  /** Set when the annotation is in the trash. */
  deletedAt: Timestamp.optional(),
});
export type Annotation = z.infer<typeof AnnotationSchema>;

/**
 * What a user edits on an annotation: only the fields given change. Built without the defaults of the full
 * schema, which would otherwise fill a left-out field with an empty value and wipe it.
 */
export const AnnotationEditSchema = z.object({
  types: z.array(TypeIdSchema).max(20),
  phase: z.enum(PHASE_IDS).optional(),
  tags: z.array(FreeTagSchema).max(30),
  note: z.string().max(20_000),
}).partial();
export type AnnotationEdit = z.infer<typeof AnnotationEditSchema>;

export { pageKey } from './page';
