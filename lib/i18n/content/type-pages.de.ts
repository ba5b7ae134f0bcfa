import type { TypePages } from './pages';

/** Die ausführliche Seite jedes Beziehungstyps auf Deutsch: Definition, Beispiele, Vor- und Nachteile, wann er passt. */
export default {
  'transactional': {
    definition:
      'Die Beziehung dauert genau so lange wie der Kauf: Der Kunde findet, was er sucht, bezahlt und geht, oft ohne mit ' +
      'jemandem gesprochen zu haben. Viele kaufen nur einmal oder selten und haben keinen besonderen Grund wiederzukommen. ' +
      'Deshalb zählen hier Tempo und Bequemlichkeit, nicht Treue. Auf der Skala der Beziehungsdauer bildet dieser Typ ' +
      'den Gegenpol zur langfristigen Beziehung.',
    examples: [
      {
        company: 'Ben & Jerry’s',
        text: 'An den Eisautomaten der Marke zahlt ein Passant an einem heißen Tag, wählt seine Sorte und nimmt den Becher sofort mit – ganz ohne Personal.',
      },
      {
        company: 'Photo-Me',
        text: 'Die Passbildautomaten bedienen Menschen, die nur alle paar Jahre neue Fotos brauchen; entscheidend ist eine schnelle, zuverlässige Sitzung.',
      },
      {
        company: 'Coinstar',
        text: 'Die Münzzählautomaten im Supermarkt machen aus einem Glas Kleingeld in wenigen Minuten Bargeld oder einen Gutschein; die meisten Nutzer kommen nur ab und zu vorbei.',
      },
    ],
    advantages: [
      'Effiziente, schnelle Abwicklung',
      'Bequem für den Käufer',
      'Kaum Beziehungspflege nötig',
      'Günstig im Betrieb und leicht auf weitere Standorte übertragbar',
    ],
    disadvantages: [
      'Oberflächliche Beziehung ohne Tiefe',
      'Wenig oder keine Kundentreue',
      'Jeder Verkauf muss neu gewonnen werden',
      'Man erfährt kaum, wer die eigenen Kunden sind',
    ],
    whenToChoose: {
      segmentExpectations:
        'Passt, wenn Kunden schnell rein und wieder raus wollen, spontan kaufen oder das Angebot nur einmal brauchen und jeden zusätzlichen Kontakt als lästig empfänden.',
      acquisitionCost:
        'Funktioniert, wenn jeder Käufer günstig zu gewinnen ist, etwa über Laufkundschaft, eine gute Lage oder die Suche – Wiederholungskäufe holen hohe Akquisitionskosten kaum wieder herein.',
      retentionGoal:
        'Geeignet für Geschäfte, die nicht auf Wiederkehrer angewiesen sind; wer wiederholte Besuche braucht, ergänzt ein langfristiges Element oder ein Treueprogramm.',
      upsellNeed:
        'Zusatzverkäufe beschränken sich auf den Moment des Kaufs (die größere Portion, ein Extra-Topping), denn einen späteren Anlass gibt es nicht.',
    },
  },
  'automated-service': {
    definition:
      'Eine weiterentwickelte Form der Selbstbedienung: Software übernimmt, was sonst Menschen erledigen würden – vom ' +
      'Chatbot, der Fragen beantwortet, bis zur Empfehlungsmaschine, die vorschlägt, was man als Nächstes sehen oder kaufen ' +
      'könnte. Algorithmen lernen aus der Historie jedes Kunden und aus dem Verhalten ähnlicher Nutzer, sodass sich das ' +
      'Erlebnis persönlich anfühlt, obwohl kein Mensch beteiligt ist. Seine eigentliche Stärke sind passende Vorschläge in ' +
      'großem Maßstab; viele Abo- und Onlinedienste funktionieren weitgehend so.',
    examples: [
      {
        company: 'Netflix',
        text: 'Schlägt Filme und Serien auf Grundlage dessen vor, was jemand bereits geschaut hat, und erspart so die lange Suche nach dem nächsten Titel.',
      },
      {
        company: 'Amazon',
        text: 'Empfiehlt Produkte anhand früherer Bestellungen und dessen, was Kunden mit ähnlichem Geschmack angesehen oder gekauft haben.',
      },
      {
        company: 'LinkedIn',
        text: 'Die Funktion „Personen, die Sie kennen könnten“ schlägt automatisch neue Kontakte vor und regt Mitglieder an, ihr Netzwerk zu erweitern.',
      },
      {
        company: 'Spotify',
        text: 'Stellt jedem Hörer aus seinen bisherigen Titeln persönliche Playlists wie „Dein Mix der Woche“ zusammen.',
      },
    ],
    advantages: [
      'Bedient problemlos riesige Kundenzahlen',
      'Persönliches Erlebnis ohne Personalaufwand',
      'Rund um die Uhr verfügbar',
      'Passende Vorschläge steigern Nutzung und Umsatz',
    ],
    disadvantages: [
      'Wenig oder kein menschlicher Kontakt',
      'Kann unpersönlich wirken oder danebenliegen',
      'Zu viel Automatisierung kostet Umsatz und Kunden, wo ein Mensch erwartet wird',
      'Erfordert Daten und Vorabinvestitionen in Technik',
    ],
    whenToChoose: {
      segmentExpectations:
        'Die richtige Wahl für große, digital versierte Segmente, denen Tempo und Relevanz wichtiger sind als ein Gespräch; für heikle oder komplexe Fälle bleibt ein Mensch erreichbar.',
      acquisitionCost:
        'Passt zu Kunden, deren Akquisitionskosten und Marge kein Budget für Personalzeit lassen, denn ein zusätzlicher Nutzer kostet fast nichts.',
      retentionGoal:
        'Stärkt die Kundenbindung, wenn persönliche Vorschläge immer wieder Anlass zur Rückkehr geben; beobachten Sie aber, ob der fehlende menschliche Kontakt still die Abwanderung erhöht.',
      upsellNeed:
        'Stark im Cross-Selling: Empfehlungsmaschinen zeigen passende Produkte und Zusatzleistungen genau im richtigen Moment.',
    },
  },
  'self-service': {
    definition:
      'Das Unternehmen stellt alles bereit, was der Kunde braucht, überlässt es ihm aber, selbst zu suchen, auszuwählen, ' +
      'zu kaufen und oft auch die letzte Arbeit zu erledigen. Eine direkte Beziehung zum Personal gibt es nicht; die ' +
      'Beziehung steckt in der Ladengestaltung, der Website oder dem Hilfe-Center. Die meisten Onlineshops, Supermärkte ' +
      'und viele Abodienste arbeiten so – das hält die Kosten niedrig und lässt den Kunden selbst bestimmen.',
    examples: [
      {
        company: 'IKEA',
        text: 'Kunden gehen durch die Ausstellung, notieren ihre Wahl, holen die flachen Pakete im Lager ab und bauen die Möbel zu Hause selbst auf.',
      },
      {
        company: 'Lidl',
        text: 'Wie die meisten Supermärkte lässt der Discounter seine Kunden Produkte selbst finden und im Regal vergleichen; in vielen Filialen zahlen sie an Selbstbedienungskassen, ohne jemanden fragen zu müssen.',
      },
      {
        company: 'Zalando',
        text: 'Wie im Onlinehandel üblich stöbern Kunden, filtern, bestellen und organisieren Rücksendungen vollständig selbst.',
      },
    ],
    advantages: [
      'Kostengünstig im Betrieb',
      'Gibt Kunden Kontrolle und Bequemlichkeit',
      'Wächst mühelos mit dem Volumen',
      'Einsparungen lassen sich als niedrigere Preise weitergeben',
    ],
    disadvantages: [
      'Kaum menschliche Note',
      'Frust, wenn etwas schiefgeht und niemand hilft',
      'Weniger Gespräche, aus denen man lernen kann',
      'Kunden können leicht vergleichen und abwandern',
    ],
    whenToChoose: {
      segmentExpectations:
        'Richtig für Kunden, die wissen, was sie wollen, auf den Preis achten und lieber nach eigenem Zeitplan handeln, als auf Hilfe zu warten.',
      acquisitionCost:
        'Sinnvoll bei günstiger Akquisition und knappen Margen, weil Service ohne Personal die Kosten pro Kunde niedrig hält.',
      retentionGoal:
        'Die Kundenbindung hängt an einem reibungslosen Ablauf: Investieren Sie in verständliche Hilfetexte, einfache Rücksendungen und einen Weg zu einem Menschen, wenn es hakt.',
      upsellNeed:
        'Zusatzverkäufe entstehen über Gestaltung und Hinweise (Aufsteller, Bundles, Vorschläge an der Kasse) statt über Gespräche; wenn Mehrumsatz wichtig ist, helfen automatisierte Empfehlungen.',
    },
  },
  'personal-assistance': {
    definition:
      'Kunden können mit echten Mitarbeitenden sprechen, die beraten, Fragen beantworten und Probleme lösen – im Geschäft, ' +
      'im Callcenter, per E-Mail oder im Chat. Es hilft, wer gerade verfügbar ist, nicht eine dem Kunden zugeordnete ' +
      'Person, und der Kontakt endet oft mit dem Abschluss, etwa wenn ein Verkäufer die Vorzüge eines neuen Anzugs oder ' +
      'Autos erklärt. Die eigenen Teams verkaufen und betreuen; das ist typisch für den stationären Handel, Luxusgeschäfte, ' +
      'das Private Banking und hochwertige oder Firmenkundengeschäfte.',
    examples: [
      {
        company: 'Apple',
        text: 'Kunden buchen einen Termin an der Genius Bar im Apple Store und erhalten dort von geschultem Personal individuelle Hilfe bei Problemen und Beratung.',
      },
      {
        company: 'Louis Vuitton',
        text: 'In den Boutiquen begleiten Verkaufsberater jede Kundin und jeden Kunden durch die Kollektion – die aufmerksame Betreuung, die man im Luxushandel erwartet.',
      },
      {
        company: 'MediaMarkt',
        text: 'Fachberater auf der Verkaufsfläche helfen bei der Wahl des richtigen Geräts und kümmern sich vor Ort um Einrichtung oder Reparaturfragen.',
      },
    ],
    advantages: [
      'Hohe Kundenzufriedenheit',
      'Schafft Vertrauen und Treue',
      'Bewältigt komplexe Fragen und Bedürfnisse',
      'Mitarbeitende erfahren aus erster Hand, was Kunden wollen',
    ],
    disadvantages: [
      'Personalintensiv: Es braucht geschulte Leute',
      'Höhere Betriebskosten',
      'Die Qualität schwankt von Mitarbeiter zu Mitarbeiter',
      'Wachstum nur durch zusätzliche Einstellungen',
    ],
    whenToChoose: {
      segmentExpectations:
        'Wählen Sie diesen Typ, wenn der Kauf komplex, riskant oder emotional ist und Kunden Rat von jemandem erwarten, der das Produkt kennt.',
      acquisitionCost:
        'Bezahlbar, wenn Bestellwerte oder Margen hoch genug sind, um die Arbeitszeit des Personals zu tragen, etwa bei teuren Gütern und Firmenaufträgen.',
      retentionGoal:
        'Guter Service schafft Treue, doch ohne festen Ansprechpartner kann die Bindung nach dem Kauf verblassen; ergänzen Sie Nachbetreuung oder ein langfristiges Element, wenn Folgegeschäft zählt.',
      upsellNeed:
        'Mitarbeitende erkennen Bedürfnisse und schlagen direkt Zubehör, Upgrades oder Services vor – das macht den Typ wirksam für Zusatzverkäufe.',
    },
  },
  'dedicated-personal-assistance': {
    definition:
      'Die engste Form der Betreuung: Eine bestimmte Person kümmert sich über längere Zeit um einen Kunden oder ein ' +
      'Konto, kennt Vorgeschichte und Vorlieben und nimmt Anliegen persönlich an. Diese Betreuung geht mit maßgeschneiderten Lösungen ' +
      'über den Standardservice hinaus und ist im Private Banking, bei Premium-Kreditkarten und im Key-Account-Management ' +
      'zwischen Unternehmen verbreitet.',
    examples: [
      {
        company: 'American Express',
        text: 'Inhaber der Platinum Card können einen Concierge anrufen, der etwa für eine kurzfristige Geschäftsreise Flug und Hotel bucht und sich um jedes Detail kümmert.',
      },
      {
        company: 'J.P. Morgan Private Bank',
        text: 'Vermögende Kunden bekommen einen eigenen Private Banker, der sich sowohl um ihre Bankgeschäfte als auch um ihre Geldanlagen kümmert.',
      },
      {
        company: 'Microsoft',
        text: 'Große Unternehmenskunden arbeiten mit einem zugewiesenen Account Manager, der ihre IT-Umgebung kennt und Support, Lizenzen und Verlängerungen koordiniert.',
      },
    ],
    advantages: [
      'Sehr starke Kundentreue',
      'Hochgradig persönlicher, maßgeschneiderter Service',
      'Genaue Kenntnis der Bedürfnisse jedes Kunden',
      'Früherkennung von Problemen und neuen Chancen',
    ],
    disadvantages: [
      'Äußerst personalintensiv',
      'Teuer in der Aufrechterhaltung',
      'Die Beziehung kann mit der Person das Unternehmen verlassen',
      'Lohnt sich nur für wenige, besonders wertvolle Kunden',
    ],
    whenToChoose: {
      segmentExpectations:
        'Bleibt wertvollen Segmenten vorbehalten, etwa vermögenden Privatkunden oder großen Firmenkunden, die eine Person erwarten, die sie kennt.',
      acquisitionCost:
        'Gerechtfertigt, wenn sowohl die Akquisitionskosten als auch der Kundenwert hoch sind und schon der Verlust eines einzelnen Kunden richtig schmerzt.',
      retentionGoal:
        'Hervorragend, um wertvolle Kunden zu halten: Die persönliche Bindung und die gemeinsame Geschichte lassen einen Wechsel wie einen Verlust erscheinen.',
      upsellNeed:
        'Stark beim Ausbau von Kundenbeziehungen, weil der feste Ansprechpartner neuen Bedarf früh erkennt und weitere Produkte oder Leistungen anbieten kann.',
    },
  },
  'co-creation': {
    definition:
      'Statt nur zu konsumieren, gestalten Kunden das Angebot mit: Sie reichen Ideen ein, stimmen ab, geben Rückmeldung, ' +
      'schreiben Bewertungen oder laden Inhalte hoch. Das Geschäft wächst mit den Beiträgen der Nutzer, weshalb soziale ' +
      'Netzwerke davon leben. Co-Creation nutzt die Kreativität der Kunden und vertieft meist ihre Bindung, denn was man ' +
      'selbst mitgebaut hat, liegt einem am Herzen.',
    examples: [
      {
        company: 'LEGO',
        text: 'Auf LEGO Ideas reichen Fans eigene Set-Entwürfe ein, andere stimmen darüber ab; ausgewählte Entwürfe kommen in den Handel und ihr Urheber wird am Umsatz beteiligt.',
      },
      {
        company: 'YouTube',
        text: 'Fast alles auf der Plattform stammt von ihren Creators, deren Videos die Zuschauer und damit die Werbekunden anziehen.',
      },
      {
        company: 'Amazon',
        text: 'Bittet Käufer, ihre Einkäufe zu bewerten und zu rezensieren; diese Rezensionen helfen anderen Kunden bei der Entscheidung.',
      },
      {
        company: 'Instagram',
        text: 'Wie bei anderen sozialen Netzwerken liegt der Wert in den Fotos, Videos und Kommentaren, die Nutzer füreinander posten.',
      },
    ],
    advantages: [
      'Hohes Kundenengagement',
      'Nutzt Kreativität und Ideen der Kunden',
      'Inhalte und Produkte entstehen zu geringen Kosten',
      'Starkes Gefühl von Mitverantwortung und Verbundenheit mit der Marke',
    ],
    disadvantages: [
      'Zeitaufwendig in der Betreuung',
      'Erfordert oft erhebliche Moderation und Steuerung',
      'Die Qualität der Beiträge schwankt',
      'Mitwirkende erwarten womöglich Anerkennung oder Belohnung',
    ],
    whenToChoose: {
      segmentExpectations:
        'Passt zu Segmenten mit leidenschaftlichen, kreativen oder fachkundigen Nutzern, die das Produkt mitprägen und dafür Anerkennung erhalten wollen.',
      acquisitionCost:
        'Beiträge wie Bewertungen und geteilte Inhalte wirken als kostenloses Marketing und sozialer Beweis und senken die Kosten, neue Kunden zu gewinnen.',
      retentionGoal:
        'Mitwirkende bleiben meist, weil sie Mühe und ein Stück Identität in die Plattform gesteckt haben; machen Sie ihre Arbeit sichtbar und wertschätzen Sie sie.',
      upsellNeed:
        'Für Zusatzverkäufe weniger direkt, doch gemeinsam mit Kunden entwickelte Produkte starten mit einem Publikum, das schon auf den Kauf wartet.',
    },
  },
  'community': {
    definition:
      'Das Unternehmen betreibt oder unterstützt einen Ort – ein Onlineforum, eine Nutzergruppe, ein Treffen oder einen ' +
      'Social-Media-Kanal –, an dem Kunden Wissen austauschen und einander helfen. Ein Großteil von Unterstützung und ' +
      'Engagement kommt von anderen Nutzern statt vom Personal; das funktioniert also nur, solange die Mitglieder aktiv ' +
      'bleiben. Rund um ein gemeinsames Interesse entsteht Zugehörigkeit, und das Unternehmen kann genau hinhören, was ' +
      'seine Kunden sagen.',
    examples: [
      {
        company: 'Adobe',
        text: 'In den Kreativforen und Community-Seiten zeigen Nutzer ihre Arbeiten, holen sich Feedback, nehmen an Challenges teil und lernen voneinander.',
      },
      {
        company: 'Avid',
        text: 'Wer die Videoschnittsoftware nutzt, durchsucht im Forum frühere Antworten oder stellt eine Frage, die andere Anwender beantworten.',
      },
      {
        company: 'Apple',
        text: 'In den Apple Support Communities beantworten Besitzer gegenseitig ihre Fragen zu ihren Geräten.',
      },
      {
        company: 'GitHub',
        text: 'Entwickler arbeiten gemeinsam an Code, diskutieren Issues und teilen ihr Wissen – diese Aktivität macht einen großen Teil des Produktwerts aus.',
      },
      {
        company: 'Monzo',
        text: 'Allein 2016 veranstaltete die Digitalbank über 100 Treffen vor Ort wie Hackathons und Meetups, dazu ein öffentliches Forum für Rückmeldungen.',
      },
    ],
    advantages: [
      'Stärkt die Kundentreue',
      'Engagement rund um gemeinsame Interessen',
      'Hilfe unter Nutzern senkt die Supportkosten',
      'Direkter Einblick in Bedürfnisse und Ideen der Kunden',
    ],
    disadvantages: [
      'Erfordert aktive Moderation und Betreuung',
      'Negative oder feindselige Beiträge können sich ausbreiten',
      'Hängt davon ab, dass Freiwillige engagiert bleiben',
      'Falsche Ratschläge anderer Nutzer bleiben womöglich unwidersprochen',
    ],
    whenToChoose: {
      segmentExpectations:
        'Die richtige Wahl, wenn Kunden eine Leidenschaft, einen Beruf oder ein komplexes Produkt teilen und gern von Gleichgesinnten lernen.',
      acquisitionCost:
        'Öffentliche Diskussionen und Antworten locken über Suchmaschinen und Mundpropaganda neue Interessenten an und halten so die Akquisitionskosten niedrig.',
      retentionGoal:
        'Stark für die Kundenbindung: Wer sich einer Gruppe zugehörig fühlt und anderen geholfen hat, geht nur ungern.',
      upsellNeed:
        'Mäßig; Mitglieder zeigen fortgeschrittene Anwendungen und lenken andere damit zu Premiumfunktionen oder Erweiterungen.',
    },
  },
  'fans': {
    definition:
      'Manche Kunden tun mehr als kaufen: Sie lieben die Marke, tragen sie, kommen zu ihren Veranstaltungen und treten ' +
      'ihren Clubs bei. Das Unternehmen nährt diese Begeisterung mit exklusiven Treffen, Mitgliedschaften und Anerkennung; ' +
      'im Gegenzug werden Fans zu unbezahlten Fürsprechern, die die Marke in ihrem Umfeld weiterempfehlen.',
    examples: [
      {
        company: 'Harley-Davidson',
        text: 'Besitzer treten den Chaptern der Harley Owners Group bei, fahren zu exklusiven Treffen und tragen die Kleidung der Marke – ihre Begeisterung gewinnt neue Fahrer.',
      },
      {
        company: 'Jeep',
        text: 'Fahrer grüßen sich auf der Straße und treffen sich bei Offroad-Veranstaltungen wie den Jeep-Jamboree-Wochenenden; aus einem Auto wird ein Stück Identität.',
      },
      {
        company: 'Lululemon',
        text: 'Gewinnt lokale Trainer und Sportler als Botschafter, die die Marke in ihren Studios und Vierteln vertreten.',
      },
    ],
    advantages: [
      'Starke Mundpropaganda',
      'Hohe Kundentreue',
      'Empfehlungen senken die Marketingkosten',
      'Widerstandsfähig, wenn Wettbewerber die Preise senken',
    ],
    disadvantages: [
      'Die Begeisterung dauerhaft hochzuhalten ist schwer',
      'Exklusivität kann Neulinge abschrecken',
      'Fans reagieren heftig auf unbeliebte Änderungen',
      'Lässt sich kaum gezielt erzeugen',
    ],
    whenToChoose: {
      segmentExpectations:
        'Passt zu Produkten, die mit Identität, Lebensstil oder Leidenschaft verbunden sind (Motorräder, Sport, Musik, Gaming), bei denen Kunden dazugehören und das zeigen wollen.',
      acquisitionCost:
        'Fans werben kostenlos neue Kunden; steht erst einmal ein fester Kern, sinken die Akquisitionskosten deutlich.',
      retentionGoal:
        'Hervorragend für die Kundentreue, allerdings nur, solange Sie die Begeisterung mit Veranstaltungen, exklusivem Zugang und Anerkennung nähren.',
      upsellNeed:
        'Fans kaufen bereitwillig Merchandise, Upgrades und Erlebnisse; limitierte Editionen und Angebote nur für Mitglieder funktionieren gut.',
    },
  },
  'long-term': {
    definition:
      'Das Unternehmen bleibt weit über den ersten Kauf hinaus in Kontakt, mit regelmäßigen Updates, Support, neuen ' +
      'Funktionen und Anpassungen, die das Angebot lohnend halten. Dieser Typ liegt am anderen Ende der Skala als der ' +
      'einmalige Kauf und geht meist mit wiederkehrenden Zahlungen einher, etwa einem Abonnement, einer Mitgliedschaft ' +
      'oder einem Servicevertrag. Auch Treueprogramme, die Wiederkommen belohnen, gehören hierher.',
    examples: [
      {
        company: 'Salesforce',
        text: 'Unternehmen abonnieren das CRM und erhalten laufend Updates, neue Funktionen und Support, sodass das Produkt Jahr für Jahr seinen Platz behauptet.',
      },
      {
        company: 'Costco',
        text: 'Kunden zahlen eine jährliche Mitgliedsgebühr; niedrige Preise und Vorteile sind darauf ausgelegt, dass die meisten verlängern.',
      },
      {
        company: 'Payback',
        text: 'Das Bonusprogramm schreibt Mitgliedern bei jedem Einkauf in den Partnergeschäften Punkte gut und schickt per App und Coupons persönliche Angebote, die zum Wiederkommen anregen.',
      },
    ],
    advantages: [
      'Dauerhaftes Engagement',
      'Planbare, wiederkehrende Umsätze',
      'Höherer Kundenwert über die gesamte Beziehung',
      'Zeit, mit jedem Kunden dazuzulernen und besser zu werden',
    ],
    disadvantages: [
      'Muss laufend Nutzen liefern, um Verlängerungen zu verdienen',
      'Kunden können der Beziehung überdrüssig werden',
      'Ständige Investitionen in Updates und Support',
      'Abwanderung schmerzt, sobald der Nutzen nachlässt',
    ],
    whenToChoose: {
      segmentExpectations:
        'Die richtige Wahl, wenn Kunden Ihr Angebot immer wieder oder dauerhaft nutzen und wollen, dass es besser wird, ohne jedes Mal neu kaufen zu müssen.',
      acquisitionCost:
        'Unverzichtbar bei teurer Akquisition, denn diese Kosten spielen sich erst nach Monaten oder Jahren wiederkehrender Umsätze wieder ein.',
      retentionGoal:
        'Das ist der Typ für Bindungsziele: Verfolgen Sie Verlängerungen und Abwanderung und schaffen Sie laufend neuen Nutzen, damit Kunden immer einen Grund zum Bleiben haben.',
      upsellNeed:
        'Eine gute Grundlage für Zusatzverkäufe, weil eine dauerhafte Beziehung regelmäßig Gelegenheiten bietet, höhere Tarife und Erweiterungen anzubieten.',
    },
  },
  'switching-costs': {
    definition:
      'Die Beziehung wird durch Hürden beim Gehen gefestigt: Verträge, Finanzierungen, gespeicherte Daten, eingeübte ' +
      'Abläufe oder Investitionen, die bei einem Wechsel zum Wettbewerber verloren wären. Haben Kunden erst Zeit und Mühe ' +
      'in Ihr Produkt gesteckt, wird ein Anbieterwechsel finanziell oder praktisch mühsam. Wer solche Bindungen in einem ' +
      'Markt als Erster aufbaut, profitiert am meisten, weil er die Kunden hält, bevor die Konkurrenz kommt.',
    examples: [
      {
        company: 'Deutsche Telekom',
        text: 'Wer ein Smartphone zusammen mit einem Mobilfunkvertrag kauft, ist meist für 24 Monate gebunden; ein früherer Wechsel ist nur mit Zusatzkosten und einigem Aufwand möglich.',
      },
      {
        company: 'Apple',
        text: 'Fotos in der iCloud, gekaufte Apps und iMessage machen den Umstieg vom iPhone auf eine andere Plattform mühsam, also bleiben viele im Ökosystem.',
      },
      {
        company: 'SAP',
        text: 'Unternehmen richten die ERP-Software über Jahre auf ihre Prozesse aus; sie zu ersetzen bedeutet teure Datenmigration und neue Schulungen.',
      },
    ],
    advantages: [
      'Hohe Kundenbindung',
      'Wettbewerber können Kunden nur schwer abwerben',
      'Stabile, planbare Umsatzbasis',
      'Belohnt, wer als Erster im Markt ist',
    ],
    disadvantages: [
      'Kann bei Kunden Unmut erzeugen',
      'Schränkt die Flexibilität der Kunden ein',
      'Gefangene Kunden gehen – und beschweren sich –, sobald sie können',
      'Kann die Aufmerksamkeit der Regulierer wecken',
    ],
    whenToChoose: {
      segmentExpectations:
        'Funktioniert, wo Kunden Aufwand in Einrichtung, Daten oder Einarbeitung stecken oder eine Bindung gegen einen besseren Preis oder ein Gerät in Kauf nehmen.',
      acquisitionCost:
        'Nützlich, wenn die Gewinnung eines Kunden teuer oder subventioniert ist (ein vergünstigtes Smartphone, kostenloses Onboarding) und Sie Zeit brauchen, das wieder hereinzuholen.',
      retentionGoal:
        'Sorgt für starke Kundenbindung, sollte aber mit echtem Nutzen einhergehen: Wer nur bleibt, weil er muss, geht, sobald die Hürde fällt.',
      upsellNeed:
        'Ein gebundener Kunde ist offen für Erweiterungen innerhalb des Ökosystems, doch aggressives Upselling zusätzlich zur Bindung wirkt schnell ausbeuterisch.',
    },
  },
  'direct': {
    definition:
      'Das Unternehmen führt die gesamte Beziehung über eigene Kanäle – Website, App, Vertriebsteam oder Filialen – ' +
      'ohne Händler oder Einzelhandel dazwischen. So behält es die volle Kontrolle über Preise, Informationen und Service, ' +
      'und Kundendaten wie Rückmeldungen landen direkt bei ihm. Dafür muss es all das selbst aufbauen und betreiben.',
    examples: [
      {
        company: 'Tesla',
        text: 'Käufer bestellen auf der Website von Tesla und holen das Auto in einem firmeneigenen Showroom ab, sodass Informationen und Behandlung von Anfang bis Ende einheitlich bleiben.',
      },
      {
        company: 'Warby Parker',
        text: 'Verkauft seine Brillen über die eigene Website und eigene Läden samt Anprobe zu Hause, statt über unabhängige Optiker.',
      },
      {
        company: 'Dell',
        text: 'Wurde bekannt, weil Kunden ihre Computer direkt beim Hersteller konfigurieren und bestellen konnten, zuerst per Telefon und später online.',
      },
    ],
    advantages: [
      'Volle Kontrolle über das Kundenerlebnis',
      'Baut starke Beziehungen auf',
      'Kundendaten und Feedback aus erster Hand',
      'Die Marge des Zwischenhändlers bleibt im Haus',
    ],
    disadvantages: [
      'Erfordert eine belastbare Infrastruktur',
      'Höhere Betriebskosten',
      'Langsamerer Eintritt in neue Märkte als über Partner',
      'Jedes Serviceproblem landet bei Ihnen',
    ],
    whenToChoose: {
      segmentExpectations:
        'Wählen Sie diesen Typ, wenn Kunden ein einheitliches Markenerlebnis schätzen und gern direkt beim Hersteller statt in einem vertrauten Geschäft kaufen.',
      acquisitionCost:
        'Sie tragen die gesamten Akquisitionskosten (Marketing, Showrooms, Vertrieb) selbst; das passt zu Marken, die Kunden aus eigener Kraft anziehen.',
      retentionGoal:
        'Wer Beziehung und Daten selbst besitzt, kann leichter nachfassen, personalisieren und Kunden halten.',
      upsellNeed:
        'Stark: Jeder Kontaktpunkt gehört Ihnen, also lassen sich Upgrades, Zubehör und Services anbieten, ohne dass ein Zwischenhändler mitverdient.',
    },
  },
  'indirect': {
    definition:
      'Das Unternehmen erreicht seine Kunden über Vermittler, die verkaufen, beraten und oft auch den Kundendienst ' +
      'übernehmen. Das vergrößert die Reichweite schnell, weil es Netzwerke, Standorte und Vertrauen der Partner nutzt; ' +
      'dafür sieht das Unternehmen weniger von seinen Kunden und hat weniger Einfluss darauf, wie sie behandelt werden.',
    examples: [
      {
        company: 'Volkswagen',
        text: 'Verkauft seine Fahrzeuge in Deutschland über ein Netz von Vertragshändlern und Servicepartnern, die den Verkauf, die Beratung und die Wartung übernehmen.',
      },
      {
        company: 'Toyota',
        text: 'Setzt ebenfalls weltweit auf Händler, um Käufer zu erreichen, und nimmt in Kauf, dass das Erlebnis von Autohaus zu Autohaus verschieden ist.',
      },
      {
        company: 'Procter & Gamble',
        text: 'Die Marken erreichen Kunden über Supermärkte, Drogerien und Onlinehändler, denen der Moment des Kaufs gehört.',
      },
    ],
    advantages: [
      'Erweitert die Marktreichweite schnell',
      'Nutzt Netzwerke und lokales Know-how der Partner',
      'Weniger Investitionen in eigene Infrastruktur',
      'Partner tragen einen Teil der Servicelast',
    ],
    disadvantages: [
      'Weniger Kontrolle über das Kundenerlebnis',
      'Gefahr einer verwässerten Markenbotschaft',
      'Eingeschränkter Zugang zu Kundendaten',
      'Die Marge wird mit Vermittlern geteilt',
    ],
    whenToChoose: {
      segmentExpectations:
        'Passt, wenn Kunden vor Ort kaufen, Marken an einem Ort vergleichen oder in der Nähe von einem Partner betreut werden wollen, dem sie bereits vertrauen.',
      acquisitionCost:
        'Partner bringen bestehende Kundenströme mit und senken so Ihre Kosten, neue Kunden zu erreichen – gegen einen Anteil an jedem Verkauf.',
      retentionGoal:
        'Die Kundenbindung ist schwerer zu steuern, weil die Beziehung beim Partner liegt; Garantien, Apps oder Produktregistrierungen verbinden Kunden wieder mit Ihnen.',
      upsellNeed:
        'Zusatzverkäufe hängen von Anreizen und Schulung der Partner ab: Stimmen Sie Provisionen ab und geben Sie ihnen die Mittel, Erweiterungen zu verkaufen.',
    },
  },
} satisfies TypePages;
