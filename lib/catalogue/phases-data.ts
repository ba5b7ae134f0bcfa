import type { Phase } from './schema';

/**
 * The Get / Keep / Grow phases in English: the part of the guide that the advisor, the health check and the draft
 * editor read by id. Apart from the rest of the guide (guide-data.ts) so those views do not carry its long text.
 */
export const PHASES: Phase[] = [
  {
    id: 'get',
    name: 'Get',
    goal: 'How do we attract new customers and win them over?',
    meaning:
      'Get covers everything that turns strangers into customers: creating awareness and interest, then persuading people to sign up or buy for the first time.',
    tactics: [
      'Public relations and press coverage before and at launch',
      'Social media presence and campaigns',
      'Referrals and word of mouth from early users',
      'Useful content: articles, videos, guides',
      'Scarcity: waiting lists, invite-only access, limited early releases',
      'Free trials, freemium plans or demos',
      'Partnerships and events that put you in front of the right segment',
    ],
    metrics: ['cac', 'conversion-rate', 'activation-rate', 'referral-rate'],
  },
  {
    id: 'keep',
    name: 'Keep',
    goal: 'How do we keep customers satisfied and stop them leaving?',
    meaning:
      'Keep is about holding on to the customers you have already won, by serving them well and giving them reasons to stay loyal rather than drift to a competitor.',
    tactics: [
      'Excellent, responsive customer service',
      'Regular engagement: updates, newsletters, check-ins',
      'Loyalty programmes and member rewards',
      'Community events, meetups and forums',
      'Transparency: a public roadmap and honest progress updates',
      'Product features that become part of customers\' daily routines',
      'Acting visibly on customer feedback',
    ],
    metrics: ['churn', 'retention-rate', 'nps', 'csat', 'ces', 'engagement'],
  },
  {
    id: 'grow',
    name: 'Grow',
    goal: 'How do we increase what each customer is worth to us?',
    meaning:
      'Grow means raising the value of existing customers: getting them to spend more, buy related products, and bring others in on your behalf.',
    tactics: [
      'Upselling to premium tiers or upgraded plans',
      'Cross-selling related products and add-ons',
      'Referral schemes that reward both the referrer and the new customer',
      'Letting customers invest, for example through crowdfunding',
      'Turning fans into brand advocates and ambassadors',
      'Bundles and volume or annual plans',
    ],
    metrics: ['clv', 'arpu', 'expansion-revenue', 'repeat-purchase-rate', 'referral-rate'],
  },
];
