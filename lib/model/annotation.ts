/**
 * A student's annotation of a passage in an article: where it is (W3C selectors), how it is tagged, the note.
 * Stored by extension pages only (lib/store/annotations.ts); the reader script asks for them by message.
 */
import { z } from './zod';
import { PHASE_IDS } from '../catalogue/ids';
import { IdSchema } from './draft';

const Timestamp = z.iso.datetime({ offset: true });

import { CONTEXT_LENGTH, MAX_QUOTE_LENGTH } from './limits';

export { CONTEXT_LENGTH, MAX_QUOTE_LENGTH };

/** W3C Web Annotation TextQuoteSelector: the passage and a little text on each side of it. */
export const QuoteSelectorSchema = z.object({
  exact: z.string().check(z.minLength(1, 'expected a non-empty quote'), z.maxLength(MAX_QUOTE_LENGTH)),
  prefix: z._default(z.string().check(z.maxLength(CONTEXT_LENGTH * 2)), ''),
  suffix: z._default(z.string().check(z.maxLength(CONTEXT_LENGTH * 2)), ''),
});
export type QuoteSelector = z.infer<typeof QuoteSelectorSchema>;

/** W3C Web Annotation TextPositionSelector: offsets into the page's text (see lib/anchor/text.ts). */
export const PositionSelectorSchema = z
  .object({ start: z.number().check(z.int(), z.gte(0)), end: z.number().check(z.int(), z.gte(0)) })
  .check(z.refine((p) => p.end >= p.start, { message: 'expected end ≥ start', path: ['end'] }));
export type PositionSelector = z.infer<typeof PositionSelectorSchema>;

export const TypeIdSchema = z.string().check(z.regex(/^[a-z]+(-[a-z]+)*$/, 'expected a relationship type id'), z.maxLength(60));
export const FreeTagSchema = z.string().check(z.trim(), z.minLength(1, 'expected a tag'), z.maxLength(60));

export const AnnotationSchema = z.object({
  id: IdSchema,
  /** The page, without its fragment: the same article is found again whatever `#section` it was opened at. */
  url: z.string().check(z.maxLength(4000), z.regex(/^https?:\/\//i, 'expected a web address (http or https)')),
  title: z._default(z.string().check(z.maxLength(500)), ''),
  quote: QuoteSelectorSchema,
  position: PositionSelectorSchema,
  /** Relationship types (catalogue ids) the passage is about. */
  types: z._default(z.array(TypeIdSchema).check(z.maxLength(20)), []),
  phase: z.optional(z.enum(PHASE_IDS)),
  tags: z._default(z.array(FreeTagSchema).check(z.maxLength(30)), []),
  note: z._default(z.string().check(z.maxLength(20_000)), ''),
  createdAt: Timestamp,
  updatedAt: Timestamp,
  rev: z.number().check(z.int(), z.gte(1)),
  /** Set when the annotation is in the trash. */
  deletedAt: z.optional(Timestamp),
});
export type Annotation = z.infer<typeof AnnotationSchema>;

/**
 * What a user edits on an annotation: only the fields given change. Built without the defaults of the full
 * schema, which would otherwise fill a left-out field with an empty value and wipe it.
 */
export const AnnotationEditSchema = z.partial(
  z.object({
    types: z.array(TypeIdSchema).check(z.maxLength(20)),
    phase: z.optional(z.enum(PHASE_IDS)),
    tags: z.array(FreeTagSchema).check(z.maxLength(30)),
    note: z.string().check(z.maxLength(20_000)),
  }),
);
export type AnnotationEdit = z.infer<typeof AnnotationEditSchema>;

export { pageKey } from './page';
