/**
 * Which of the guide's Get / Keep / Grow tactics suit which relationship types, which channels carry
 * them, and which metric measures them. Suggestions (the Advisor's starter grid, the health check's
 * fixes) are drawn from here, so the tactic texts always come from the catalogue guide.
 */
import { typeById } from '../catalogue';
import { metricById, phaseById } from '../catalogue/phases';
import type { MetricId, PhaseId } from '../catalogue/ids';
import { normalise } from '../catalogue/text';
import type { Key, Translate } from '../i18n/catalogue';
import type { Tactic } from '../model/draft';
import { channelLabel, type Channel } from './questions';

export interface TacticFit {
  phase: PhaseId;
  /** Words that pick exactly one of the phase's tactics in the guide (checked by a unit test). */
  find: string;
  /** Types the tactic suits, closest fit first. */
  types: readonly string[];
  /** Channels that can carry the tactic, best first; the first one the segment has is suggested. */
  channels: readonly Channel[];
  /** Metrics that show whether the tactic works, best first (see `metricFor`). */
  metrics: readonly MetricId[];
}

/** The fit table, per phase in order of preference when several tactics suit the same type. */
export const TACTIC_FITS: readonly TacticFit[] = [
  { phase: 'get', find: 'free trials', types: ['self-service', 'automated-service', 'transactional'], channels: ['own-digital', 'marketplaces'], metrics: ['activation-rate', 'conversion-rate'] },
  { phase: 'get', find: 'partnerships and events', types: ['indirect', 'dedicated-personal-assistance', 'personal-assistance', 'direct'], channels: ['partners', 'sales-team', 'stores'], metrics: ['cac', 'conversion-rate'] },
  { phase: 'get', find: 'referrals and word of mouth', types: ['fans', 'community', 'co-creation', 'dedicated-personal-assistance'], channels: ['social', 'own-digital'], metrics: ['referral-rate', 'cac'] },
  { phase: 'get', find: 'social media presence', types: ['community', 'fans', 'co-creation'], channels: ['social'], metrics: ['conversion-rate', 'engagement'] },
  { phase: 'get', find: 'useful content', types: ['self-service', 'automated-service', 'community', 'direct'], channels: ['own-digital', 'social'], metrics: ['conversion-rate', 'self-service-rate'] },
  { phase: 'get', find: 'scarcity', types: ['fans', 'switching-costs'], channels: ['own-digital', 'social'], metrics: ['conversion-rate', 'referral-rate'] },
  { phase: 'get', find: 'public relations', types: ['direct', 'fans', 'transactional'], channels: ['social', 'own-digital'], metrics: ['cac', 'conversion-rate'] },

  { phase: 'keep', find: 'customer service', types: ['personal-assistance', 'dedicated-personal-assistance', 'direct', 'indirect'], channels: ['stores', 'sales-team', 'own-digital', 'partners'], metrics: ['csat', 'resolution-time'] },
  { phase: 'keep', find: 'regular engagement', types: ['long-term', 'dedicated-personal-assistance', 'automated-service'], channels: ['own-digital', 'sales-team', 'social'], metrics: ['engagement', 'churn'] },
  { phase: 'keep', find: 'loyalty programmes', types: ['long-term', 'transactional', 'fans', 'indirect'], channels: ['own-digital', 'stores', 'partners'], metrics: ['retention-rate', 'repeat-purchase-rate'] },
  { phase: 'keep', find: 'community events', types: ['community', 'fans'], channels: ['social', 'own-digital', 'stores'], metrics: ['active-members', 'engagement'] },
  { phase: 'keep', find: 'daily routines', types: ['automated-service', 'self-service', 'switching-costs'], channels: ['own-digital'], metrics: ['engagement', 'churn'] },
  { phase: 'keep', find: 'customer feedback', types: ['co-creation', 'community', 'personal-assistance'], channels: ['own-digital', 'social', 'sales-team'], metrics: ['nps', 'csat'] },
  { phase: 'keep', find: 'transparency', types: ['co-creation', 'community', 'long-term'], channels: ['own-digital', 'social'], metrics: ['nps', 'retention-rate'] },

  { phase: 'grow', find: 'upselling', types: ['dedicated-personal-assistance', 'long-term', 'personal-assistance', 'direct'], channels: ['sales-team', 'own-digital', 'stores'], metrics: ['expansion-revenue', 'arpu'] },
  { phase: 'grow', find: 'cross selling', types: ['automated-service', 'self-service', 'transactional', 'indirect'], channels: ['own-digital', 'marketplaces', 'stores', 'partners'], metrics: ['arpu', 'expansion-revenue'] },
  { phase: 'grow', find: 'referral schemes', types: ['fans', 'community', 'self-service'], channels: ['own-digital', 'social'], metrics: ['referral-rate', 'clv'] },
  { phase: 'grow', find: 'advocates', types: ['fans', 'community', 'co-creation'], channels: ['social'], metrics: ['referral-rate', 'nps'] },
  { phase: 'grow', find: 'crowdfunding', types: ['co-creation', 'fans'], channels: ['own-digital', 'social'], metrics: ['contributions', 'clv'] },
  { phase: 'grow', find: 'bundles', types: ['long-term', 'switching-costs', 'transactional'], channels: ['own-digital', 'stores', 'sales-team'], metrics: ['arpu', 'clv'] },
];

