import type { NamesIn } from './type-names';

/** Each type's name in French. */
export default {
  'transactional': 'Transactionnelle',
  'automated-service': 'Service automatisé',
  'self-service': 'Libre-service',
  'personal-assistance': 'Assistance personnelle',
  'dedicated-personal-assistance': 'Assistance personnelle dédiée',
  'co-creation': 'Co-création',
  'community': 'Communauté',
  'fans': 'Fans',
  'long-term': 'Long terme',
  'switching-costs': 'Coûts de changement',
  'direct': 'Directe',
  'indirect': 'Indirecte',
} satisfies NamesIn;
