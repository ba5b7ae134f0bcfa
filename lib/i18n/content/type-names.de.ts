import type { NamesIn } from './type-names';

/** Each type's name in German. */
export default {
  'transactional': 'Transaktional',
  'automated-service': 'Automatisierter Service',
  'self-service': 'Selbstbedienung',
  'personal-assistance': 'Persönliche Unterstützung',
  'dedicated-personal-assistance': 'Individuelle persönliche Betreuung',
  'co-creation': 'Co-Creation',
  'community': 'Community',
  'fans': 'Fans',
  'long-term': 'Langfristig',
  'switching-costs': 'Wechselkosten',
  'direct': 'Direkt',
  'indirect': 'Indirekt',
} satisfies NamesIn;
