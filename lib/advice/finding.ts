/**
 * What the health check reports (a Finding) and the one-click fixes it can offer (a FixAction), as
 * zod schemas because findings travel in messages from the canvas content script; `applyFix` applies
 * a fix to a draft's content through the draft edit helpers.
 */
import { z } from '../model/zod';
import { PhaseIdSchema } from '../catalogue/schema';
import { normalise } from '../catalogue/text';
import { IdSchema, MetricTargetSchema, newId, TacticSchema, TypeChoiceSchema, type DraftContent } from '../model/draft';
import { addSegment, addTactic, addType, updateTactic } from '../model/edit';

export const SeveritySchema = z.enum(['high', 'medium', 'low']);
export type Severity = z.infer<typeof SeveritySchema>;

export const FixActionSchema = z.discriminatedUnion('kind', [
  /** Add a tactic (a new id is given on applying) to one Get / Keep / Grow cell of a segment. */
  z.object({ kind: z.literal('add-tactic'), segmentId: IdSchema, phase: PhaseIdSchema, tactic: z.omit(TacticSchema, { id: true }) }),
  /** Give an existing tactic a metric. */
  z.object({ kind: z.literal('set-metric'), segmentId: IdSchema, phase: PhaseIdSchema, tacticId: IdSchema, metric: MetricTargetSchema }),
  /** Add a relationship type to a segment. */
  z.object({ kind: z.literal('add-type'), segmentId: IdSchema, typeId: TypeChoiceSchema.shape.typeId, rationale: z._default(z.string().check(z.maxLength(20_000)), '') }),
  /** Replace the summary line with the suggested one (it then follows the suggestion again). */
  z.object({ kind: z.literal('set-summary'), summary: z.string().check(z.maxLength(500)) }),
  /** Add an empty segment with this name. */
  z.object({ kind: z.literal('add-segment'), name: z.string().check(z.maxLength(500)) }),
]);
export type FixAction = z.infer<typeof FixActionSchema>;

export const FindingSchema = z.object({
  /** Unique within one check: the rule id, plus the segment / phase / block it is about. */
  id: z.string().check(z.minLength(1)),
  /** The stable id of the rule that found it (a guide mistake id where one matches). */
  rule: z.string().check(z.minLength(1)),
  severity: SeveritySchema,
  /** Which wording of the rule applies, where a rule words cases differently (`some` / `none` unmeasured tactics…). */
  variant: z.optional(z.string()),
  /**
   * What the words are filled with, all language-free: the segment's name (`segment`, '' when unnamed) or names
   * (`segments`), type ids (`type`, `types`), a phase or block id, counts, and quotes of the user's own text.
   */
  params: z.optional(z.record(z.string(), z.union([z.string(), z.number(), z.array(z.string())]))),
  /** The title, why it matters and what to do, in English (`findingText` renders them in any language). */
  title: z.string().check(z.minLength(1)),
  why: z.string().check(z.minLength(1)),
  fix: z.string().check(z.minLength(1)),
  segmentId: z.optional(IdSchema),
  phase: z.optional(PhaseIdSchema),
  /** A fix that can be applied in one click with `applyFix`. */
  action: z.optional(FixActionSchema),
});
export type Finding = z.infer<typeof FindingSchema>;
/** A finding before its words: what the rules decide. */
export type FindingFacts = Omit<Finding, 'title' | 'why' | 'fix'>;

/**
 * Applies a fix to draft content and returns the new content, or `content` itself when the fix
 * changes nothing (its segment is gone, the tactic or type is already there, the summary already is
 * the suggestion). Throws zod's error for a malformed action: actions come from the health check, so
 * that is a bug, not a user error.
 */
export function applyFix(content: DraftContent, fix: FixAction): DraftContent {
  const action = FixActionSchema.parse(fix);
  switch (action.kind) {
    case 'add-tactic': {
      const segment = content.segments.find((s) => s.id === action.segmentId);
      const text = normalise(action.tactic.text);
      if (!segment || segment.grid[action.phase].some((t) => normalise(t.text) === text)) return content;
      return addTactic(content, action.segmentId, action.phase, { id: newId(), ...action.tactic });
    }
    case 'set-metric': {
      const tactic = content.segments.find((s) => s.id === action.segmentId)?.grid[action.phase].find((t) => t.id === action.tacticId);
      if (!tactic) return content;
      return updateTactic(content, action.segmentId, action.phase, action.tacticId, { metric: action.metric });
    }
    case 'add-type':
      return addType(content, action.segmentId, action.typeId, action.rationale);
    case 'set-summary':
      if (content.summary === action.summary && !content.summaryEdited) return content;
      return { ...content, summary: action.summary, summaryEdited: false };
    case 'add-segment':
      return addSegment(content, action.name);
  }
}
