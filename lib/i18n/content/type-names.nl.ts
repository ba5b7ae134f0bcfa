import type { NamesIn } from './type-names';

/** Each type's name in Dutch. */
export default {
  'transactional': 'Transactioneel',
  'automated-service': 'Geautomatiseerde service',
  'self-service': 'Selfservice',
  'personal-assistance': 'Persoonlijke hulp',
  'dedicated-personal-assistance': 'Vaste persoonlijke contactpersoon',
  'co-creation': 'Co-creatie',
  'community': 'Community',
  'fans': 'Fans',
  'long-term': 'Langdurig',
  'switching-costs': 'Overstapkosten',
  'direct': 'Direct',
  'indirect': 'Indirect',
} satisfies NamesIn;
