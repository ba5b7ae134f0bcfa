/**
 * The guided questions the Advisor asks about ONE customer segment, as data, and the schema of the
 * answers (answers are stored with the draft, so they are validated when read back).
 * Option ids are stable: stored answers and the scoring table in `scoring.ts` refer to them.
 */
import { z } from '../model/zod';
import { RELATIONSHIP_TYPES } from '../catalogue';

export const EXPECTATIONS = [
  'personal-help', 'convenience', 'control', 'belonging', 'status', 'say', 'low-price', 'continuity',
] as const;
export const LEVELS = ['low', 'medium', 'high'] as const;
export const GOALS = ['acquire', 'retain', 'upsell'] as const;
export const SCALES = ['handful', 'hundreds', 'thousands', 'millions'] as const;
export const COMPLEXITIES = ['simple', 'moderate', 'complex'] as const;
export const CHANNELS = ['own-digital', 'stores', 'sales-team', 'partners', 'marketplaces', 'social'] as const;
/** The competitors option for "I don't know what they offer"; it scores nothing. */
export const DONT_KNOW = 'dont-know';

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

export const QuestionSchema = z.object({
  id: z.keyof(AnswersSchema),
  prompt: z.string().check(z.minLength(10)),
  /** One sentence: why the answer matters for the choice of relationship. */
  why: z.string().check(z.minLength(10)),
  kind: z.enum(['single', 'multi']),
  options: z.array(z.object({ id: z.string().check(z.regex(KEBAB_ID)), label: z.string().check(z.minLength(1)) })).check(z.minLength(2)),
});
export type Question = z.infer<typeof QuestionSchema>;

const EXPECTATION_LABELS: Record<Expectation, string> = {
  'personal-help': 'Personal help from someone',
  convenience: 'Speed and convenience',
  control: 'Control: doing it themselves',
  belonging: 'Belonging to a community',
  status: 'Status or exclusivity',
  say: 'A say in the product',
  'low-price': 'The lowest price',
  continuity: 'Continuity: an ongoing service',
};

const CHANNEL_LABELS: Record<Channel, string> = {
  'own-digital': 'Our own website or app',
  stores: 'Physical stores or branches',
  'sales-team': 'A sales team',
  partners: 'Partners or resellers',
  marketplaces: 'Marketplaces',
  social: 'Social media or community platforms',
};

/** Label of a channel option, as shown in the questions and written into suggested tactics. */
export function channelLabel(channel: Channel): string {
  return CHANNEL_LABELS[channel];
}

const levelOptions = (low: string, medium: string, high: string) => [
  { id: 'low', label: low },
  { id: 'medium', label: medium },
  { id: 'high', label: high },
];

/** The questions in the order the flow asks them; `id` is the key of the answer in `Answers`. */
export const QUESTIONS: readonly Question[] = [
  {
    id: 'expectations',
    prompt: 'What do customers in this segment expect from you?',
    why: 'A relationship works when it gives people the kind of contact they came for, so expectations weigh most.',
    kind: 'multi',
    options: EXPECTATIONS.map((id) => ({ id, label: EXPECTATION_LABELS[id] })),
  },
  {
    id: 'value',
    prompt: 'How much is one customer worth to you over the whole time they stay?',
    why: 'What a customer brings in over the years sets how much you can spend looking after them.',
    kind: 'single',
    options: levelOptions('Low', 'Medium', 'High'),
  },
  {
    id: 'acquisitionCost',
    prompt: 'What does it cost to win one new customer?',
    why: 'Expensive customers have to stay a while before they pay back what it took to win them.',
    kind: 'single',
    options: levelOptions('Low', 'Medium', 'High'),
  },
  {
    id: 'goal',
    prompt: 'What matters most for this segment right now?',
    why: 'Winning, keeping and growing customers call for different kinds of contact.',
    kind: 'single',
    options: [
      { id: 'acquire', label: 'Winning new customers' },
      { id: 'retain', label: 'Keeping the customers we have' },
      { id: 'upsell', label: 'Selling more to existing customers' },
    ],
  },
  {
    id: 'scale',
    prompt: 'How many customers are in this segment?',
    why: 'The number of customers decides whether people can serve each one or tools have to do it.',
    kind: 'single',
    options: [
      { id: 'handful', label: 'A handful of key accounts' },
      { id: 'hundreds', label: 'Hundreds' },
      { id: 'thousands', label: 'Thousands' },
      { id: 'millions', label: 'Millions' },
    ],
  },
  {
    id: 'complexity',
    prompt: 'How complex is what you sell, from the customer’s side?',
    why: 'The harder a product is to choose or use, the more customers need someone who knows it.',
    kind: 'single',
    options: [
      { id: 'simple', label: 'Simple' },
      { id: 'moderate', label: 'Moderate' },
      { id: 'complex', label: 'Complex' },
    ],
  },
  {
    id: 'competitors',
    prompt: 'What kind of relationship do competitors offer this segment?',
    why: 'Customers compare you with the alternatives, so what rivals already offer tends to become the norm.',
    kind: 'multi',
    options: [...RELATIONSHIP_TYPES.map((t) => ({ id: t.id, label: t.name })), { id: DONT_KNOW, label: 'I don’t know' }],
  },
  {
    id: 'channels',
    prompt: 'Which channels do you already have to reach this segment?',
    why: 'A relationship is carried through channels, so the ones you have make some types easy and others costly.',
    kind: 'multi',
    options: CHANNELS.map((id) => ({ id, label: CHANNEL_LABELS[id] })),
  },
];
