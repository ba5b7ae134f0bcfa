import type { GuideChecks } from './checks';

/**
 * The guide's common mistakes and questions to the neighbouring blocks, in English: what the health check names
 * and asks. Apart from the rest of the guide (guide-data.ts) so the views with a health check do not carry it.
 */
export const ENGLISH_CHECKS: GuideChecks = {
  mistakes: [
    {
      id: 'one-size-fits-all',
      title: 'Treating every customer the same',
      why: 'Segments differ in what they expect and what they will pay for, so a single approach overserves some customers and disappoints others.',
      fix: 'Define a relationship for each segment, even if several segments end up sharing the same type.',
    },
    {
      id: 'underinvesting-in-retention',
      title: 'Spending too little on keeping customers',
      why: 'If all the effort goes into acquisition, customers quietly leave and the money spent winning them is lost.',
      fix: 'Plan Keep tactics with the same care as Get tactics, and budget for service, engagement and loyalty.',
    },
    {
      id: 'ignoring-feedback',
      title: 'Not listening to customers',
      why: 'Without feedback you miss problems early, and customers who feel unheard are quicker to switch.',
      fix: 'Set up regular ways to collect feedback, act on the main themes and tell customers what changed.',
    },
    {
      id: 'over-automating',
      title: 'Automating where people need a person',
      why: 'Bots and self-service save money, but in complex, emotional or high-value moments they frustrate customers and cost sales.',
      fix: 'Automate the routine tasks and keep an easy route to a human for the moments that matter.',
    },
    {
      id: 'not-measuring-relationship-quality',
      title: 'Not measuring how good the relationship is',
      why: 'If you never measure, you cannot tell whether the relationship is improving or which tactic works.',
      fix: 'Choose a few metrics tied to your goals, such as NPS, CSAT, churn or CLV, and review them on a fixed rhythm.',
    },
    {
      id: 'not-evolving-relationships',
      title: 'Letting the relationship stand still',
      why: 'Customers\' needs change as they grow with you; a relationship designed for first-time buyers feels wrong to long-standing ones.',
      fix: 'Plan how the relationship changes over the customer lifecycle and revisit the block as your customers mature.',
    },
    {
      id: 'neglecting-post-purchase',
      title: 'Forgetting the customer after the sale',
      why: 'Onboarding, support and follow-up shape whether people buy again or recommend you; dropping them after payment wastes that chance.',
      fix: 'Design what happens after the purchase: welcome, onboarding, check-ins and easy support.',
    },
    {
      id: 'listing-channels-not-relationships',
      title: 'Writing channels instead of relationships',
      why: 'Entries like "website", "email" or "shop" describe how you reach customers, which belongs in Channels, and say nothing about the kind of relationship.',
      fix: 'Describe the nature of the relationship (self-service, dedicated adviser, community, co-creation…) and keep delivery routes in Channels.',
    },
    {
      id: 'no-relationship-per-segment',
      title: 'Not tying relationships to segments',
      why: 'A block that never mentions which segment gets which treatment cannot be checked against costs, channels or revenue.',
      fix: 'Name the segment next to each relationship, or use the same colour or sticky note for matching items.',
    },
    {
      id: 'get-only-block',
      title: 'Only thinking about acquisition',
      why: 'A block full of ways to attract people but with nothing for keeping or growing them suggests a leaky business with rising acquisition costs.',
      fix: 'Check that you have at least one tactic for each of Get, Keep and Grow.',
    },
    {
      id: 'overloading-the-canvas',
      title: 'Cramming every detail onto the canvas',
      why: 'A canvas packed with tactics is hard to read and hides the story you want others to understand.',
      fix: 'Put a concise title on the canvas and keep the detailed Get, Keep, Grow grid as a separate working document.',
    },
  ],

  blockQuestions: [
    {
      block: 'key-partners',
      blockName: 'Key Partners',
      question: 'Do we need new partners, such as outsourced support, resellers or platforms, to run these relationships?',
      link: 'Partners can deliver part of the relationship on your behalf, but then they also shape how customers experience you.',
    },
    {
      block: 'key-activities',
      blockName: 'Key Activities',
      question: 'Which activities must we carry out well to support these relationships, such as support, community management or account management?',
      link: 'Every relationship type needs ongoing work; personal and community types in particular become core activities.',
    },
    {
      block: 'key-resources',
      blockName: 'Key Resources',
      question: 'What people, skills, data and systems do we need to build and keep up these relationships?',
      link: 'Relationships rely on resources such as trained staff, a CRM, recommendation algorithms or a community platform.',
    },
    {
      block: 'value-propositions',
      blockName: 'Value Propositions',
      question: 'How do our relationships strengthen or support the value we promise to customers?',
      link: 'The relationship is part of how value is delivered; the right one makes the offer more valuable, the wrong one undermines it.',
    },
    {
      block: 'channels',
      blockName: 'Channels',
      question: 'Do our chosen relationships match the channels we use to communicate with and deliver to customers?',
      link: 'Relationships are carried out through channels, so a personal relationship needs channels where people can actually talk to you.',
    },
    {
      block: 'customer-segments',
      blockName: 'Customer Segments',
      question: 'How well does each relationship fit the needs and preferences of the segment it serves?',
      link: 'Different segments call for different relationships, so every segment should have a matching entry in this block.',
    },
    {
      block: 'cost-structure',
      blockName: 'Cost Structure',
      question: 'How will these relationships change our costs, and can we afford them at scale?',
      link: 'Relationships cost money: human contact is expensive, while automation costs more up front and less per customer.',
    },
    {
      block: 'revenue-streams',
      blockName: 'Revenue Streams',
      question: 'How will these relationships affect our revenue, through retention, repeat purchases and upselling?',
      link: 'Keeping customers longer and selling them more is where relationships show up in revenue.',
    },
  ],
};
