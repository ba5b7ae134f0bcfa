import type { NamesIn } from './type-names';

/** Each type's name in Italian. */
export default {
  'transactional': 'Transazionale',
  'automated-service': 'Servizio automatizzato',
  'self-service': 'Self-service',
  'personal-assistance': 'Assistenza personale',
  'dedicated-personal-assistance': 'Assistenza personale dedicata',
  'co-creation': 'Co-creazione',
  'community': 'Community',
  'fans': 'Fan',
  'long-term': 'Di lungo periodo',
  'switching-costs': 'Costi di cambiamento',
  'direct': 'Diretta',
  'indirect': 'Indiretta',
} satisfies NamesIn;
