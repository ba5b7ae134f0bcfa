import { z } from './zod';
import { PHASE_IDS, type PhaseId } from '../catalogue/ids';

/** Ids are random UUIDs; any non-empty string of safe characters is accepted from older data. */
export const IdSchema = z.string().check(z.regex(/^[A-Za-z0-9_-]{1,64}$/, 'expected an id of letters, digits, - or _'));
const Timestamp = z.iso.datetime({ offset: true });
const ShortText = z.string().check(z.maxLength(500));
const LongText = z.string().check(z.maxLength(20_000));

export const MetricTargetSchema = z.object({
  /** What is measured, e.g. "churn". */
  name: ShortText,
  /** The goal, e.g. "< 3 %/month"; optional. */
  target: z._default(ShortText, ''),
});

export const TacticSchema = z.object({
  id: IdSchema,
  text: LongText,
  channel: z._default(ShortText, ''),
  metric: z.optional(MetricTargetSchema),
});
export type Tactic = z.infer<typeof TacticSchema>;

export const GridSchema = z.object({
  get: z._default(z.array(TacticSchema), []),
  keep: z._default(z.array(TacticSchema), []),
  grow: z._default(z.array(TacticSchema), []),
});
export type Grid = z.infer<typeof GridSchema>;

export const TypeChoiceSchema = z.object({
  /** A catalogue type id; unknown ids are kept (a newer catalogue may know them). */
  typeId: z.string().check(z.regex(/^[a-z]+(-[a-z]+)*$/, 'expected a relationship type id')),
  rationale: z._default(LongText, ''),
});
export type TypeChoice = z.infer<typeof TypeChoiceSchema>;

/** A quoted passage that supports a segment's strategy in one phase, with a link back to where it was read. */
export const EvidenceSchema = z.object({
  id: IdSchema,
  phase: z.enum(PHASE_IDS),
  quote: z.pipe(LongText, z.string().check(z.minLength(1, 'expected a quote'))),
  /** Only web addresses: the draft links to it, so a `javascript:` address must never get in. */
  url: z.string().check(z.maxLength(4000), z.regex(/^https?:\/\//i, 'expected a web address (http or https)')),
  title: z._default(ShortText, ''),
  /** The annotation it came from, if it is still in this browser. */
  annotationId: z.optional(IdSchema),
  /** Context for a `#:~:text=` link when the passage must be found without the extension. */
  prefix: z._default(ShortText, ''),
  suffix: z._default(ShortText, ''),
});
export type Evidence = z.infer<typeof EvidenceSchema>;

export const SegmentSchema = z.object({
  id: IdSchema,
  name: ShortText,
  types: z._default(z.array(TypeChoiceSchema), []),
  grid: z._default(GridSchema, { get: [], keep: [], grow: [] }),
  notes: z._default(LongText, ''),
  evidence: z.optional(z.array(EvidenceSchema)),
});
export type Segment = z.infer<typeof SegmentSchema>;

export const SourceSchema = z.object({
  url: z.string().check(z.maxLength(4000)),
  title: z._default(ShortText, ''),
});

/** What a comment is about: the whole draft, a segment, a type choice, or one tactic of the grid. */
export const CommentTargetSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('draft') }),
  z.object({ kind: z.literal('segment'), segmentId: IdSchema }),
  z.object({ kind: z.literal('type'), segmentId: IdSchema, typeId: TypeChoiceSchema.shape.typeId }),
  z.object({ kind: z.literal('tactic'), segmentId: IdSchema, phase: z.enum(PHASE_IDS), tacticId: IdSchema }),
]);
export type CommentTarget = z.infer<typeof CommentTargetSchema>;

/** A reviewer's (coach's) remark on part of a draft. */
export const CommentSchema = z.object({
  id: IdSchema,
  target: CommentTargetSchema,
  author: z.pipe(ShortText, z.string().check(z.minLength(1, 'expected an author name'))),
  text: z.pipe(LongText, z.string().check(z.minLength(1, 'expected a comment'))),
  createdAt: Timestamp,
  resolved: z._default(z.boolean(), false),
});
export type Comment = z.infer<typeof CommentSchema>;

