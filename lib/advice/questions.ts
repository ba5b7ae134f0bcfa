/**
 * The guided questions the Advisor asks about ONE customer segment, as data, and the schema of the
 * answers (answers are stored with the draft, so they are validated when read back).
 * Option ids are stable: stored answers and the scoring table in `scoring.ts` refer to them.
 */
import { z } from '../model/zod';
import { RELATIONSHIP_TYPES } from '../catalogue';
import type { Key, Translate } from '../i18n/catalogue';

export const EXPECTATIONS = [
  'personal-help', 'convenience', 'control', 'belonging', 'status', 'say', 'low-price', 'continuity',
] as const;
export const LEVELS = ['low', 'medium', 'high'] as const;
export const GOALS = ['acquire', 'retain', 'upsell'] as const;
export const SCALES = ['handful', 'hundreds', 'thousands', 'millions'] as const;
export const COMPLEXITIES = ['simple', 'moderate', 'complex'] as const;
export const CHANNELS = ['own-digital', 'stores', 'sales-team', 'partners', 'marketplaces', 'social'] as const;
/** The competitors option for "I don't know what they offer"; it scores nothing. */
export const DONT_KNOW = 'dont-know' as const;

export type Expectation = (typeof EXPECTATIONS)[number];
export type Level = (typeof LEVELS)[number];
export type Goal = (typeof GOALS)[number];
export type Scale = (typeof SCALES)[number];
export type Complexity = (typeof COMPLEXITIES)[number];
export type Channel = (typeof CHANNELS)[number];

const KEBAB_ID = /^[a-z]+(-[a-z]+)*$/;

/**
 * Answers for one segment. Every field is optional: an unanswered question counts for nothing.
 * `competitors` holds catalogue type ids (unknown ids are kept, as drafts keep them, and ignored by
 * the ranking) or `DONT_KNOW`. Unknown keys are dropped when parsing.
 */
export const AnswersSchema = z.object({
  expectations: z.optional(z.array(z.enum(EXPECTATIONS)).check(z.maxLength(EXPECTATIONS.length * 2))),
  value: z.optional(z.enum(LEVELS)),
  acquisitionCost: z.optional(z.enum(LEVELS)),
  goal: z.optional(z.enum(GOALS)),
  scale: z.optional(z.enum(SCALES)),
  complexity: z.optional(z.enum(COMPLEXITIES)),
  competitors: z.optional(z.array(z.string().check(z.regex(KEBAB_ID, 'expected a relationship type id'))).check(z.maxLength(50))),
  channels: z.optional(z.array(z.enum(CHANNELS)).check(z.maxLength(CHANNELS.length * 2))),
});
export type Answers = z.infer<typeof AnswersSchema>;
export type QuestionId = keyof Answers;

/** Where an option's words come from: the Advisor's messages, the panel's core words (levels) or a type's name. */
export type OptionText = { advisor: Key<'advisor'> } | { core: Key<'core'> } | { type: string };

/** An option's label in the language of `t` (the Advisor's messages), `core` (the panel's) and `typeName`. */
export function optionLabel(text: OptionText, t: Translate<'advisor'>, core: Translate<'core'>, typeName: (id: string) => string): string {
  if ('advisor' in text) return t(text.advisor);
  return 'core' in text ? core(text.core) : typeName(text.type);
}

/**
 * A question as data: its words are message keys of the Advisor's area, so the view shows them in the panel's
 * language and the data stays the same in every one.
 */
export interface Question {
  id: QuestionId;
  prompt: Key<'advisor'>;
  /** One sentence: why the answer matters for the choice of relationship. */
  why: Key<'advisor'>;
  kind: 'single' | 'multi';
  options: readonly { id: string; text: OptionText }[];
}

const ENGLISH_CHANNELS: Record<Channel, string> = {
  'own-digital': 'Our own website or app',
  stores: 'Physical stores or branches',
  'sales-team': 'A sales team',
  partners: 'Partners or resellers',
  marketplaces: 'Marketplaces',
  social: 'Social media or community platforms',
};

/**
 * A channel's label in English, which suggested tactics carry unless a caller gives other words (the health
 * check's fixes). It repeats the English messages' `option.channels.*` so the drafts area need not load the
 * Advisor's messages; a unit test keeps the two equal.
 */
export function channelLabel(channel: Channel): string {
  return ENGLISH_CHANNELS[channel];
}

const advisorOptions = <Q extends QuestionId, O extends string>(question: Q, ids: readonly O[]) =>
  ids.map((id) => ({ id, text: { advisor: `option.${question}.${id}` as const } }));

const levelOptions = () => LEVELS.map((id) => ({ id, text: { core: `level.${id}` as const } }));

/** The questions in the order the flow asks them; `id` is the key of the answer in `Answers`. */
export const QUESTIONS: readonly Question[] = [
  { id: 'expectations', prompt: 'question.expectations.prompt', why: 'question.expectations.why', kind: 'multi', options: advisorOptions('expectations', EXPECTATIONS) },
  { id: 'value', prompt: 'question.value.prompt', why: 'question.value.why', kind: 'single', options: levelOptions() },
  { id: 'acquisitionCost', prompt: 'question.acquisitionCost.prompt', why: 'question.acquisitionCost.why', kind: 'single', options: levelOptions() },
  { id: 'goal', prompt: 'question.goal.prompt', why: 'question.goal.why', kind: 'single', options: advisorOptions('goal', GOALS) },
  { id: 'scale', prompt: 'question.scale.prompt', why: 'question.scale.why', kind: 'single', options: advisorOptions('scale', SCALES) },
  { id: 'complexity', prompt: 'question.complexity.prompt', why: 'question.complexity.why', kind: 'single', options: advisorOptions('complexity', COMPLEXITIES) },
  {
    id: 'competitors',
    prompt: 'question.competitors.prompt',
    why: 'question.competitors.why',
    kind: 'multi',
    options: [...RELATIONSHIP_TYPES.map((t) => ({ id: t.id, text: { type: t.id } })), ...advisorOptions('competitors', [DONT_KNOW])],
  },
  { id: 'channels', prompt: 'question.channels.prompt', why: 'question.channels.why', kind: 'multi', options: advisorOptions('channels', CHANNELS) },
];
