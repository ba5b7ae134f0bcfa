/**
 * The Advisor's scoring table: one row per rule. A row fires when the segment's answer to `question`
 * is (or, for multi-choice questions, includes) `answer`; each type in `types` then gains `points`
 * (negative points lower it) and shows `reason`, whose words are in the Advisor's messages
 * (lib/i18n/messages/advisor.*.ts), one per language. The points a user sees are exactly the ones
 * summed: there is no other weighting anywhere.
 */
import { RELATIONSHIP_TYPES } from '../catalogue';
import type { Key } from '../i18n/catalogue';
import type { Answers, QuestionId } from './questions';

/** An option id of question Q (an element for multi-choice questions). */
export type OptionOf<Q extends QuestionId> =
  NonNullable<Answers[Q]> extends readonly (infer E)[] ? E : NonNullable<Answers[Q]>;

export interface ScoringRule {
  question: QuestionId;
  answer: string;
  types: readonly string[];
  points: number;
  /**
   * Why, in plain words, without the points (they are shown beside it): a message key of the Advisor's area,
   * `reason.<question>.<answer>.<first type>` (a unit test checks that English has each).
   */
  reason: Key<'advisor'>;
}

function row<Q extends QuestionId>(question: Q, answer: OptionOf<Q>, types: readonly string[], points: number, reason?: Key<'advisor'>): ScoringRule {
  return { question, answer: String(answer), types, points, reason: reason ?? (`reason.${question}.${String(answer)}.${types[0]}` as Key<'advisor'>) };
}

const PA = 'personal-assistance';
const DPA = 'dedicated-personal-assistance';
const AS = 'automated-service';
const SS = 'self-service';
const TR = 'transactional';
const CC = 'co-creation';
const CO = 'community';
const FA = 'fans';
const LT = 'long-term';
const SC = 'switching-costs';
const DI = 'direct';
const IN = 'indirect';

