import type { TypeTexts } from './types';

/** Naam en korte omschrijving van elk type, zoals de lijst ze toont. */
export default {
  'transactional': {
    name: 'Transactioneel',
    summary: 'Snelle verkoop met weinig contact: een koper komt misschien één keer en daarna nooit meer.',
  },
  'automated-service': {
    name: 'Geautomatiseerde service',
    summary: 'Technologie bedient elke klant zonder personeel en stemt suggesties vaak af op eerder gedrag.',
  },
  'self-service': {
    name: 'Selfservice',
    summary: 'Klanten redden zich zelf met de hulpmiddelen en informatie die jij biedt, zonder contact met personeel.',
  },
  'personal-assistance': {
    name: 'Persoonlijke hulp',
    summary: 'Medewerkers helpen in de winkel, aan de telefoon of via chat, voor en na de aankoop, zonder vaste contactpersoon.',
  },
  'dedicated-personal-assistance': {
    name: 'Vaste persoonlijke contactpersoon',
    summary: 'Eén vaste persoon begeleidt de klant en kent hem goed, zoals een accountmanager of een persoonlijke bankier.',
  },
  'co-creation': {
    name: 'Co-creatie',
    summary: 'Klanten maken de waarde mee: ze ontwerpen producten, schrijven reviews of leveren de inhoud waarvoor anderen komen.',
  },
  'community': {
    name: 'Community',
    summary: 'Gebruikers komen met elkaar en met het merk in contact om kennis te delen, problemen op te lossen en erbij te horen.',
  },
  'fans': {
    name: 'Fans',
    summary: 'Enthousiaste, trouwe klanten die zich met het merk vereenzelvigen en het aan anderen aanraden.',
  },
  'long-term': {
    name: 'Langdurig',
    summary: 'Een doorlopende relatie die steeds opnieuw waarde levert, vaak via een abonnement of lidmaatschap.',
  },
  'switching-costs': {
    name: 'Overstapkosten',
    summary: 'Klanten blijven omdat overstappen hun geld, tijd, gegevens of moeite zou kosten.',
  },
  'direct': {
    name: 'Direct',
    summary: 'Je verkoopt en bedient zelf, zonder tussenpersonen, en houdt de hele klantervaring in eigen hand.',
  },
  'indirect': {
    name: 'Indirect',
    summary: 'Partners zoals dealers, distributeurs of winkels onderhouden namens jou het dagelijkse klantcontact.',
  },
} satisfies TypeTexts;
