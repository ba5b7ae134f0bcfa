/**
 * Word lists the health check reads drafts and canvas notes with, as data, and the one way they are
 * matched: whole normalised words or phrases (case, accents and punctuation ignored). Mostly English,
 * with the common words of the catalogue's other languages where a canvas note would use them.
 */
import type { BlockId, PhaseId } from '../catalogue/ids';
import { normalise } from '../catalogue/text';

/** A text prepared for repeated `mentions` checks. */
export interface Haystack {
  readonly padded: string;
}

export function haystack(...texts: readonly string[]): Haystack {
  return { padded: ` ${texts.map(normalise).filter(Boolean).join(' ')} ` };
}

// Each list is normalised once, on first use: the canvas re-checks its notes on every change.
const padded = new WeakMap<readonly string[], readonly string[]>();

function paddedPhrases(phrases: readonly string[]): readonly string[] {
  let list = padded.get(phrases);
  if (!list) padded.set(phrases, (list = phrases.map((p) => ` ${normalise(p)} `)));
  return list;
}

/** Position of the first whole-word occurrence of any of `phrases`, or -1. */
export function firstMention(text: Haystack, phrases: readonly string[]): number {
  let best = -1;
  for (const phrase of paddedPhrases(phrases)) {
    const at = text.padded.indexOf(phrase);
    if (at >= 0 && (best < 0 || at < best)) best = at;
  }
  return best;
}

export function mentions(text: Haystack, phrases: readonly string[]): boolean {
  return paddedPhrases(phrases).some((phrase) => text.padded.includes(phrase));
}

/** The first of `phrases` (in list order) that the text mentions, or undefined. */
export function mentioned(text: Haystack, phrases: readonly string[]): string | undefined {
  const list = paddedPhrases(phrases);
  const at = list.findIndex((phrase) => text.padded.includes(phrase));
  return at < 0 ? undefined : phrases[at];
}

/** Signs of a feedback loop: asking customers, listening to them, measuring how they feel. */
export const FEEDBACK_WORDS: readonly string[] = [
  'feedback', 'survey', 'surveys', 'review', 'reviews', 'rating', 'ratings', 'NPS', 'net promoter',
  'CSAT', 'interview', 'interviews', 'user research', 'customer research', 'community input', 'focus group',
  'focus groups', 'user testing', 'beta testers', 'suggestions', 'idea board', 'ideas board', 'vote on ideas',
  'listen to customers', 'customer advisory board',
  'Umfrage', 'Kundenbefragung', 'Bewertungen', 'avis', 'sondage', 'enquête', 'encuesta', 'opiniones', 'reseñas',
  'pesquisa', 'avaliações', 'sondaggio', 'recensioni', 'beoordelingen',
];

/** Signs of a plan for how the relationship changes as customers mature. */
export const EVOLUTION_WORDS: readonly string[] = [
  'upgrade', 'upgrades', 'loyalty', 'advocacy', 'advocate', 'advocates', 'ambassador', 'ambassadors',
  'mature', 'maturity', 'lifecycle', 'life cycle', 'long-standing', 'graduate', 'next tier', 'premium tier',
  'tiers', 'expansion', 'renewal', 'renewals', 'referral', 'referrals', 'upsell', 'upselling', 'cross-sell',
];

/** Signs that a segment expects a person: high value, prestige or complexity. */
export const HIGH_TOUCH_WORDS: readonly string[] = [
  'enterprise', 'enterprises', 'corporate', 'corporates', 'key account', 'key accounts', 'large accounts',
  'luxury', 'premium', 'wealthy', 'high net worth', 'HNWI', 'private banking', 'private clients', 'VIP', 'VIPs',
  'high value', 'high-value', 'complex', 'bespoke', 'B2B', 'executives', 'mission critical', 'mission-critical',
];

/** Words that put a canvas note in a Get / Keep / Grow cell; the earliest mention in a note decides. */
export const PHASE_WORDS: Record<PhaseId, readonly string[]> = {
  get: [
    'get', 'acquire', 'acquisition', 'attract', 'win new', 'sign up', 'sign-ups', 'signups',
    'gewinnen', 'Akquise', 'Neukunden', 'acquérir', 'attirer', 'conquérir', 'adquirir', 'captar', 'captación',
    'atraer', 'atrair', 'acquisire', 'acquisizione', 'attirare', 'werven', 'aantrekken',
  ],
  keep: [
    'keep', 'retain', 'retention', 'churn', 'loyalty', 're-engage',
    'binden', 'Kundenbindung', 'halten', 'fidéliser', 'fidélisation', 'rétention', 'retener', 'retención',
    'fidelizar', 'fidelización', 'reter', 'retenção', 'fidelizzare', 'fidelizzazione', 'trattenere', 'behouden',
    'klantbinding',
  ],
  grow: [
    'grow', 'growth', 'upsell', 'upselling', 'up-sell', 'cross-sell', 'cross-selling', 'referral', 'referrals',
    'refer a friend', 'upgrade', 'upgrades',
    'Weiterempfehlung', 'Empfehlungsprogramm', 'parrainage', 'vente additionnelle', 'montée en gamme',
    'referidos', 'venta cruzada', 'indicação', 'venda cruzada', 'passaparola', 'vendita incrociata',
    'doorverwijzing',
  ],
};

/**
 * Words showing that a draft already answers the question linking Customer Relationships to another
 * block. Customer Segments has none: it counts as answered when a segment has a name.
 */
export const BLOCK_TOPICS: Record<Exclude<BlockId, 'customer-relationships'>, readonly string[]> = {
  'key-partners': ['partner', 'partners', 'partnership', 'reseller', 'resellers', 'outsource', 'outsourced', 'agency'],
  'key-activities': ['support', 'moderation', 'moderate', 'onboarding', 'account management', 'training', 'community management'],
  'key-resources': ['team', 'staff', 'platform', 'tool', 'tools', 'CRM', 'people', 'data', 'software'],
  'value-propositions': ['value', 'promise', 'benefit', 'benefits', 'value proposition'],
  channels: ['channel', 'channels', 'app', 'website', 'web', 'store', 'stores', 'shop', 'email', 'phone', 'online'],
  'customer-segments': [],
  'cost-structure': ['cost', 'costs', 'budget', 'expensive', 'cheap', 'afford', 'spend'],
  'revenue-streams': ['revenue', 'price', 'prices', 'pricing', 'subscription', 'subscriptions', 'upsell', 'upselling', 'fee', 'fees', 'margin'],
};
