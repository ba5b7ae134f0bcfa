import type { GuideTexts } from './pages';
import CHECKS from './checks.de';

/** Der Leitfaden zum Baustein Kundenbeziehungen auf Deutsch, mit denselben Ids und derselben Reihenfolge wie auf Englisch. */
export default {
  intro:
    'Der Baustein Kundenbeziehungen beschreibt, wie Sie mit jedem Kundensegment in Verbindung treten, das Sie bedienen. ' +
    'Eine Beziehung kann irgendwo zwischen ganz menschlich und vollständig automatisiert liegen und irgendwo zwischen ' +
    'einem einzigen Kauf und einer Bindung über viele Jahre. Ihre Wahl prägt, wie Menschen Ihr Unternehmen erleben und ' +
    'wie oft sie wieder mit Ihnen in Kontakt treten.',

  whyItMatters:
    'Wie Sie mit Kunden umgehen, entscheidet, wie viele Sie gewinnen, wie viele bleiben und was jeder Einzelne über die ' +
    'Zeit wert ist (der Kundenwert, oft als CLV oder LTV abgekürzt). Gute Beziehungen bringen Wiederholungskäufe, Treue ' +
    'und Empfehlungen und halten die Abwanderung niedrig; schwache lassen Kunden entweichen, deren Gewinnung Sie bereits ' +
    'bezahlt haben. In umkämpften Märkten kann gerade die Beziehung den Unterschied machen, wie Apple und Amazon zeigen: ' +
    'Ein guter Teil ihres Erfolgs beruht darauf, wie sie sich um ihre Kunden kümmern.',

  keyQuestions: [
    'Für jedes Segment: Welche Art von Beziehung erwarten diese Kunden von uns?',
    'Was kostet es uns an Personal, Werkzeugen und Zeit, jede Beziehung aufrechtzuerhalten?',
    'Wie passt die Beziehung zu unseren Kanälen, unserem Wertangebot, unseren Einnahmen und Kosten?',
    'Was hat gerade Vorrang: neue Kunden gewinnen, bestehende binden oder ihnen mehr verkaufen?',
    'Welche Beziehungen bieten Wettbewerber an, und wo könnten wir es besser oder einfach anders machen?',
    'Was würde unsere Kunden treuer machen, als sie es heute sind?',
    'Welche Teile der Beziehung ließen sich automatisieren, ohne zu verlieren, was Kunden daran schätzen?',
    'Rechnet sich ein hochgradig persönlicher Service, oder wären Kunden mit weniger Betreuung genauso gut bedient?',
    'Brauchen manche Kundengruppen eine andere Art von Beziehung als andere?',
    'Welcher Typ zu uns passt, hängt davon ab, was die Gewinnung eines Neukunden kostet, wie lange wir ihn halten wollen und ob wir ihm später Zusatz- oder Ergänzungsprodukte verkaufen möchten: Was davon zählt hier am meisten?',
    'Können wir uns die Beziehung, die Kunden sich nach eigener Aussage wünschen, tatsächlich leisten und auf Dauer bieten? Suchen Sie das Gleichgewicht zwischen ihren Wünschen und unserem Geschäftsmodell.',
  ],

  principles: [
    'Richten Sie die Beziehung danach aus, was jedes Segment erwartet und wofür es zu zahlen bereit ist; ein Premiumservice für preisbewusste Käufer ist verschwendetes Geld.',
    'Stecken Sie Kraft und Budget in die Beziehungen, die langfristig Wert schaffen, nicht nur in jene, die den nächsten Abschluss bringen.',
    'Lassen Sie Technik die persönliche Note weitertragen: Individuelle Nachrichten, kluge Empfehlungen und gute Werkzeuge erlauben es einem kleinen Team, vielen Kunden aufmerksam zu begegnen.',
    'Geben Sie Kunden einen Ort, an dem sie sich rund um Ihr Produkt treffen, einander helfen, Ideen austauschen und sich als Teil von etwas fühlen.',
    'Bitten Sie Kunden oft um Rückmeldung und zeigen Sie ihnen anschließend, was Sie deshalb geändert haben.',
    'Messen Sie Zufriedenheit und Treue in festen Abständen, statt zu raten, wie es Ihren Kunden geht.',
    'Schulen Sie Ihr Team so, dass jeder Kunde dieselbe Qualität erlebt, ganz gleich, mit wem er spricht und auf welchem Weg er Sie erreicht.',
    'Wägen Sie Automatisierung sorgfältig ab: Sie senkt die laufenden Kosten der Betreuung, kann aber an der falschen Stelle Umsatz und treue Kunden kosten.',
    'Behalten Sie stets die Sicht des Kunden im Blick. Der Autor Orison Swett Marden nannte das die goldene Regel des Geschäftslebens: sich vorzustellen, man stünde selbst an der Stelle des Kunden.',
  ],

  combining: [
    {
      title: 'Je Segment eine eigene Beziehung',
      text: 'Segmente wollen selten dasselbe. Eine Bank kann etwa vermögenden Kunden einen persönlichen Berater zur Seite stellen, während die meisten Kontoinhaber ihre Finanzen selbst in der App regeln.',
    },
    {
      title: 'Mehrere Wege nebeneinander',
      text: 'Ein Unternehmen kann Kunden gleichzeitig auf mehr als eine Weise betreuen. Ein Softwarehaus bietet vielleicht automatisierte Hilfeartikel und ein Nutzerforum an und hält dennoch Mitarbeitende für den direkten Support bereit.',
    },
    {
      title: 'Typen, die sich ergänzen',
      text: 'Eine Kombination von Typen kann das Gesamterlebnis stärken. Ein Onlineshop kann Produkte automatisch empfehlen und Kunden zugleich mit einem Menschen chatten lassen, wenn sie nicht weiterkommen.',
    },
    {
      title: 'Beziehungen verändern sich',
      text: 'Die meisten Unternehmen nutzen mehrere Typen, und die Mischung verschiebt sich, wenn das Unternehmen wächst und Kunden erfahrener werden; überprüfen Sie den Baustein daher regelmäßig, statt ihn als feststehend zu betrachten.',
    },
  ],

  fillingSteps: [
    {
      title: 'Erwartungen der Kunden kennenlernen',
      text: 'Finden Sie vor jeder Entscheidung heraus, welche Art von Kontakt jedes Segment sucht. Nutzen Sie Umfragen, Interviews und breitere Marktforschung: Wünschen sich die Kunden einen Menschen, der hilft, Werkzeuge zur Selbsthilfe, andere Nutzer zum Voneinanderlernen oder eine Mischung?',
    },
    {
      title: 'Gewinnen, Binden und Ausbauen planen',
      text: 'Nehmen Sie den Baustein unter die Lupe, so wie es die Value Proposition Canvas mit Segmenten und Wertangeboten tut. Zeichnen Sie drei Felder (Gewinnen, Binden, Ausbauen) und tragen Sie die konkreten Maßnahmen für jede Phase ein; Maßnahmen dürfen Sie frei kombinieren.',
    },
    {
      title: 'Auf der Canvas zusammenfassen',
      text: 'Schreiben Sie zurück auf der Business Model Canvas einen kurzen Titel, der die Strategie auf den Punkt bringt, zum Beispiel „Self-Service-App, persönliche Berater für Firmenkunden, Nutzer-Community“. Die Einzelheiten bleiben in Ihrem Raster aus Gewinnen, Binden und Ausbauen.',
    },
    {
      title: 'Die Canvas als einfache Geschichte halten',
      text: 'Die Canvas soll eine Geschichte erzählen, der andere auf einen Blick folgen können. Bis dahin ist viel Vorarbeit nötig, doch zeigen müssen Sie nicht alles davon; Alex Osterwalder, der Erfinder der Canvas, warnt, Menschen mit Details zu überhäufen komme einem „kognitiven Mord“ gleich.',
    },
    {
      title: 'Bei Bedarf mit einer Erweiterung vertiefen',
      text: 'Wenn Sie diesen Baustein mit einem eigenen Werkzeug gründlicher ausloten möchten, sehen Sie sich die Erweiterung Customer Connection Canvas von Hani W. Naguib an.',
    },
    {
      title: 'Verbindungen zu anderen Bausteinen prüfen',
      text: 'Alle Bausteine der Canvas hängen zusammen; ändern Sie Ihre Kundenbeziehungen, wirkt sich das auf Kanäle, Kosten, Einnahmen und mehr aus. Gehen Sie die Fragen zu jedem benachbarten Baustein durch, bevor Sie sich auf eine endgültige Fassung festlegen.',
    },
  ],

  phases: [
    {
      id: 'get',
      name: 'Gewinnen',
      goal: 'Wie ziehen wir neue Kunden an und überzeugen sie?',
      meaning:
        'Gewinnen umfasst alles, was aus Fremden Kunden macht: Aufmerksamkeit und Interesse wecken und Menschen dann dazu bewegen, sich anzumelden oder zum ersten Mal zu kaufen.',
      tactics: [
        'Pressearbeit und Berichterstattung vor und zum Start',
        'Präsenz und Kampagnen in sozialen Medien',
        'Empfehlungen und Mundpropaganda der ersten Nutzer',
        'Nützliche Inhalte: Artikel, Videos, Ratgeber',
        'Knappheit: Wartelisten, Zugang nur auf Einladung, begrenzte Vorabversionen',
        'Kostenlose Testphasen, Freemium-Angebote oder Demos',
        'Partnerschaften und Veranstaltungen, die Sie vor das richtige Segment bringen',
      ],
      metrics: ['cac', 'conversion-rate', 'activation-rate', 'referral-rate'],
    },
    {
      id: 'keep',
      name: 'Binden',
      goal: 'Wie halten wir Kunden zufrieden und verhindern, dass sie gehen?',
      meaning:
        'Binden heißt, die bereits gewonnenen Kunden zu halten, indem Sie sie gut betreuen und ihnen Gründe geben, treu zu bleiben, statt zur Konkurrenz abzuwandern.',
      tactics: [
        'Hervorragender, reaktionsschneller Kundenservice',
        'Regelmäßiger Kontakt: Updates, Newsletter, Nachfragen',
        'Treueprogramme und Prämien für Mitglieder',
        'Community-Veranstaltungen, Treffen und Foren',
        'Transparenz: eine öffentliche Roadmap und ehrliche Fortschrittsberichte',
        'Produktfunktionen, die zum festen Bestandteil des Kundenalltags werden',
        'Sichtbar auf Kundenfeedback reagieren',
      ],
      metrics: ['churn', 'retention-rate', 'nps', 'csat', 'ces', 'engagement'],
    },
    {
      id: 'grow',
      name: 'Ausbauen',
      goal: 'Wie steigern wir, was jeder Kunde für uns wert ist?',
      meaning:
        'Ausbauen bedeutet, den Wert bestehender Kunden zu erhöhen: Sie sollen mehr ausgeben, ergänzende Produkte kaufen und in Ihrem Namen weitere Kunden mitbringen.',
      tactics: [
        'Upselling auf Premiumstufen oder höhere Tarife',
        'Cross-Selling von ergänzenden Produkten und Erweiterungen',
        'Empfehlungsprogramme, die Werbende und Neukunden gleichermaßen belohnen',
        'Kunden investieren lassen, etwa per Crowdfunding',
        'Fans zu Fürsprechern und Markenbotschaftern machen',
        'Pakete sowie Mengen- oder Jahrestarife',
      ],
      metrics: ['clv', 'arpu', 'expansion-revenue', 'repeat-purchase-rate', 'referral-rate'],
    },
  ],

  frameworkOrigin:
    'Gewinnen, Binden, Ausbauen (im Original „Get, Keep, Grow“) stammt von Steve Blank, dem Gründer und Hochschullehrer, der die heutige Start-up-Ausbildung maßgeblich geprägt hat; erläutert wird das Modell in „The Startup Owner’s Manual“ (deutsch: „Das Handbuch für Startups“), das er zusammen mit Bob Dorf geschrieben hat.',

  caseStudy: {
    company: 'Monzo',
    intro:
      'Die britische Digitalbank Monzo ist ein gut dokumentiertes Beispiel dafür, wie Gewinnen, Binden und Ausbauen in der Praxis aussehen. Ihr früherer CEO Tom Blomfield hat später ausführlich beschrieben, mit welchen Maßnahmen das Team die ersten Kunden gewann.',
    steps: [
      {
        phase: 'get',
        title: 'Aufmerksamkeit der Presse vor dem Start',
        text: 'Ab Februar 2015 machten sich die Gründer daran, eine neue Art von Bank aufzubauen, und setzten stark auf Pressearbeit. Sie sprachen offen mit Journalisten über ihre Pläne; Artikel in TechCrunch, The Guardian und Bloomberg sorgten für Begeisterung, als es das Produkt noch gar nicht gab.',
      },
      {
        phase: 'get',
        title: 'Exklusive Alpha-Karten',
        text: 'Im Jahr 2015 gab Monzo Prepaidkarten in einem Alphatest heraus, der auf 3.000 Personen begrenzt war. Nach dem Vorbild des Starts von Gmail, das nur auf Einladung zugänglich war, ließ die Obergrenze die Karten begehrt wirken, und die glücklichen ersten Nutzer erzählten gern davon.',
      },
      {
        phase: 'get',
        title: 'Goldene Tickets',
        text: 'Ab 2017 konnten Bestandskunden „Golden Tickets“ verteilen, mit denen Freunde die Warteliste überspringen durften. Rund 40 % der Neukunden jenes Jahres kamen auf diesem Weg, und das Wachstum kostete nichts zusätzlich.',
      },
      {
        phase: 'keep',
        title: 'Nutzer persönlich treffen',
        text: 'Im Laufe des Jahres 2016 veranstaltete Monzo mehr als 100 Live-Events wie Hackathons und Meetups, um Nutzer persönlich kennenzulernen und zu hören, was sie verbessert haben wollten.',
      },
      {
        phase: 'keep',
        title: 'In aller Offenheit entwickeln',
        text: 'Das Unternehmen veröffentlichte seine Produkt-Roadmap und hielt Kunden über Blog und soziale Medien über Fortschritte wie Rückschläge auf dem Laufenden – das schuf Vertrauen.',
      },
      {
        phase: 'keep',
        title: 'Ein Produkt für jeden Tag',
        text: 'Funktionen wie Sofortbenachrichtigungen bei jeder Zahlung, einfaches Aufteilen von Rechnungen, Geldsenden an Freunde und eine freundliche App machten Monzo zum Teil des Alltags und hielten die Kunden bei der Stange.',
      },
      {
        phase: 'grow',
        title: 'Kunden werden Investoren',
        text: 'Anfang 2016 war eine Crowdfunding-Runde über 1 Mio. £ nach 96 Sekunden ausverkauft. Die einzelnen Beteiligungen waren gedeckelt, damit mehr Menschen mitmachen konnten, und Kunden durften vor der breiten Öffentlichkeit zeichnen, was ihre Verbundenheit vertiefte.',
      },
      {
        phase: 'grow',
        title: 'Eine Marke, die auf Offenheit setzt',
        text: 'Monzo gründete seine Marke auf Gemeinschaft und Transparenz und lebte diese Werte auch, etwa indem es die Umbenennung von Mondo in Monzo offen mit den Kunden gestaltete. Viele Nutzer wurden zu stolzen Fürsprechern.',
      },
      {
        phase: 'grow',
        title: 'Premiumkonten und Empfehlungen mit Prämie für beide',
        text: 'Später verkaufte Monzo höherwertige Konten mit Extras wie Reiseversicherung und besseren Sparzinsen und belohnte bei einer Empfehlung beide Seiten, sodass zufriedene Kunden neue mitbrachten.',
      },
    ],
  },

  ...CHECKS,

  metrics: [
    {
      id: 'nps',
      name: 'Net Promoter Score',
      short: 'NPS',
      description: 'Wie wahrscheinlich Kunden Sie weiterempfehlen, auf einer Skala von 0 bis 10; der Anteil der Promotoren abzüglich des Anteils der Kritiker.',
    },
    {
      id: 'csat',
      name: 'Kundenzufriedenheit (Customer Satisfaction Score)',
      short: 'CSAT',
      description: 'Der Anteil der Kunden, die ein Produkt, einen Kontakt oder einen Kauf als zufriedenstellend bewerten, meist direkt danach abgefragt.',
    },
    {
      id: 'ces',
      name: 'Kundenaufwand (Customer Effort Score)',
      short: 'CES',
      description: 'Wie leicht es Kunden fiel, bei Ihnen etwas zu erledigen, etwa ein Problem zu lösen oder eine Aufgabe abzuschließen.',
    },
    {
      id: 'clv',
      name: 'Kundenwert (Customer Lifetime Value)',
      short: 'CLV',
      description: 'Der gesamte Gewinn oder Umsatz, den Sie von einem Kunden über die ganze Dauer der Geschäftsbeziehung erwarten.',
    },
    {
      id: 'churn',
      name: 'Abwanderungsrate',
      short: 'Churn',
      description: 'Der Prozentsatz der Kunden, die in einem bestimmten Zeitraum nicht mehr kaufen oder kündigen.',
    },
    {
      id: 'retention-rate',
      name: 'Kundenbindungsrate',
      short: 'Bindungsrate',
      description: 'Der Prozentsatz der Kunden vom Beginn eines Zeitraums, die an seinem Ende noch Kunden sind.',
    },
    {
      id: 'cac',
      name: 'Kundenakquisitionskosten',
      short: 'CAC',
      description: 'Was es im Durchschnitt an Marketing- und Vertriebskosten braucht, um einen Neukunden zu gewinnen.',
    },
    {
      id: 'conversion-rate',
      name: 'Konversionsrate',
      short: 'Konversion',
      description: 'Der Anteil der Interessenten, Besucher oder Testnutzer, die zu zahlenden Kunden werden.',
    },
    {
      id: 'repeat-purchase-rate',
      name: 'Wiederkaufrate',
      short: 'Wiederkauf',
      description: 'Der Anteil der Kunden, die innerhalb eines Zeitraums mehr als einmal bei Ihnen kaufen.',
    },
    {
      id: 'arpu',
      name: 'Durchschnittlicher Umsatz pro Nutzer',
      short: 'ARPU',
      description: 'Der Gesamtumsatz eines Zeitraums geteilt durch die Zahl der Kunden oder Nutzer in diesem Zeitraum.',
    },
    {
      id: 'expansion-revenue',
      name: 'Mehrumsatz mit Bestandskunden',
      short: 'Mehrumsatz',
      description: 'Zusätzlicher Umsatz mit bestehenden Kunden durch Upgrades, Erweiterungen, Cross-Selling oder stärkere Nutzung.',
    },
    {
      id: 'referral-rate',
      name: 'Empfehlungsrate',
      short: 'Empfehlungen',
      description: 'Der Anteil der Neukunden, die über Empfehlungen bestehender Kunden zu Ihnen kommen.',
    },
    {
      id: 'engagement',
      name: 'Kundenengagement',
      short: 'Engagement',
      description: 'Wie oft und wie intensiv Kunden Ihr Produkt nutzen oder mit Ihnen in Kontakt stehen, etwa aktive Tage oder Sitzungen pro Woche.',
    },
    {
      id: 'active-members',
      name: 'Aktive Community-Mitglieder',
      short: 'Aktive Mitglieder',
      description: 'Die Zahl der Community-Mitglieder, die in einem Zeitraum etwas posten, antworten oder mitmachen, nicht nur die angemeldeten.',
    },
    {
      id: 'contributions',
      name: 'Kundenbeiträge',
      short: 'Beiträge',
      description: 'Wie viel Kunden in einem Zeitraum für Sie erschaffen, etwa Bewertungen, Ideen, Entwürfe, Antworten oder Inhalte.',
    },
    {
      id: 'resolution-time',
      name: 'Lösungszeit',
      short: 'Lösungszeit',
      description: 'Die durchschnittliche Zeit von der Meldung eines Problems durch den Kunden bis zu seiner vollständigen Lösung.',
    },
    {
      id: 'self-service-rate',
      name: 'Self-Service-Quote',
      short: 'Self-Service',
      description: 'Der Anteil der Kundenfragen oder -aufgaben, die ohne Hilfe des Personals erledigt werden, etwa über Hilfeartikel oder die App.',
    },
    {
      id: 'activation-rate',
      name: 'Aktivierungsrate',
      short: 'Aktivierung',
      description: 'Der Anteil der Neuanmeldungen, die den ersten spürbaren Nutzen erreichen, etwa die Einrichtung abschließen oder zum ersten Mal kaufen.',
    },
  ],

  faq: [
    {
      question: 'Welcher Typ von Kundenbeziehung ist der beste?',
      answer:
        'Einen allgemein besten gibt es nicht. Die richtige Wahl hängt von Ihren Segmenten, Ihrem Wertangebot und Ihrem Geschäftsmodell ab. Eine gute Beziehung gibt Kunden, was sie erwarten, und ergibt für Sie zugleich wirtschaftlich Sinn, damit das Unternehmen sie dauerhaft bieten kann.',
    },
    {
      question: 'Sollte ich mehr in die Gewinnung neuer Kunden oder in die Bindung bestehender investieren?',
      answer:
        'Einen Kunden zu halten ist meist günstiger, als einen neuen zu finden, deshalb zahlt sich Kundenbindung oft aus. Das richtige Verhältnis hängt dennoch von Ihrer Phase und Ihren Wachstumszielen ab: Ein junges Start-up muss vielleicht zuerst Kunden gewinnen. In der Praxis arbeiten die meisten erfolgreichen Unternehmen an beidem.',
    },
    {
      question: 'Woran erkenne ich, ob meine Kundenbeziehungen funktionieren?',
      answer:
        'Indem Sie sie messen. Nützliche Kennzahlen sind die Abwanderungsrate, das Engagement der Kunden, ihr Kundenwert (CLV), Zufriedenheitswerte (CSAT) und der Net Promoter Score (NPS). Wählen Sie die wenigen, die widerspiegeln, was Ihre Beziehungsstrategie erreichen soll, und verfolgen Sie sie regelmäßig.',
    },
    {
      question: 'Kann ich mehr als einen Beziehungstyp einsetzen?',
      answer:
        'Ja, und die meisten Unternehmen tun das: verschiedene Typen für verschiedene Segmente, mehrere Wege, denselben Kunden zu unterstützen, oder Typen, die sich ergänzen. Tragen Sie die wichtigsten als kurzen Titel auf der Canvas ein.',
    },
    {
      question: 'Worin unterscheiden sich Kundenbeziehungen und Kanäle?',
      answer:
        'Kanäle beschreiben die Wege, auf denen Sie Kunden erreichen, an sie verkaufen und an sie liefern. Kundenbeziehungen beschreiben die Art der Bindung, die Sie entlang dieser Wege aufbauen: persönlich oder automatisiert, einmalig oder langfristig.',
    },
  ],
} satisfies GuideTexts;
