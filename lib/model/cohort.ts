/**
 * A coach's class: a cohort (named group of drafts), the rubric the coach scores them with, and per draft
 * its membership (who wrote it, which file it came from) and the scores given. Stored beside the drafts
 * (database v4) and validated when read, like every other record.
 */
import { z } from './zod';
import { IdSchema, ListingSchema } from './draft';

const Timestamp = z.iso.datetime({ offset: true });
const Name = z.string().check(z.maxLength(200));

/** The highest score a criterion can have; a rubric of 0–10 covers every common scale. */
export const MAX_CRITERION_POINTS = 10;
export const MAX_CRITERIA = 20;

/** One line of a rubric: what is judged, out of how many points, and the health-check rules that hint at it. */
export const CriterionSchema = z.object({
  id: IdSchema,
  label: z.pipe(Name, z.string().check(z.minLength(1, 'expected a criterion name'))),
  max: z.number().check(z.int(), z.gte(1), z.lte(MAX_CRITERION_POINTS)),
  /** Health-check rule ids whose findings lower the suggested score; empty for criteria only a person can judge. */
  rules: z._default(z.array(z.string().check(z.maxLength(100))), []),
});
export type Criterion = z.infer<typeof CriterionSchema>;

export const RubricSchema = z.object({
  criteria: z.array(CriterionSchema).check(z.maxLength(MAX_CRITERIA)),
});
export type Rubric = z.infer<typeof RubricSchema>;

export const CohortSchema = z.object({
  id: IdSchema,
  name: z.pipe(Name, z.string().check(z.minLength(1, 'expected a cohort name'))),
  createdAt: Timestamp,
  updatedAt: Timestamp,
  /** Absent until the coach opens the rubric: the defaults are derived then. */
  rubric: z.optional(RubricSchema),
});
export type Cohort = z.infer<typeof CohortSchema>;

/** Points per criterion id; a criterion not scored yet is absent. */
export const ScoresSchema = z.record(IdSchema, z.number().check(z.int(), z.gte(0), z.lte(MAX_CRITERION_POINTS)));
export type Scores = z.infer<typeof ScoresSchema>;

const Count = z.number().check(z.int(), z.gte(0));

/** What an overview row shows of one revision of a draft, besides its findings. */
export const RowFactsSchema = z.object({
  title: ListingSchema.shape.title,
  segments: Count,
  /** Type ids chosen in any segment, each once, in the order first chosen. */
  typeIds: z.array(z.string().check(z.maxLength(100))),
  /** Per phase: how many segments have a tactic with text in that cell. */
  cells: z.object({ get: Count, keep: Count, grow: Count }),
  openComments: Count,
  updatedAt: ListingSchema.shape.updatedAt,
});
export type RowFacts = z.infer<typeof RowFactsSchema>;

/**
 * What the health check found in one revision of a draft, kept so the overview of a large cohort neither runs
 * the check nor reads the draft each time it opens: recomputed when the draft's `rev` differs.
 */
export const HealthSummarySchema = z.object({
  rev: z.number().check(z.int(), z.gte(1)),
  high: z.number().check(z.int(), z.gte(0)),
  medium: z.number().check(z.int(), z.gte(0)),
  low: z.number().check(z.int(), z.gte(0)),
  /** The rules that fired, each once, with the title the check gave it. */
  rules: z.array(z.object({ id: z.string().check(z.maxLength(100)), title: z.string().check(z.maxLength(500)) })),
  /**
   * The rest of the draft's overview row for the same revision: with it, opening a cohort reads these small
   * records instead of every draft. Absent in summaries kept before it existed (then the draft is read).
   */
  row: z.optional(RowFactsSchema),
});
export type HealthSummary = z.infer<typeof HealthSummarySchema>;

/** A draft's place in a cohort. A draft belongs to one cohort at most (keyed by draft id). */
export const MemberSchema = z.object({
  draftId: IdSchema,
  cohortId: IdSchema,
  /** The student, as the coach names them (from the file name at import; editable). */
  author: Name,
  /** The file it was imported from (`class.zip › anna.json`), for the coach's reference. */
  file: z._default(z.string().check(z.maxLength(1000)), ''),
  addedAt: Timestamp,
  scores: z.optional(ScoresSchema),
  /** The coach's overall remark that goes with the scores. */
  feedback: z.optional(z.string().check(z.maxLength(20_000))),
  health: z.optional(HealthSummarySchema),
});
export type Member = z.infer<typeof MemberSchema>;
