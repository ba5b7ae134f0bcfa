import type { TypeSummaries } from './types';

/** Each type's one-line summary in Dutch, as the list shows it (the names are in type-names.ts). */
export default {
  'transactional': {
    summary: 'Snelle verkoop met weinig contact: een koper komt misschien één keer en daarna nooit meer.',
  },
  'automated-service': {
    summary: 'Technologie bedient elke klant zonder personeel en stemt suggesties vaak af op eerder gedrag.',
  },
  'self-service': {
    summary: 'Klanten redden zich zelf met de hulpmiddelen en informatie die u biedt, zonder contact met personeel.',
  },
  'personal-assistance': {
    summary: 'Medewerkers helpen in de winkel, aan de telefoon of via chat, voor en na de aankoop, zonder vaste contactpersoon.',
  },
  'dedicated-personal-assistance': {
    summary: 'Eén vaste persoon begeleidt de klant en kent hem goed, zoals een accountmanager of een persoonlijke bankier.',
  },
  'co-creation': {
    summary: 'Klanten maken de waarde mee: ze ontwerpen producten, schrijven reviews of leveren de inhoud waarvoor anderen komen.',
  },
  'community': {
    summary: 'Gebruikers komen met elkaar en met het merk in contact om kennis te delen, problemen op te lossen en erbij te horen.',
  },
  'fans': {
    summary: 'Enthousiaste, trouwe klanten die zich met het merk vereenzelvigen en het aan anderen aanraden.',
  },
  'long-term': {
    summary: 'Een doorlopende relatie die steeds opnieuw waarde levert, vaak via een abonnement of lidmaatschap.',
  },
  'switching-costs': {
    summary: 'Klanten blijven omdat overstappen hun geld, tijd, gegevens of moeite zou kosten.',
  },
  'direct': {
    summary: 'U verkoopt en bedient zelf, zonder tussenpersonen, en houdt de hele klantervaring in eigen hand.',
  },
  'indirect': {
    summary: 'Partners zoals dealers, distributeurs of winkels onderhouden namens u het dagelijkse klantcontact.',
  },
} satisfies TypeSummaries;