/** Rows that depend on fixed options, grouped by question. */
const FIXED_RULES: readonly ScoringRule[] = [
  // What the segment expects
  row('expectations', 'personal-help', [PA], 3),
  row('expectations', 'personal-help', [DPA], 2),
  row('expectations', 'personal-help', [AS, SS], -2),
  row('expectations', 'convenience', [AS], 3),
  row('expectations', 'convenience', [SS], 2),
  row('expectations', 'convenience', [TR], 1),
  row('expectations', 'convenience', [DPA], -1),
  row('expectations', 'control', [SS], 3),
  row('expectations', 'control', [AS], 1),
  row('expectations', 'control', [PA, DPA], -1),
  row('expectations', 'belonging', [CO], 3),
  row('expectations', 'belonging', [FA], 2),
  row('expectations', 'belonging', [CC], 1),
  row('expectations', 'status', [DPA], 3),
  row('expectations', 'status', [FA], 2),
  row('expectations', 'status', [PA], 1),
  row('expectations', 'status', [SS, TR], -1),
  row('expectations', 'say', [CC], 3),
  row('expectations', 'say', [CO], 1),
  row('expectations', 'low-price', [SS, AS], 2),
  row('expectations', 'low-price', [TR], 1),
  row('expectations', 'low-price', [DPA], -3),
  row('expectations', 'low-price', [PA], -2),
  row('expectations', 'low-price', [DI], -1),
  row('expectations', 'continuity', [LT], 3),
  row('expectations', 'continuity', [SC], 1),
  row('expectations', 'continuity', [DPA], 1),
  row('expectations', 'continuity', [TR], -2),

  // What a customer is worth over time
  row('value', 'low', [SS, AS], 2),
  row('value', 'low', [TR], 1),
  row('value', 'low', [DPA], -3),
  row('value', 'low', [PA], -2),
  row('value', 'medium', [LT], 1),
  row('value', 'medium', [PA], 1),
  row('value', 'high', [DPA], 3),
  row('value', 'high', [LT], 2),
  row('value', 'high', [PA], 1),
  row('value', 'high', [SC], 1),
  row('value', 'high', [TR], -2),

  // What winning one costs
  row('acquisitionCost', 'low', [TR], 2),
  row('acquisitionCost', 'low', [SS], 1),
  row('acquisitionCost', 'medium', [LT], 1),
  row('acquisitionCost', 'high', [LT, SC], 2),
  row('acquisitionCost', 'high', [CO, FA, CC], 1),
  row('acquisitionCost', 'high', [DPA], 1),
  row('acquisitionCost', 'high', [TR], -2),

  // The main goal now
  row('goal', 'acquire', [IN], 2),
  row('goal', 'acquire', [CC, FA], 1),
  row('goal', 'acquire', [SS, TR], 1),
  row('goal', 'retain', [LT], 3),
  row('goal', 'retain', [SC], 2),
  row('goal', 'retain', [CO], 2),
  row('goal', 'retain', [DPA], 1),
  row('goal', 'retain', [TR], -2),
  row('goal', 'upsell', [AS], 2),
  row('goal', 'upsell', [DPA], 2),
  row('goal', 'upsell', [LT, DI, FA], 1),

  // How many customers
  row('scale', 'handful', [DPA], 3),
  row('scale', 'handful', [PA], 1),
  row('scale', 'handful', [AS], -2),
  row('scale', 'handful', [CO], -1),
  row('scale', 'handful', [TR], -1),
  row('scale', 'hundreds', [PA], 2),
  row('scale', 'hundreds', [DPA], 1),
  row('scale', 'thousands', [CO], 2),
  row('scale', 'thousands', [SS, AS], 1),
  row('scale', 'thousands', [DPA], -2),
  row('scale', 'millions', [AS], 3),
  row('scale', 'millions', [SS], 2),
  row('scale', 'millions', [CO, CC], 1),
  row('scale', 'millions', [DPA], -3),
  row('scale', 'millions', [PA], -2),

  // How complex the product is
  row('complexity', 'simple', [SS], 2),
  row('complexity', 'simple', [TR, AS], 1),
  row('complexity', 'simple', [DPA], -1),
  row('complexity', 'moderate', [SS], 1),
  row('complexity', 'moderate', [PA, CO], 1),
  row('complexity', 'complex', [PA, DPA], 2),
  row('complexity', 'complex', [CO], 1),
  row('complexity', 'complex', [TR], -2),
  row('complexity', 'complex', [SS], -1),

  // Channels the business already has
  row('channels', 'own-digital', [SS, AS], 2),
  row('channels', 'own-digital', [DI], 2),
  row('channels', 'stores', [PA], 2),
  row('channels', 'stores', [DI], 1),
  row('channels', 'stores', [TR], 1),
  row('channels', 'sales-team', [PA, DPA], 2),
  row('channels', 'sales-team', [DI], 1),
  row('channels', 'partners', [IN], 3),
  row('channels', 'marketplaces', [IN], 2),
  row('channels', 'marketplaces', [CC], 1),
  row('channels', 'marketplaces', [TR], 1),
  row('channels', 'social', [CO, FA], 2),
  row('channels', 'social', [CC], 1),
];

/** One row per catalogue type: what competitors offer becomes what customers compare you with ({type}: its name). */
const COMPETITOR_RULES: readonly ScoringRule[] = RELATIONSHIP_TYPES.map((t) => row('competitors', t.id, [t.id], 1, 'reason.competitors'));

/** The whole table, in the order reasons are listed for a type. */
export const SCORING_RULES: readonly ScoringRule[] = [...FIXED_RULES, ...COMPETITOR_RULES];

/** Whether a rule's condition holds for these answers; an unanswered question never matches. */
export function ruleApplies(rule: ScoringRule, answers: Answers): boolean {
  const given: unknown = answers[rule.question];
  if (given === undefined) return false;
  return Array.isArray(given) ? given.includes(rule.answer) : given === rule.answer;
}
