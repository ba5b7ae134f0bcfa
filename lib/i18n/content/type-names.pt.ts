import type { NamesIn } from './type-names';

/** Each type's name in Portuguese. */
export default {
  'transactional': 'Transacional',
  'automated-service': 'Serviço automatizado',
  'self-service': 'Autoatendimento',
  'personal-assistance': 'Assistência pessoal',
  'dedicated-personal-assistance': 'Assistência pessoal dedicada',
  'co-creation': 'Cocriação',
  'community': 'Comunidade',
  'fans': 'Fãs',
  'long-term': 'De longo prazo',
  'switching-costs': 'Custos de troca',
  'direct': 'Direto',
  'indirect': 'Indireto',
} satisfies NamesIn;
