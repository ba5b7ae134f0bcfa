import { z } from '../model/zod';
import { BLOCK_IDS, LANGUAGES, METRIC_IDS, PHASE_IDS } from './ids';

export { BLOCK_IDS, LANGUAGES, METRIC_IDS, PHASE_IDS } from './ids';
export type { BlockId, Language, MetricId, PhaseId } from './ids';

export const PhaseIdSchema = z.enum(PHASE_IDS);

export const CostLevelSchema = z.enum(['low', 'medium', 'high']);
export type CostLevel = z.infer<typeof CostLevelSchema>;

export const LanguageSchema = z.enum(LANGUAGES);

export const MetricIdSchema = z.enum(METRIC_IDS);

export const BlockIdSchema = z.enum(BLOCK_IDS);

/** What aspect of the relationship a type describes; a canvas usually combines several families. */
export const FamilySchema = z.enum(['assistance', 'engagement', 'horizon', 'lock-in', 'reach']);
export type Family = z.infer<typeof FamilySchema>;

const text = z.string().check(z.trim(), z.minLength(1));
const sentence = z.string().check(z.trim(), z.minLength(10));

export const RelationshipTypeSchema = z.object({
  /** Stable id, kebab-case; drafts and annotations store it, so it never changes. */
  id: z.string().check(z.regex(/^[a-z]+(-[a-z]+)*$/)),
  name: text,
  /** Other names people use for the type ("self service", "automated relationship"). */
  aliases: z.array(text),
  family: FamilySchema,
  /** One line shown in the list. */
  summary: sentence.check(z.maxLength(140)),
  definition: sentence,
  examples: z.array(z.object({ company: text, text: sentence })).check(z.minLength(2)),
  advantages: z.array(text).check(z.minLength(2)),
  disadvantages: z.array(text).check(z.minLength(2)),
  costToServe: CostLevelSchema,
  /** Position on the personal (0) ↔ automated (100) axis. */
  automation: z.number().check(z.int(), z.gte(0), z.lte(100)),
  /** The Get / Keep / Grow phases the type mostly serves, strongest first. */
  phases: z.array(PhaseIdSchema).check(z.minLength(1)),
  whenToChoose: z.object({
    segmentExpectations: sentence,
    acquisitionCost: sentence,
    retentionGoal: sentence,
    upsellNeed: sentence,
  }),
  metrics: z.array(MetricIdSchema).check(z.minLength(2)),
  /** Ids of related types (checked to exist). */
  related: z.array(z.string()).check(z.minLength(1)),
  /** Words and phrases that signal the type in a note, per language; matched case-insensitively. */
  keywords: z.catchall(z.object({ en: z.array(text).check(z.minLength(6)) }), z.array(text)).check(
    z.refine((k) => Object.keys(k).every((lang) => (LANGUAGES as readonly string[]).includes(lang)), 'keywords: unknown language code'),
  ),
});
export type RelationshipType = z.infer<typeof RelationshipTypeSchema>;

export const MetricSchema = z.object({
  id: MetricIdSchema,
  name: text,
  /** Short form shown in chips ("NPS"); may equal the name. */
  short: text,
  description: sentence,
});
export type Metric = z.infer<typeof MetricSchema>;

export const PhaseSchema = z.object({
  id: PhaseIdSchema,
  name: text,
  /** The question the phase answers, in a few words. */
  goal: sentence,
  meaning: sentence,
  tactics: z.array(text).check(z.minLength(4)),
  metrics: z.array(MetricIdSchema).check(z.minLength(2)),
});
export type Phase = z.infer<typeof PhaseSchema>;

export const MistakeSchema = z.object({
  id: z.string().check(z.regex(/^[a-z]+(-[a-z]+)*$/)),
  title: text,
  /** Why it hurts. */
  why: sentence,
  /** What to do instead. */
  fix: sentence,
});
export type Mistake = z.infer<typeof MistakeSchema>;

export const BlockQuestionSchema = z.object({
  block: BlockIdSchema,
  blockName: text,
  question: sentence,
  /** How the two blocks depend on each other. */
  link: sentence,
});
export type BlockQuestion = z.infer<typeof BlockQuestionSchema>;

export const CaseStepSchema = z.object({ phase: PhaseIdSchema, title: text, text: sentence });

export const GuideSchema = z.object({
  /** What the block is, in two or three sentences. */
  intro: sentence,
  /** Why it matters to the rest of the business. */
  whyItMatters: sentence,
  /** Questions to ask before choosing types. */
  keyQuestions: z.array(sentence).check(z.minLength(5)),
  /** Good habits when designing relationships. */
  principles: z.array(sentence).check(z.minLength(5)),
  /** How businesses mix several types (per segment, per channel, complementary). */
  combining: z.array(z.object({ title: text, text: sentence })).check(z.minLength(3)),
  /** Steps for filling in the block on the canvas. */
  fillingSteps: z.array(z.object({ title: text, text: sentence })).check(z.minLength(3)),
  phases: z.array(PhaseSchema).check(z.length(3)),
  frameworkOrigin: sentence,
  caseStudy: z.object({ company: text, intro: sentence, steps: z.array(CaseStepSchema).check(z.minLength(6)) }),
  mistakes: z.array(MistakeSchema).check(z.minLength(7)),
  blockQuestions: z.array(BlockQuestionSchema).check(z.length(8)),
  metrics: z.array(MetricSchema),
  /** Short answers to questions people often ask about the block. */
  faq: z.array(z.object({ question: sentence, answer: sentence })).check(z.minLength(3)),
});
export type Guide = z.infer<typeof GuideSchema>;
