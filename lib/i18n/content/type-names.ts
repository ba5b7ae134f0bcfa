/**
 * The twelve types' names in every language but English (English names live in the catalogue data). Small and
 * bundled on purpose: the search finds a type by its name in any language, whichever language the panel speaks.
 */
import type { Language } from '../languages';

export const TYPE_NAMES: Record<string, Record<Exclude<Language, 'en'>, string>> = {
  'transactional': { de: 'Transaktional', fr: 'Transactionnelle', es: 'Transaccional', pt: 'Transacional', it: 'Transazionale', nl: 'Transactioneel' },
  'automated-service': { de: 'Automatisierter Service', fr: 'Service automatisé', es: 'Servicio automatizado', pt: 'Serviço automatizado', it: 'Servizio automatizzato', nl: 'Geautomatiseerde service' },
  'self-service': { de: 'Selbstbedienung', fr: 'Libre-service', es: 'Autoservicio', pt: 'Autoatendimento', it: 'Self-service', nl: 'Selfservice' },
  'personal-assistance': { de: 'Persönliche Unterstützung', fr: 'Assistance personnelle', es: 'Asistencia personal', pt: 'Assistência pessoal', it: 'Assistenza personale', nl: 'Persoonlijke hulp' },
  'dedicated-personal-assistance': { de: 'Individuelle persönliche Betreuung', fr: 'Assistance personnelle dédiée', es: 'Asistencia personal exclusiva', pt: 'Assistência pessoal dedicada', it: 'Assistenza personale dedicata', nl: 'Vaste persoonlijke contactpersoon' },
  'co-creation': { de: 'Co-Creation', fr: 'Co-création', es: 'Cocreación', pt: 'Cocriação', it: 'Co-creazione', nl: 'Co-creatie' },
  'community': { de: 'Community', fr: 'Communauté', es: 'Comunidad', pt: 'Comunidade', it: 'Community', nl: 'Community' },
  'fans': { de: 'Fans', fr: 'Fans', es: 'Fans', pt: 'Fãs', it: 'Fan', nl: 'Fans' },
  'long-term': { de: 'Langfristig', fr: 'Long terme', es: 'A largo plazo', pt: 'De longo prazo', it: 'Di lungo periodo', nl: 'Langdurig' },
  'switching-costs': { de: 'Wechselkosten', fr: 'Coûts de changement', es: 'Costes de cambio', pt: 'Custos de troca', it: 'Costi di cambiamento', nl: 'Overstapkosten' },
  'direct': { de: 'Direkt', fr: 'Directe', es: 'Directa', pt: 'Direto', it: 'Diretta', nl: 'Direct' },
  'indirect': { de: 'Indirekt', fr: 'Indirecte', es: 'Indirecta', pt: 'Indireto', it: 'Indiretta', nl: 'Indirect' },
};
