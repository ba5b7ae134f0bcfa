/**
 * The fixed vocabularies of the catalogue as plain constants. Kept apart from the zod schemas so that
 * UI code can use them without pulling the schema library into the side panel bundle.
 */

/** Steve Blank's customer lifecycle phases, in order. */
export const PHASE_IDS = ['get', 'keep', 'grow'] as const;
export type PhaseId = (typeof PHASE_IDS)[number];
export const PHASE_NAMES: Record<PhaseId, string> = { get: 'Get', keep: 'Keep', grow: 'Grow' };

/** Languages the catalogue's recognition vocabulary covers; `en` is always present. */
export const LANGUAGES = ['en', 'de', 'fr', 'es', 'pt', 'it', 'nl'] as const;
export type Language = (typeof LANGUAGES)[number];

/** Metrics a relationship strategy is judged by; descriptions live in the guide data. */
export const METRIC_IDS = [
  'nps', 'csat', 'ces', 'clv', 'churn', 'retention-rate', 'cac', 'conversion-rate',
  'repeat-purchase-rate', 'arpu', 'expansion-revenue', 'referral-rate', 'engagement',
  'active-members', 'contributions', 'resolution-time', 'self-service-rate', 'activation-rate',
] as const;
export type MetricId = (typeof METRIC_IDS)[number];

/** The nine building blocks of the Business Model Canvas. */
export const BLOCK_IDS = [
  'key-partners', 'key-activities', 'key-resources', 'value-propositions', 'customer-relationships',
  'channels', 'customer-segments', 'cost-structure', 'revenue-streams',
] as const;
export type BlockId = (typeof BLOCK_IDS)[number];
