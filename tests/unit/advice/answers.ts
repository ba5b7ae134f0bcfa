/** Answers as a user would give them for the worked examples of the ranking tests. */
import type { Answers } from '../../../lib/advice/questions';

/** A private bank's wealthy clients: a few hundred people who expect to be known by name. */
export const privateBankWealthy: Answers = {
  expectations: ['personal-help', 'status', 'continuity'],
  value: 'high',
  acquisitionCost: 'high',
  goal: 'retain',
  scale: 'hundreds',
  complexity: 'complex',
  competitors: ['dedicated-personal-assistance'],
  channels: ['sales-team', 'stores'],
};

/** A mass-market streaming service: millions of subscribers who want to press play. */
export const streamingMassMarket: Answers = {
  expectations: ['convenience', 'low-price', 'continuity'],
  value: 'medium',
  acquisitionCost: 'medium',
  goal: 'retain',
  scale: 'millions',
  complexity: 'simple',
  competitors: ['automated-service', 'long-term'],
  channels: ['own-digital', 'social'],
};

/** A B2B SaaS company's enterprise tier: a handful of large accounts on multi-year contracts. */
export const saasEnterprise: Answers = {
  expectations: ['personal-help', 'continuity', 'say'],
  value: 'high',
  acquisitionCost: 'high',
  goal: 'upsell',
  scale: 'handful',
  complexity: 'complex',
  competitors: ['dont-know'],
  channels: ['sales-team', 'own-digital'],
};

/** The same company's self-serve tier: thousands of small teams that sign up by card. */
export const saasSelfServe: Answers = {
  expectations: ['control', 'convenience', 'low-price'],
  value: 'low',
  acquisitionCost: 'low',
  goal: 'acquire',
  scale: 'thousands',
  complexity: 'simple',
  channels: ['own-digital', 'social'],
};

/** A two-sided marketplace: millions of small sellers and buyers who rate each other. */
export const marketplace: Answers = {
  expectations: ['convenience', 'control', 'belonging', 'say'],
  value: 'low',
  acquisitionCost: 'medium',
  goal: 'acquire',
  scale: 'millions',
  complexity: 'simple',
  competitors: ['co-creation'],
  channels: ['own-digital', 'social'],
};

/** A neobank like Monzo: an app-only bank whose users share ideas and bring their friends. */
export const neobank: Answers = {
  expectations: ['convenience', 'control', 'belonging', 'say'],
  value: 'medium',
  acquisitionCost: 'low',
  goal: 'acquire',
  scale: 'millions',
  complexity: 'moderate',
  competitors: ['dont-know'],
  channels: ['own-digital', 'social'],
};
