/**
 * The JSON envelope of DESIGN.md "Export format": the one lossless file format, the only one import reads.
 * Every other export (Markdown, printable HTML, JSON-LD) is rendered from the same input and is one-way.
 */
import { z } from '../model/zod';
import { AnnotationSchema, type Annotation } from '../model/annotation';
import { MAX_CRITERIA, MAX_CRITERION_POINTS } from '../model/cohort';
import { DraftSchema, IdSchema, type Draft } from '../model/draft';
import type { ExportWords } from './words';

export const ENVELOPE_FORMAT = 'crc-export';
/** The version this build writes and reads; a file with a higher one comes from a newer build. */
export const ENVELOPE_VERSION = 1;

/** Files larger than this are refused before they are read, so a stray video or log cannot freeze the panel. */
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;
export const MAX_IMPORT_LABEL = '5 MB';

export const AppInfoSchema = z.object({ name: z.string().check(z.maxLength(200)), version: z.string().check(z.maxLength(50)) });
export type AppInfo = z.infer<typeof AppInfoSchema>;

/**
 * Why the file was made: one or a few drafts shared (`export`), a coach's reviewed draft sent back (`review`),
 * or every draft and annotation (`backup`). Informative only: import decides what to do from the data itself,
 * so a file without it (or hand-edited) behaves the same — except `class-review`, a coach's reviews of a whole
 * class in one file, from which each student takes only the drafts they already have. (Builds before it refuse
 * such a file rather than add every classmate's draft.)
 */
export const ExportKindSchema = z.enum(['export', 'review', 'backup', 'class-review']);
export type ExportKind = z.infer<typeof ExportKindSchema>;

/** One criterion of a coach's rubric as scored for one draft; `points` absent when not scored. */
export const CriterionScoreSchema = z.object({
  id: IdSchema,
  label: z.string().check(z.maxLength(200)),
  max: z.number().check(z.int(), z.gte(1), z.lte(MAX_CRITERION_POINTS)),
  points: z.optional(z.number().check(z.int(), z.gte(0), z.lte(MAX_CRITERION_POINTS))),
});

/** A coach's rubric scores for one draft of the file (review files; absent from files made before rubrics). */
export const DraftScoresSchema = z.object({
  draftId: IdSchema,
  criteria: z.array(CriterionScoreSchema).check(z.maxLength(MAX_CRITERIA)),
  feedback: z._default(z.string().check(z.maxLength(20_000)), ''),
});
export type DraftScores = z.infer<typeof DraftScoresSchema>;

export const EnvelopeSchema = z.object({
  format: z.literal(ENVELOPE_FORMAT),
  version: z.literal(ENVELOPE_VERSION),
  exportedAt: z.iso.datetime({ offset: true }),
  app: AppInfoSchema,
  kind: z.optional(ExportKindSchema),
  drafts: z.array(DraftSchema),
  annotations: z.array(AnnotationSchema),
  scores: z.optional(z.array(DraftScoresSchema)),
});
export type Envelope = z.infer<typeof EnvelopeSchema>;

/** What every export format renders from. */
export interface ExportInput {
  drafts: readonly Draft[];
  annotations: readonly Annotation[];
  app: AppInfo;
  kind: ExportKind;
  exportedAt: Date;
  /** Identifies this export (the JSON-LD collection's IRI); given by the caller so output is reproducible. */
  id: string;
  /** The language readable formats are written in, chosen at export (English when absent). */
  words?: ExportWords | undefined;
}

/** The envelope for `drafts` and `annotations`, stamped with `now`. Records are copied as they are (lossless). */
export function buildEnvelope(
  drafts: readonly Draft[],
  annotations: readonly Annotation[],
  app: AppInfo,
  now: Date,
  kind: ExportKind = 'export',
): Envelope {
  return {
    format: ENVELOPE_FORMAT,
    version: ENVELOPE_VERSION,
    exportedAt: now.toISOString(),
    app: { name: app.name, version: app.version },
    kind,
    drafts: [...drafts],
    annotations: [...annotations],
  };
}
