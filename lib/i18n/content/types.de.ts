import type { TypeSummaries } from './types';

/** Each type's one-line summary in German, as the list shows it (the names are in type-names.ts). */
export default {
  'transactional': {
    summary: 'Schnelle Käufe mit wenig Kontakt: Viele Kunden kaufen einmal und kommen nie wieder.',
  },
  'automated-service': {
    summary: 'Technik bedient jeden Kunden ohne Personal und schlägt oft passend zu seinem bisherigen Verhalten vor.',
  },
  'self-service': {
    summary: 'Kunden helfen sich selbst mit Werkzeugen und Informationen, die Sie bereitstellen – ohne Kontakt zum Personal.',
  },
  'personal-assistance': {
    summary: 'Mitarbeitende helfen vor Ort, am Telefon oder im Chat, vor und nach dem Kauf, aber ohne festen Ansprechpartner.',
  },
  'dedicated-personal-assistance': {
    summary: 'Eine feste Person betreut den Kunden und kennt ihn gut, etwa ein Key-Account-Manager oder die Hausbank-Beraterin.',
  },
  'co-creation': {
    summary: 'Kunden schaffen den Wert mit: Sie gestalten Produkte, schreiben Bewertungen oder liefern die Inhalte, wegen derer andere kommen.',
  },
  'community': {
    summary: 'Nutzer vernetzen sich untereinander und mit der Marke, teilen Wissen, lösen Probleme und fühlen sich zugehörig.',
  },
  'fans': {
    summary: 'Begeisterte, treue Kunden, die sich mit der Marke identifizieren und sie weiterempfehlen.',
  },
  'long-term': {
    summary: 'Eine dauerhafte Beziehung, die über die Zeit immer wieder Nutzen stiftet, oft per Abo oder Mitgliedschaft.',
  },
  'switching-costs': {
    summary: 'Kunden bleiben, weil ein Wechsel sie Geld, Zeit, Daten oder Mühe kosten würde.',
  },
  'direct': {
    summary: 'Sie verkaufen und betreuen selbst, ohne Zwischenhändler, und behalten das Kundenerlebnis ganz in der Hand.',
  },
  'indirect': {
    summary: 'Partner wie Händler, Vertriebspartner oder Einzelhandel pflegen den täglichen Kundenkontakt in Ihrem Auftrag.',
  },
} satisfies TypeSummaries;
