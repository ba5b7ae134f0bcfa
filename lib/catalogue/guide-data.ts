import type { Guide } from './schema';
import { METRICS } from './metrics-data';
import { ENGLISH_CHECKS as CHECKS } from './checks-data';
import { PHASES } from './phases-data';

/**
 * Product guide for the Customer Relationships block of the Business Model Canvas.
 * Everything here except the individual relationship types (kept in a separate file).
 * Facts are drawn from the project's source texts and public knowledge; all wording is our own.
 */
export const GUIDE: Guide = {
  intro:
    'The Customer Relationships block says how you connect with each Customer Segment you serve. ' +
    'A relationship can sit anywhere between fully human and fully automated, and anywhere between a single ' +
    'purchase and a bond that lasts for years. Whatever you pick sets the tone of the experience people have ' +
    'with you and how often they come back to interact.',

  whyItMatters:
    'How you treat customers decides how many you win, how many stay and how much each one is worth over ' +
    'time (lifetime value, often written LTV or CLV). Good relationships bring repeat purchases, loyalty and ' +
    'word-of-mouth referrals, and they keep churn down; weak ones leak customers you paid to acquire. In ' +
    'crowded markets the relationship itself can be what sets you apart, as Apple and Amazon show: a large ' +
    'part of their success rests on how they look after their customers.',

  keyQuestions: [
    'For each segment: what kind of relationship do these customers expect from us?',
    'What does it cost us to keep each relationship running, in people, tools and time?',
    'How does the relationship fit with our channels, value proposition, revenue and costs?',
    'Right now, is our priority winning new customers, keeping the ones we have, or selling more to them?',
    'What relationships do competitors offer, and where could we do better or simply differently?',
    'What would make customers more loyal to us than they are today?',
    'Which parts of the relationship could be automated without losing what customers value?',
    'Does a highly personalised service pay for itself, or would a lighter touch serve customers just as well?',
    'Do some groups of customers need a different kind of relationship from others?',
    'Which type suits us depends on what a new customer costs to win, how long we want to keep them and whether we plan to sell them add-ons or related products later: which of these matters most here?',
    'Is the relationship customers say they want actually one we can afford and sustain? Look for the balance between their wishes and our model.',
  ],

  principles: [
    'Fit the relationship to what each segment expects and to what it is willing to pay for; a premium service for price-sensitive buyers wastes money.',
    'Put your effort and budget into the relationships that create value over the long run, not only the ones that close the next sale.',
    'Let technology carry the personal touch further: personalised messages, smart recommendations and good tooling let a small team feel attentive to many customers.',
    'Give customers a place to meet around your product, so they help each other, share ideas and feel part of something.',
    'Ask customers for feedback often, then show them what you changed because of it.',
    'Track satisfaction and loyalty on a regular schedule rather than guessing how customers feel.',
    'Train your team so every customer gets the same quality of experience, whoever they talk to and wherever they reach you.',
    'Weigh automation carefully: it cuts the running cost of serving customers, yet done in the wrong place it can cost you sales and loyal customers.',
    'Keep the customer\'s point of view in front of you. The writer Orison Swett Marden called this the golden rule of business: imagine yourself standing where your customer stands.',
  ],

  combining: [
    {
      title: 'A different relationship per segment',
      text: 'Segments rarely want the same thing. A bank, for example, can give wealthy clients a personal adviser while most account holders manage their money through the app on their own.',
    },
    {
      title: 'Several channels side by side',
      text: 'One company can look after customers in more than one way at once. A software firm might run automated help articles, host a user forum and still keep people available for direct support.',
    },
    {
      title: 'Types that complement each other',
      text: 'Mixing types can make the whole experience stronger. An online shop can recommend products automatically and also let shoppers chat with a person when they get stuck.',
    },
    {
      title: 'Relationships change over time',
      text: 'Most businesses use more than one type, and the mix shifts as the company grows and as customers mature, so revisit the block regularly instead of treating it as fixed.',
    },
  ],

  fillingSteps: [
    {
      title: 'Learn what customers expect',
      text: 'Before choosing anything, find out what kind of contact each segment is looking for. Use surveys, interviews and wider market research: do they want a person to help them, tools to help themselves, other users to learn from, or a mix?',
    },
    {
      title: 'Plan Get, Keep and Grow',
      text: 'Zoom in on the block the same way the Value Proposition Canvas zooms in on segments and value propositions. Draw three boxes (Get, Keep, Grow) and list the concrete tactics you will use in each phase; combine tactics freely.',
    },
    {
      title: 'Summarise it on the canvas',
      text: 'Back on the Business Model Canvas, write a short title that captures the strategy, for example "Self-service app, human advisers for business clients, user community". The detail stays in your Get, Keep, Grow grid.',
    },
    {
      title: 'Keep the canvas a simple story',
      text: 'The canvas should tell a story that others follow at a glance. You will do plenty of preparation to reach it, but you do not need to show all of it; Alex Osterwalder, who created the canvas, warns that burying people in detail amounts to "cognitive murder".',
    },
    {
      title: 'Go deeper with an add-on if needed',
      text: 'If you want a dedicated tool for exploring this block in more depth, look at the Customer Connection Canvas add-on created by Hani W. Naguib.',
    },
    {
      title: 'Check the links to other blocks',
      text: 'Every block of the canvas is connected, so changing your relationships will ripple into channels, costs, revenue and more. Go through the questions for each neighbouring block before you settle on a final version.',
    },
  ],

  phases: PHASES,

  frameworkOrigin:
    'Get, Keep, Grow was developed by Steve Blank, the entrepreneur and teacher often credited with shaping modern startup education, and is explained in The Startup Owner\'s Manual, the book he wrote with Bob Dorf.',

  caseStudy: {
    company: 'Monzo',
    intro:
      'Monzo, a UK digital bank, is a well-documented example of Get, Keep, Grow in practice. Its former CEO, Tom Blomfield, later wrote in detail about the tactics the team used to build its early customer base.',
    steps: [
      {
        phase: 'get',
        title: 'Press attention before launch',
        text: 'From February 2015 the founders set out to build a new kind of bank and leaned heavily on PR. They talked openly with journalists about their plans, and stories in TechCrunch, The Guardian and Bloomberg created excitement while the product was still unavailable.',
      },
      {
        phase: 'get',
        title: 'Exclusive alpha cards',
        text: 'In 2015 Monzo released prepaid cards in an alpha test limited to 3,000 people. Borrowing the idea from Gmail\'s invite-only start, the cap made the cards feel rare, and the lucky early users happily spread the news.',
      },
      {
        phase: 'get',
        title: 'Golden Tickets',
        text: 'In 2017 existing customers could hand out "Golden Tickets" that let friends jump the waiting list. Around 40% of that year\'s new sign-ups arrived this way, and the growth came without extra spending.',
      },
      {
        phase: 'keep',
        title: 'Meeting users in person',
        text: 'During 2016 Monzo ran more than 100 live events, such as hackathons and meetups, to meet users face to face and hear what they wanted improved.',
      },
      {
        phase: 'keep',
        title: 'Building in the open',
        text: 'The company shared its product roadmap publicly and kept customers informed about progress and setbacks through its blog and social media, which earned trust.',
      },
      {
        phase: 'keep',
        title: 'A product people use every day',
        text: 'Features like instant notifications when you spend, simple bill splitting, sending money to friends and a friendly app made Monzo part of daily life and kept customers engaged.',
      },
      {
        phase: 'grow',
        title: 'Customers become investors',
        text: 'In early 2016 a £1m crowdfunding round sold out in 96 seconds. Individual stakes were capped so more people could take part, and customers were offered access before the general public, which deepened their commitment.',
      },
      {
        phase: 'grow',
        title: 'A brand built on openness',
        text: 'Monzo grounded its brand in community and transparency, and acted on those values, for instance by handling its rename from Mondo to Monzo openly with customers. Many users became proud advocates.',
      },
      {
        phase: 'grow',
        title: 'Premium accounts and two-way referrals',
        text: 'Monzo later sold upgraded accounts with extras such as travel insurance and better interest on savings, and paid a reward to both sides of a referral, so happy customers brought in new ones.',
      },
    ],
  },

  ...CHECKS,

  metrics: METRICS,

  faq: [
    {
      question: 'Which type of customer relationship is best?',
      answer:
        'None is best in general. The right choice depends on your segments, your value proposition and your business model. A good relationship gives customers what they expect and still makes economic sense for you, so the business can keep delivering it.',
    },
    {
      question: 'Should I put more effort into winning new customers or keeping existing ones?',
      answer:
        'Holding on to a customer is usually cheaper than finding a new one, so retention often pays off well. The right balance still depends on your stage and growth targets: an early startup may need acquisition first. In practice most successful companies work on both.',
    },
    {
      question: 'How can I tell whether my customer relationships are working?',
      answer:
        'Measure them. Useful numbers include churn rate, how engaged customers are, their lifetime value (CLV), satisfaction scores (CSAT) and the Net Promoter Score (NPS). Pick the few that reflect what your relationship strategy is trying to achieve, and track them regularly.',
    },
    {
      question: 'Can I use more than one relationship type?',
      answer:
        'Yes, and most businesses do: different types for different segments, several ways of helping the same customer, or types that complement each other. Write the main ones as a short title on the canvas.',
    },
    {
      question: 'What is the difference between Customer Relationships and Channels?',
      answer:
        'Channels describe the routes through which you reach, sell to and deliver to customers. Customer Relationships describe the kind of bond you build along those routes: personal or automated, one-off or long-term.',
    },
  ],
};
