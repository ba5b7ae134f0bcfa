import type { TypeSummaries } from './summaries';

/** De korte omschrijving van elk type, zoals de lijst die toont. */
export default {
  'transactional': 'Snelle verkoop met weinig contact: een koper komt misschien één keer en daarna nooit meer.',
  'automated-service': 'Technologie bedient elke klant zonder personeel en stemt suggesties vaak af op eerder gedrag.',
  'self-service': 'Klanten redden zich zelf met de hulpmiddelen en informatie die jij biedt, zonder contact met personeel.',
  'personal-assistance': 'Medewerkers helpen in de winkel, aan de telefoon of via chat, voor en na de aankoop, zonder vaste contactpersoon.',
  'dedicated-personal-assistance': 'Eén vaste persoon begeleidt de klant en kent hem goed, zoals een accountmanager of een persoonlijke bankier.',
  'co-creation': 'Klanten maken de waarde mee: ze ontwerpen producten, schrijven reviews of leveren de inhoud waarvoor anderen komen.',
  'community': 'Gebruikers komen met elkaar en met het merk in contact om kennis te delen, problemen op te lossen en erbij te horen.',
  'fans': 'Enthousiaste, trouwe klanten die zich met het merk vereenzelvigen en het aan anderen aanraden.',
  'long-term': 'Een doorlopende relatie die steeds opnieuw waarde levert, vaak via een abonnement of lidmaatschap.',
  'switching-costs': 'Klanten blijven omdat overstappen hun geld, tijd, gegevens of moeite zou kosten.',
  'direct': 'Je verkoopt en bedient zelf, zonder tussenpersonen, en houdt de hele klantervaring in eigen hand.',
  'indirect': 'Partners zoals dealers, distributeurs of winkels onderhouden namens jou het dagelijkse klantcontact.',
} satisfies TypeSummaries;
