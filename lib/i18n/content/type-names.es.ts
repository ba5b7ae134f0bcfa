import type { NamesIn } from './type-names';

/** Each type's name in Spanish. */
export default {
  'transactional': 'Transaccional',
  'automated-service': 'Servicio automatizado',
  'self-service': 'Autoservicio',
  'personal-assistance': 'Asistencia personal',
  'dedicated-personal-assistance': 'Asistencia personal exclusiva',
  'co-creation': 'Cocreación',
  'community': 'Comunidad',
  'fans': 'Fans',
  'long-term': 'A largo plazo',
  'switching-costs': 'Costes de cambio',
  'direct': 'Directa',
  'indirect': 'Indirecta',
} satisfies NamesIn;
