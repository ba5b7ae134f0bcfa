/** Small draft builders and named drafts for the advice tests. */
import type { DraftContent, Segment, Tactic } from '../../../lib/model/draft';

export const tactic = (id: string, text: string, metric?: string): Tactic => ({
  id,
  text,
  channel: '',
  ...(metric !== undefined && { metric: { name: metric, target: '' } }),
});

export const segment = (id: string, name: string, parts: Partial<Segment> = {}): Segment => ({
  id, name, types: [], grid: { get: [], keep: [], grow: [] }, notes: '', ...parts,
});

export const types = (...ids: string[]) => ids.map((typeId) => ({ typeId, rationale: '' }));

export const draft = (segments: Segment[], summary = ''): DraftContent => ({ title: 'Test', segments, summary, summaryEdited: false });

/**
 * A software company's draft that the health check has nothing to say about: two segments with their
 * own types, two measured tactics in every cell, a feedback loop, short summary, and notes touching
 * every neighbouring block.
 */
export function healthyDraft(): DraftContent {
  return draft(
    [
      segment('enterprise', 'Enterprise clients', {
        types: [
          { typeId: 'dedicated-personal-assistance', rationale: 'Large accounts expect one named contact who knows their setup' },
          { typeId: 'long-term', rationale: 'Contracts run for years' },
        ],
        notes: 'Account team of four staff; partners handle onboarding in Germany. Budget: one account manager per 40 clients. Subscription revenue grows with seats. Our promise: value in the first month.',
        grid: {
          get: [tactic('e-get-1', 'Demos run by the sales team at industry events', 'Conversion rate'), tactic('e-get-2', 'Pilot projects with a partner integrator', 'CAC')],
          keep: [tactic('e-keep-1', 'Quarterly business reviews with each account', 'NPS'), tactic('e-keep-2', 'Named support engineer answering within four hours', 'Resolution time')],
          grow: [tactic('e-grow-1', 'Upselling premium tiers at contract renewal', 'Expansion revenue'), tactic('e-grow-2', 'Cross-selling add-on modules to new departments', 'ARPU')],
        },
      }),
      segment('teams', 'Small teams', {
        types: types('self-service', 'community'),
        grid: {
          get: [tactic('t-get-1', 'Free trial of 14 days on the website', 'Activation rate'), tactic('t-get-2', 'Useful guides and videos on our blog', 'Conversion rate')],
          keep: [tactic('t-keep-1', 'Help centre with searchable guides and tutorials', 'Self-service rate'), tactic('t-keep-2', 'Community forum moderated by our staff', 'Active members')],
          grow: [tactic('t-grow-1', 'Upgrade prompts when a team reaches the free plan limit', 'Expansion revenue'), tactic('t-grow-2', 'Referral credit for both the referrer and the friend', 'Referral rate')],
        },
      }),
    ],
    'Account managers for enterprise, self-service + community for small teams',
  );
}
