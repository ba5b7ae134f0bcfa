import type { TypeTexts } from './types';

/** Name und Kurzbeschreibung jedes Typs, wie die Liste sie zeigt. */
export default {
  'transactional': {
    name: 'Transaktional',
    summary: 'Schnelle Käufe mit wenig Kontakt: Viele Kunden kaufen einmal und kommen nie wieder.',
  },
  'automated-service': {
    name: 'Automatisierter Service',
    summary: 'Technik bedient jeden Kunden ohne Personal und schlägt oft passend zu seinem bisherigen Verhalten vor.',
  },
  'self-service': {
    name: 'Selbstbedienung',
    summary: 'Kunden helfen sich selbst mit Werkzeugen und Informationen, die Sie bereitstellen – ohne Kontakt zum Personal.',
  },
  'personal-assistance': {
    name: 'Persönliche Unterstützung',
    summary: 'Mitarbeitende helfen vor Ort, am Telefon oder im Chat, vor und nach dem Kauf, aber ohne festen Ansprechpartner.',
  },
  'dedicated-personal-assistance': {
    name: 'Individuelle persönliche Betreuung',
    summary: 'Eine feste Person betreut den Kunden und kennt ihn gut, etwa ein Key-Account-Manager oder die Hausbank-Beraterin.',
  },
  'co-creation': {
    name: 'Co-Creation',
    summary: 'Kunden schaffen den Wert mit: Sie gestalten Produkte, schreiben Bewertungen oder liefern die Inhalte, wegen derer andere kommen.',
  },
  'community': {
    name: 'Community',
    summary: 'Nutzer vernetzen sich untereinander und mit der Marke, teilen Wissen, lösen Probleme und fühlen sich zugehörig.',
  },
  'fans': {
    name: 'Fans',
    summary: 'Begeisterte, treue Kunden, die sich mit der Marke identifizieren und sie weiterempfehlen.',
  },
  'long-term': {
    name: 'Langfristig',
    summary: 'Eine dauerhafte Beziehung, die über die Zeit immer wieder Nutzen stiftet, oft per Abo oder Mitgliedschaft.',
  },
  'switching-costs': {
    name: 'Wechselkosten',
    summary: 'Kunden bleiben, weil ein Wechsel sie Geld, Zeit, Daten oder Mühe kosten würde.',
  },
  'direct': {
    name: 'Direkt',
    summary: 'Sie verkaufen und betreuen selbst, ohne Zwischenhändler, und behalten das Kundenerlebnis ganz in der Hand.',
  },
  'indirect': {
    name: 'Indirekt',
    summary: 'Partner wie Händler, Vertriebspartner oder Einzelhandel pflegen den täglichen Kundenkontakt in Ihrem Auftrag.',
  },
} satisfies TypeTexts;