export const DraftSchema = z.object({
  id: IdSchema,
  title: ShortText,
  source: z.optional(SourceSchema),
  segments: z._default(z.array(SegmentSchema), []),
  /** The concise line for the canvas; `summaryEdited` says the user wrote it rather than accepted the suggestion. */
  summary: z._default(ShortText, ''),
  summaryEdited: z._default(z.boolean(), false),
  /** Review comments, oldest first. */
  comments: z.optional(z.array(CommentSchema)),
  createdAt: Timestamp,
  updatedAt: Timestamp,
  /** Incremented by every save; a save based on an older rev is refused. */
  rev: z.number().check(z.int(), z.gte(1)),
  /** Set when the draft is in the trash. */
  deletedAt: z.optional(Timestamp),
});
export type Draft = z.infer<typeof DraftSchema>;

/**
 * The parts of a draft a user edits (what `lib/store` saves, the journal keeps, a merge combines), named once
 * here. Everything else derives its field list from this schema, so a field added later cannot be forgotten
 * in one of them (a journal that dropped `comments` once lost a coach's review on recovery).
 */
export const DraftContentSchema = z.pick(DraftSchema, {
  title: true, source: true, segments: true, summary: true, summaryEdited: true, comments: true,
});
export type DraftContent = z.infer<typeof DraftContentSchema>;
export const CONTENT_FIELDS = Object.keys(DraftContentSchema.shape) as (keyof DraftContent)[];

export const RevisionSchema = z.object({
  draftId: IdSchema,
  rev: z.number().check(z.int(), z.gte(1)),
  savedAt: Timestamp,
  /** What happened: an edit, a restore of an older revision, a merge of two windows' edits… */
  reason: z._default(z.enum(['create', 'edit', 'merge', 'restore', 'trash', 'untrash', 'import', 'review']), 'edit'),
  draft: DraftSchema,
});
export type Revision = z.infer<typeof RevisionSchema>;

/** What the drafts list shows of a draft, stored beside it so a list of thousands reads little. */
export const ListingSchema = z.object({
  id: IdSchema,
  title: DraftContentSchema.shape.title,
  summary: DraftContentSchema.shape.summary,
  segmentNames: z.array(ShortText),
  updatedAt: Timestamp,
  rev: z.number().check(z.int(), z.gte(1)),
  deletedAt: z.optional(Timestamp),
});
export type Listing = z.infer<typeof ListingSchema>;

export function listingOf(d: Draft): Listing {
  const entry: Listing = { id: d.id, title: d.title, summary: d.summary, segmentNames: d.segments.map((s) => s.name), updatedAt: d.updatedAt, rev: d.rev };
  if (d.deletedAt) entry.deletedAt = d.deletedAt;
  return entry;
}

export { PHASE_IDS };
export type { PhaseId };

export function newId(): string {
  return crypto.randomUUID();
}

export function emptySegment(name = ''): Segment {
  return { id: newId(), name, types: [], grid: { get: [], keep: [], grow: [] }, notes: '' };
}

export function emptyTactic(): Tactic {
  return { id: newId(), text: '', channel: '' };
}

/** The content fields of a draft (those it has), for comparing and merging. */
export function contentOf(d: DraftContent): DraftContent {
  const content: Partial<Record<keyof DraftContent, unknown>> = {};
  for (const field of CONTENT_FIELDS) if (d[field] !== undefined) content[field] = d[field];
  return content as DraftContent;
}

/** `current` with every content field taken from `content`, including fields `content` leaves out (removed). */
export function withContent<T extends DraftContent>(current: T, content: DraftContent): T {
  const next: Record<string, unknown> = { ...current };
  for (const field of CONTENT_FIELDS) next[field] = content[field];
  return next as T;
}
