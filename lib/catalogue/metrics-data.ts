import type { Metric } from './schema';

/**
 * The metrics the catalogue names, in English: type pages, the comparison, the advisor and the health check show
 * them. Apart from the rest of the guide (guide-data.ts), which only the Guide view needs.
 */
export const METRICS: Metric[] = [
  {
    id: 'nps',
    name: 'Net Promoter Score',
    short: 'NPS',
    description: 'How likely customers are to recommend you, scored 0–10; the share of promoters minus the share of detractors.',
  },
  {
    id: 'csat',
    name: 'Customer Satisfaction Score',
    short: 'CSAT',
    description: 'The share of customers who rate a product, interaction or purchase as satisfying, usually asked right after it happens.',
  },
  {
    id: 'ces',
    name: 'Customer Effort Score',
    short: 'CES',
    description: 'How easy customers found it to get something done with you, such as solving a problem or completing a task.',
  },
  {
    id: 'clv',
    name: 'Customer Lifetime Value',
    short: 'CLV',
    description: 'The total profit or revenue you expect from one customer over the whole time they stay with you.',
  },
  {
    id: 'churn',
    name: 'Churn rate',
    short: 'Churn',
    description: 'The percentage of customers who stop buying or cancel during a given period.',
  },
  {
    id: 'retention-rate',
    name: 'Retention rate',
    short: 'Retention',
    description: 'The percentage of customers at the start of a period who are still customers at its end.',
  },
  {
    id: 'cac',
    name: 'Customer Acquisition Cost',
    short: 'CAC',
    description: 'What it costs on average, in marketing and sales, to win one new customer.',
  },
  {
    id: 'conversion-rate',
    name: 'Conversion rate',
    short: 'Conversion',
    description: 'The share of prospects, visitors or trial users who become paying customers.',
  },
  {
    id: 'repeat-purchase-rate',
    name: 'Repeat purchase rate',
    short: 'Repeat rate',
    description: 'The share of customers who buy from you more than once within a period.',
  },
  {
    id: 'arpu',
    name: 'Average Revenue Per User',
    short: 'ARPU',
    description: 'Total revenue for a period divided by the number of customers or users in it.',
  },
  {
    id: 'expansion-revenue',
    name: 'Expansion revenue',
    short: 'Expansion',
    description: 'Extra revenue from existing customers through upgrades, add-ons, cross-sells or higher usage.',
  },
  {
    id: 'referral-rate',
    name: 'Referral rate',
    short: 'Referrals',
    description: 'The share of new customers who arrive through recommendations or referrals from existing ones.',
  },
  {
    id: 'engagement',
    name: 'Customer engagement',
    short: 'Engagement',
    description: 'How often and how deeply customers use your product or interact with you, for example active days or sessions per week.',
  },
  {
    id: 'active-members',
    name: 'Active community members',
    short: 'Active members',
    description: 'The number of community members who post, reply or take part in a period, not just those signed up.',
  },
  {
    id: 'contributions',
    name: 'Customer contributions',
    short: 'Contributions',
    description: 'How much customers create for you, such as reviews, ideas, designs, answers or content, in a period.',
  },
  {
    id: 'resolution-time',
    name: 'Resolution time',
    short: 'Resolution time',
    description: 'The average time from a customer raising an issue to the issue being fully solved.',
  },
  {
    id: 'self-service-rate',
    name: 'Self-service rate',
    short: 'Self-service',
    description: 'The share of customer questions or tasks completed without help from staff, for example through help articles or the app.',
  },
  {
    id: 'activation-rate',
    name: 'Activation rate',
    short: 'Activation',
    description: 'The share of new sign-ups who reach the first meaningful moment of value, such as completing setup or a first purchase.',
  },
];
