/**
 * The Advisor's scoring table: one row per rule. A row fires when the segment's answer to `question`
 * is (or, for multi-choice questions, includes) `answer`; each type in `types` then gains `points`
 * (negative points lower it) and shows `reason`. The points a user sees are exactly the ones summed:
 * there is no other weighting anywhere.
 */
import { RELATIONSHIP_TYPES } from '../catalogue';
import type { Answers, QuestionId } from './questions';

/** An option id of question Q (an element for multi-choice questions). */
export type OptionOf<Q extends QuestionId> =
  NonNullable<Answers[Q]> extends readonly (infer E)[] ? E : NonNullable<Answers[Q]>;

export interface ScoringRule {
  question: QuestionId;
  answer: string;
  types: readonly string[];
  points: number;
  /** Why, in plain words, without the points (they are shown beside it). */
  reason: string;
}

function row<Q extends QuestionId>(question: Q, answer: OptionOf<Q>, types: readonly string[], points: number, reason: string): ScoringRule {
  return { question, answer: String(answer), types, points, reason };
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
  row('expectations', 'personal-help', [PA], 3, 'They expect a person to help them, and staff on hand give exactly that'),
  row('expectations', 'personal-help', [DPA], 2, 'They expect personal help, and a named contact is the fullest form of it'),
  row('expectations', 'personal-help', [AS, SS], -2, 'They expect personal help, which tools on their own do not give'),
  row('expectations', 'convenience', [AS], 3, 'They want speed and convenience, which automation delivers at any hour'),
  row('expectations', 'convenience', [SS], 2, 'They want speed and convenience, with nobody to wait for'),
  row('expectations', 'convenience', [TR], 1, 'They want speed and convenience, and a quick sale without contact gives them that'),
  row('expectations', 'convenience', [DPA], -1, 'They want things fast, and booking time with a named contact slows them down'),
  row('expectations', 'control', [SS], 3, 'They like to do things themselves, which is what self-service is built for'),
  row('expectations', 'control', [AS], 1, 'They like control, and automated tools work on their terms and timing'),
  row('expectations', 'control', [PA, DPA], -1, 'They would rather do it themselves than go through a person'),
  row('expectations', 'belonging', [CO], 3, 'They want to belong, and a community gives them peers to meet'),
  row('expectations', 'belonging', [FA], 2, 'They want to belong, and fans identify with the brand and show it'),
  row('expectations', 'belonging', [CC], 1, 'They want to belong, and building the product together strengthens that'),
  row('expectations', 'status', [DPA], 3, 'They value status and exclusivity, which a personal contact signals best'),
  row('expectations', 'status', [FA], 2, 'They value exclusivity, and members-only access and events feed a fan base'),
  row('expectations', 'status', [PA], 1, 'They value status, and attentive staff add to it'),
  row('expectations', 'status', [SS, TR], -1, 'They value status, which a serve-yourself experience does not convey'),
  row('expectations', 'say', [CC], 3, 'They want a say in the product, which co-creation gives them directly'),
  row('expectations', 'say', [CO], 1, 'They want a say, and a community is where their ideas come up'),
  row('expectations', 'low-price', [SS, AS], 2, 'They want the lowest price, and serving them without staff keeps costs down'),
  row('expectations', 'low-price', [TR], 1, 'They want the lowest price, and a sale with no follow-up costs little'),
  row('expectations', 'low-price', [DPA], -3, 'They want the lowest price, which cannot pay for a named contact'),
  row('expectations', 'low-price', [PA], -2, 'They want the lowest price, and staff time adds to it'),
  row('expectations', 'low-price', [DI], -1, 'They want the lowest price, and running every channel yourself adds cost'),
  row('expectations', 'continuity', [LT], 3, 'They expect an ongoing service, which is what a long-term relationship provides'),
  row('expectations', 'continuity', [SC], 1, 'They expect an ongoing service, so the data and set-up they build up make staying natural'),
  row('expectations', 'continuity', [DPA], 1, 'They expect continuity, and one contact who knows their history provides it'),
  row('expectations', 'continuity', [TR], -2, 'They expect an ongoing service, which one-off sales do not offer'),

  // What a customer is worth over time
  row('value', 'low', [SS, AS], 2, 'Each customer is worth little over time, so serving them has to cost little'),
  row('value', 'low', [TR], 1, 'Each customer is worth little over time, so quick sales without follow-up can be enough'),
  row('value', 'low', [DPA], -3, 'Customers are worth too little over time to pay for a named contact'),
  row('value', 'low', [PA], -2, 'Customers are worth too little over time to pay for much staff time'),
  row('value', 'medium', [LT], 1, 'Customers are worth a fair amount over time, enough to keep them coming back'),
  row('value', 'medium', [PA], 1, 'Customers are worth enough to pay for help at the moments that matter'),
  row('value', 'high', [DPA], 3, 'Customers are worth a lot over time, so a named contact pays for itself'),
  row('value', 'high', [LT], 2, 'Customers are worth a lot over time, so every extra year with them counts'),
  row('value', 'high', [PA], 1, 'Customers are worth a lot, which pays for staff time'),
  row('value', 'high', [SC], 1, 'Customers are worth a lot, so it pays to make staying the easy choice'),
  row('value', 'high', [TR], -2, 'Customers are worth a lot over time, and treating each sale as a one-off wastes that'),

  // What winning one costs
  row('acquisitionCost', 'low', [TR], 2, 'New customers are cheap to win, so winning them again for each sale is affordable'),
  row('acquisitionCost', 'low', [SS], 1, 'New customers are cheap to win, and self-service keeps serving them cheap as well'),
  row('acquisitionCost', 'medium', [LT], 1, 'Winning a customer costs a fair amount, which a lasting relationship earns back'),
  row('acquisitionCost', 'high', [LT, SC], 2, 'Winning a customer is expensive, so they need to stay long enough to earn it back'),
  row('acquisitionCost', 'high', [CO, FA, CC], 1, 'Winning customers is expensive, and members, fans and reviews bring new ones in for free'),
  row('acquisitionCost', 'high', [DPA], 1, 'Each customer is expensive to win, so losing one hurts, and a named contact guards against it'),
  row('acquisitionCost', 'high', [TR], -2, 'Customers are expensive to win, and one-off sales rarely pay that back'),

  // The main goal now
  row('goal', 'acquire', [IN], 2, 'The goal is winning customers, and partners bring their own traffic'),
  row('goal', 'acquire', [CC, FA], 1, 'The goal is winning customers, and reviews and word of mouth persuade newcomers'),
  row('goal', 'acquire', [SS, TR], 1, 'The goal is winning customers, and an easy start with nobody to wait for lowers the barrier'),
  row('goal', 'retain', [LT], 3, 'The goal is keeping customers, which is what a long-term relationship is for'),
  row('goal', 'retain', [SC], 2, 'The goal is keeping customers, and leaving would cost them something'),
  row('goal', 'retain', [CO], 2, 'The goal is keeping customers, and members of a group are slow to leave it'),
  row('goal', 'retain', [DPA], 1, 'The goal is keeping customers, and a personal bond makes leaving harder'),
  row('goal', 'retain', [TR], -2, 'The goal is keeping customers, but one-off sales give them no reason to return'),
  row('goal', 'upsell', [AS], 2, 'The goal is selling more to each customer, and recommendations put the next product in front of them'),
  row('goal', 'upsell', [DPA], 2, 'The goal is selling more, and a named contact spots new needs early'),
  row('goal', 'upsell', [LT, DI, FA], 1, 'The goal is selling more, and this relationship creates regular moments to offer more'),

  // How many customers
  row('scale', 'handful', [DPA], 3, 'A handful of key accounts is few enough for each to have a named contact'),
  row('scale', 'handful', [PA], 1, 'With few customers, staff can know each one'),
  row('scale', 'handful', [AS], -2, 'With a handful of customers, building automation rarely pays off'),
  row('scale', 'handful', [CO], -1, 'A handful of customers is too few for a lively community'),
  row('scale', 'handful', [TR], -1, 'With so few customers, each sale matters too much to treat as a one-off'),
  row('scale', 'hundreds', [PA], 2, 'Hundreds of customers are few enough for staff to help each one'),
  row('scale', 'hundreds', [DPA], 1, 'With hundreds of customers, named contacts for the biggest are still realistic'),
  row('scale', 'thousands', [CO], 2, 'Thousands of customers are enough for peers to help each other'),
  row('scale', 'thousands', [SS, AS], 1, 'With thousands of customers, tools have to carry most of the routine work'),
  row('scale', 'thousands', [DPA], -2, 'Thousands of customers are too many for a named contact each'),
  row('scale', 'millions', [AS], 3, 'Millions of customers can only be served one by one through automation'),
  row('scale', 'millions', [SS], 2, 'With millions of customers, people have to be able to help themselves'),
  row('scale', 'millions', [CO, CC], 1, 'At millions of customers, their own answers and content add up to a lot'),
  row('scale', 'millions', [DPA], -3, 'Millions of customers cannot each have a named contact'),
  row('scale', 'millions', [PA], -2, 'Serving millions of customers through staff alone would cost far too much'),

  // How complex the product is
  row('complexity', 'simple', [SS], 2, 'The product is simple, so customers manage on their own'),
  row('complexity', 'simple', [TR, AS], 1, 'A simple product needs little explaining, so a quick sale without staff is enough'),
  row('complexity', 'simple', [DPA], -1, 'A simple product hardly needs a named expert'),
  row('complexity', 'moderate', [SS], 1, 'A product of moderate complexity is well served by good help content'),
  row('complexity', 'moderate', [PA, CO], 1, 'A product of moderate complexity calls for someone to ask when stuck'),
  row('complexity', 'complex', [PA, DPA], 2, 'The product is complex, so customers need someone who knows it well'),
  row('complexity', 'complex', [CO], 1, 'A complex product gives experienced users plenty to teach each other'),
  row('complexity', 'complex', [TR], -2, 'A complex product cannot simply be sold and left'),
  row('complexity', 'complex', [SS], -1, 'A complex product leaves customers who serve themselves stuck'),

  // Channels the business already has
  row('channels', 'own-digital', [SS, AS], 2, 'You run your own website or app, the natural home for self-service and automation'),
  row('channels', 'own-digital', [DI], 2, 'You run your own website or app, so you reach customers with nobody in between'),
  row('channels', 'stores', [PA], 2, 'You have stores or branches where staff meet customers face to face'),
  row('channels', 'stores', [DI], 1, 'Your stores or branches put you in direct contact with customers'),
  row('channels', 'stores', [TR], 1, 'Stores and branches suit quick walk-in purchases'),
  row('channels', 'sales-team', [PA, DPA], 2, 'You have a sales team, the people a personal relationship needs'),
  row('channels', 'sales-team', [DI], 1, 'Your own sales team sells without intermediaries'),
  row('channels', 'partners', [IN], 3, 'You sell through partners or resellers, who look after customers for you'),
  row('channels', 'marketplaces', [IN], 2, 'You sell on marketplaces, which own much of the contact with customers'),
  row('channels', 'marketplaces', [CC], 1, 'Marketplaces run on the ratings and reviews customers write'),
  row('channels', 'marketplaces', [TR], 1, 'Purchases on marketplaces tend to be quick one-off sales'),
  row('channels', 'social', [CO, FA], 2, 'You are active on social or community platforms, where customers gather and talk about you'),
  row('channels', 'social', [CC], 1, 'Social platforms make it easy for customers to share ideas and content'),
];

/** One row per catalogue type: what competitors offer becomes what customers compare you with. */
const COMPETITOR_RULES: readonly ScoringRule[] = RELATIONSHIP_TYPES.map((t) =>
  row('competitors', t.id, [t.id], 1, `Competitors already offer ${t.name.toLowerCase()}, so customers will compare you with it`),
);

/** The whole table, in the order reasons are listed for a type. */
export const SCORING_RULES: readonly ScoringRule[] = [...FIXED_RULES, ...COMPETITOR_RULES];

/** Whether a rule's condition holds for these answers; an unanswered question never matches. */
export function ruleApplies(rule: ScoringRule, answers: Answers): boolean {
  const given: unknown = answers[rule.question];
  if (given === undefined) return false;
  return Array.isArray(given) ? given.includes(rule.answer) : given === rule.answer;
}