/** The guide tactics `find` picks out in a phase (a correct table has exactly one each). */
export function guideTacticsMatching(phase: PhaseId, find: string): string[] {
  const needle = ` ${normalise(find)} `;
  return phaseById(phase).tactics.filter((t) => ` ${normalise(t)} `.includes(needle));
}

const texts = new WeakMap<TacticFit, string>();

/** The guide's text of a fit row's tactic. */
export function tacticText(fit: TacticFit): string {
  let text = texts.get(fit);
  if (text === undefined) texts.set(fit, (text = guideTacticsMatching(fit.phase, fit.find)[0] ?? fit.find));
  return text;
}

/** Fit rows for one type in one phase, closest fit first (ties keep table order). */
export function fitsFor(typeId: string, phase: PhaseId): TacticFit[] {
  return TACTIC_FITS.filter((f) => f.phase === phase && f.types.includes(typeId)).sort(
    (a, b) => a.types.indexOf(typeId) - b.types.indexOf(typeId),
  );
}

/**
 * The metric for a fit row's tactic: the first of its metrics that the phase (guide) or one of the
 * chosen types (catalogue) also tracks, else its first metric.
 */
export function metricFor(fit: TacticFit, typeIds: readonly string[]): MetricId {
  const tracked = new Set([...phaseById(fit.phase).metrics, ...typeIds.flatMap((id) => typeById(id)?.metrics ?? [])]);
  return fit.metrics.find((m) => tracked.has(m)) ?? fit.metrics[0]!;
}

/**
 * A metric for any tactic in `phase` (one the user wrote): the first of the phase's metrics (guide
 * order) that one of the types also tracks, else the phase's first metric.
 */
export function phaseMetricFor(phase: PhaseId, typeIds: readonly string[]): MetricId {
  const phaseMetrics = phaseById(phase).metrics;
  const typeMetrics = new Set(typeIds.flatMap((id) => typeById(id)?.metrics ?? []));
  return phaseMetrics.find((m) => typeMetrics.has(m)) ?? phaseMetrics[0]!;
}

/** Metrics where a lower figure is the better one; every other metric should rise. */
const LOWER_IS_BETTER: ReadonlySet<MetricId> = new Set(['cac', 'churn', 'resolution-time', 'ces']);

/**
 * The words a suggested tactic is written in: the tactic, a channel, a metric's name and the direction to aim
 * for. Tactics are stored in drafts as text, so they take the words of the language the user works in when
 * they accept them.
 */
export interface TacticWords {
  tactic(fit: TacticFit): string;
  channel(channel: Channel): string;
  metric(id: MetricId): string;
  /** "lower than last quarter" when `lower`, else "higher than last quarter". */
  target(lower: boolean): string;
}

/** English from the guide itself, so the health check can suggest tactics without the Advisor's messages. */
export const ENGLISH_TACTIC_WORDS: TacticWords = {
  tactic: tacticText,
  channel: channelLabel,
  metric: (id) => metricById(id)?.name ?? id,
  target: (lower) => (lower ? 'lower than last quarter' : 'higher than last quarter'),
};

/** A fit row's name: `<phase>.<find, hyphenated>`, its key in the tactics messages after `tactic.`. */
export function fitName(fit: TacticFit): string {
  return `${fit.phase}.${fit.find.replace(/ /g, '-')}`;
}

/** The fit row a name stands for (a finding carries the name, not the words), if any. */
export function fitNamed(name: string): TacticFit | undefined {
  return TACTIC_FITS.find((f) => fitName(f) === name);
}

/** A fit row's key in the tactics messages. */
export function tacticKey(fit: TacticFit): Key<'tactics'> {
  return `tactic.${fitName(fit)}` as Key<'tactics'>;
}

/**
 * Tactic words from the tactics messages in one language; channels, which only the Advisor's starter grid names,
 * from its option labels (English by default).
 */
export function tacticWords(t: Translate<'tactics'>, channel: (channel: Channel) => string = channelLabel): TacticWords {
  return {
    tactic: (fit) => t(tacticKey(fit)),
    channel,
    metric: (id) => t(`metric.${id}`),
    target: (lower) => t(lower ? 'target.lower' : 'target.higher'),
  };
}

/** A metric as a tactic carries it: its name and a direction to aim for (no invented numbers). */
export function metricTarget(id: MetricId, words: TacticWords = ENGLISH_TACTIC_WORDS): { name: string; target: string } {
  return { name: words.metric(id), target: words.target(LOWER_IS_BETTER.has(id)) };
}

/** A new tactic for a fit row: the guide's text, a channel the segment has (or none), its metric, in `words`. */
export function suggestedTactic(
  fit: TacticFit,
  typeIds: readonly string[],
  channels: readonly Channel[],
  id: string,
  words: TacticWords = ENGLISH_TACTIC_WORDS,
): Tactic {
  const channel = fit.channels.find((c) => channels.includes(c));
  return {
    id,
    text: words.tactic(fit),
    channel: channel ? words.channel(channel) : '',
    metric: metricTarget(metricFor(fit, typeIds), words),
  };
}

/** The first fit row for these types in a phase (types in order), or the phase's first row. */
export function bestFit(phase: PhaseId, typeIds: readonly string[]): TacticFit {
  for (const id of typeIds) {
    const fit = fitsFor(id, phase)[0];
    if (fit) return fit;
  }
  return TACTIC_FITS.find((f) => f.phase === phase)!;
}
