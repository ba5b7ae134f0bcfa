import type { GuideChecks } from '../../catalogue/checks';

/** The guide's common mistakes and block questions (what the health check names and asks); the guide spreads them. */
export default {
  mistakes: [
    {
      id: 'one-size-fits-all',
      title: 'Alle Kunden gleich behandeln',
      why: 'Segmente erwarten Unterschiedliches und zahlen für Unterschiedliches; ein Einheitsansatz bietet manchen zu viel und enttäuscht andere.',
      fix: 'Legen Sie für jedes Segment eine Beziehung fest, auch wenn am Ende mehrere Segmente denselben Typ teilen.',
    },
    {
      id: 'underinvesting-in-retention',
      title: 'Zu wenig in die Kundenbindung stecken',
      why: 'Fließt alle Kraft in die Akquisition, gehen Kunden stillschweigend, und das Geld für ihre Gewinnung ist verloren.',
      fix: 'Planen Sie Maßnahmen zum Binden ebenso sorgfältig wie zum Gewinnen und sehen Sie Budget für Service, Kontakt und Treue vor.',
    },
    {
      id: 'ignoring-feedback',
      title: 'Kunden nicht zuhören',
      why: 'Ohne Rückmeldungen erkennen Sie Probleme zu spät, und Kunden, die sich ungehört fühlen, wechseln schneller.',
      fix: 'Schaffen Sie feste Wege, Feedback einzuholen, handeln Sie bei den wichtigsten Themen und sagen Sie Kunden, was sich geändert hat.',
    },
    {
      id: 'over-automating',
      title: 'Automatisieren, wo ein Mensch gebraucht wird',
      why: 'Bots und Selbstbedienung sparen Geld, doch in komplexen, emotionalen oder wertvollen Momenten frustrieren sie Kunden und kosten Umsatz.',
      fix: 'Automatisieren Sie Routineaufgaben und lassen Sie für die entscheidenden Momente einen einfachen Weg zu einem Menschen offen.',
    },
    {
      id: 'not-measuring-relationship-quality',
      title: 'Die Qualität der Beziehung nicht messen',
      why: 'Wer nie misst, kann nicht sagen, ob die Beziehung besser wird oder welche Maßnahme wirkt.',
      fix: 'Wählen Sie einige wenige Kennzahlen, die zu Ihren Zielen passen, etwa NPS, CSAT, Abwanderung oder CLV, und prüfen Sie sie in festem Rhythmus.',
    },
    {
      id: 'not-evolving-relationships',
      title: 'Die Beziehung stillstehen lassen',
      why: 'Die Bedürfnisse der Kunden wandeln sich, während sie mit Ihnen wachsen; eine Beziehung für Erstkäufer passt nicht zu langjährigen Kunden.',
      fix: 'Planen Sie, wie sich die Beziehung über den Kundenlebenszyklus verändert, und überarbeiten Sie den Baustein, wenn Ihre Kunden reifer werden.',
    },
    {
      id: 'neglecting-post-purchase',
      title: 'Den Kunden nach dem Kauf vergessen',
      why: 'Onboarding, Support und Nachbetreuung entscheiden, ob Menschen erneut kaufen oder Sie empfehlen; wer sie nach der Zahlung fallen lässt, verschenkt diese Chance.',
      fix: 'Gestalten Sie, was nach dem Kauf geschieht: Begrüßung, Onboarding, regelmäßiges Nachfragen und unkomplizierter Support.',
    },
    {
      id: 'listing-channels-not-relationships',
      title: 'Kanäle statt Beziehungen eintragen',
      why: 'Einträge wie „Website“, „E-Mail“ oder „Laden“ beschreiben, wie Sie Kunden erreichen – das gehört zu den Kanälen – und sagen nichts über die Art der Beziehung.',
      fix: 'Beschreiben Sie das Wesen der Beziehung (Selbstbedienung, fester Berater, Community, Co-Creation …) und lassen Sie die Vertriebswege bei den Kanälen.',
    },
    {
      id: 'no-relationship-per-segment',
      title: 'Beziehungen nicht den Segmenten zuordnen',
      why: 'Ein Baustein, der nie sagt, welches Segment welche Behandlung erhält, lässt sich nicht mit Kosten, Kanälen oder Einnahmen abgleichen.',
      fix: 'Nennen Sie neben jeder Beziehung das Segment oder verwenden Sie für zusammengehörige Einträge dieselbe Farbe oder Haftnotiz.',
    },
    {
      id: 'get-only-block',
      title: 'Nur an die Akquisition denken',
      why: 'Ein Baustein voller Wege, Menschen anzulocken, aber ohne etwas zum Halten oder Ausbauen deutet auf ein Geschäft hin, das Kunden verliert und dessen Akquisitionskosten steigen.',
      fix: 'Prüfen Sie, ob Sie für Gewinnen, Binden und Ausbauen jeweils mindestens eine Maßnahme haben.',
    },
    {
      id: 'overloading-the-canvas',
      title: 'Jedes Detail auf die Canvas zwängen',
      why: 'Eine mit Maßnahmen überladene Canvas ist schwer zu lesen und verdeckt die Geschichte, die andere verstehen sollen.',
      fix: 'Schreiben Sie einen knappen Titel auf die Canvas und führen Sie das ausführliche Raster aus Gewinnen, Binden und Ausbauen als separates Arbeitsdokument.',
    },
  ],

  blockQuestions: [
    {
      block: 'key-partners',
      blockName: 'Schlüsselpartner',
      question: 'Brauchen wir neue Partner, etwa ausgelagerten Support, Wiederverkäufer oder Plattformen, um diese Beziehungen zu tragen?',
      link: 'Partner können einen Teil der Beziehung in Ihrem Auftrag übernehmen, prägen dann aber auch, wie Kunden Sie erleben.',
    },
    {
      block: 'key-activities',
      blockName: 'Schlüsselaktivitäten',
      question: 'Welche Tätigkeiten müssen wir gut beherrschen, um diese Beziehungen zu tragen, etwa Support, Community-Management oder Kundenbetreuung?',
      link: 'Jeder Beziehungstyp verlangt laufende Arbeit; vor allem persönliche und gemeinschaftliche Typen werden zu Kernaktivitäten.',
    },
    {
      block: 'key-resources',
      blockName: 'Schlüsselressourcen',
      question: 'Welche Menschen, Fähigkeiten, Daten und Systeme brauchen wir, um diese Beziehungen aufzubauen und zu pflegen?',
      link: 'Beziehungen stützen sich auf Ressourcen wie geschultes Personal, ein CRM-System, Empfehlungsalgorithmen oder eine Community-Plattform.',
    },
    {
      block: 'value-propositions',
      blockName: 'Wertangebote',
      question: 'Wie stärken oder unterstützen unsere Beziehungen den Nutzen, den wir Kunden versprechen?',
      link: 'Die Beziehung ist Teil dessen, wie Nutzen geliefert wird; die richtige steigert den Wert des Angebots, die falsche untergräbt ihn.',
    },
    {
      block: 'channels',
      blockName: 'Kanäle',
      question: 'Passen die gewählten Beziehungen zu den Kanälen, über die wir mit Kunden kommunizieren und an sie liefern?',
      link: 'Beziehungen werden über Kanäle gelebt; eine persönliche Beziehung braucht also Kanäle, über die Menschen wirklich mit Ihnen sprechen können.',
    },
    {
      block: 'customer-segments',
      blockName: 'Kundensegmente',
      question: 'Wie gut passt jede Beziehung zu den Bedürfnissen und Vorlieben des Segments, für das sie gedacht ist?',
      link: 'Unterschiedliche Segmente verlangen unterschiedliche Beziehungen; zu jedem Segment gehört daher ein passender Eintrag in diesem Baustein.',
    },
    {
      block: 'cost-structure',
      blockName: 'Kostenstruktur',
      question: 'Wie verändern diese Beziehungen unsere Kosten, und können wir sie uns auch in großem Maßstab leisten?',
      link: 'Beziehungen kosten Geld: Menschlicher Kontakt ist teuer, Automatisierung kostet anfangs mehr und pro Kunde weniger.',
    },
    {
      block: 'revenue-streams',
      blockName: 'Einnahmequellen',
      question: 'Wie wirken sich diese Beziehungen über Kundenbindung, Wiederholungskäufe und Zusatzverkäufe auf unsere Einnahmen aus?',
      link: 'Kunden länger zu halten und ihnen mehr zu verkaufen – dort schlagen sich Beziehungen in den Einnahmen nieder.',
    },
  ],
} satisfies GuideChecks;
