import type { TypePages } from './pages';

/** De typepagina’s in het Nederlands: definitie, voorbeelden, voor- en nadelen, wanneer u het kiest. */
export default {
  'transactional': {
    definition:
      'De relatie duurt precies zo lang als de verkoop: de klant vindt wat hij zoekt, betaalt en vertrekt, vaak zonder ' +
      'iemand te spreken. Veel kopers kopen één keer of zelden en hebben geen reden om terug te komen, dus alles draait ' +
      'om snelheid en gemak in plaats van om loyaliteit. Het is het tegenovergestelde uiterste van een langdurige relatie.',
    examples: [
      {
        company: 'Ben & Jerry’s',
        text: 'Bij de ijsautomaten betaalt een voorbijganger op een warme dag, kiest een smaak en loopt meteen weg met een bakje, zonder dat er personeel aan te pas komt.',
      },
      {
        company: 'Photo-Me',
        text: 'De pasfotohokjes bedienen mensen die eens in de paar jaar foto’s nodig hebben; het enige wat telt is een snelle, betrouwbare sessie.',
      },
      {
        company: 'Coinstar',
        text: 'De muntautomaten in supermarkten maken van een pot kleingeld in een paar minuten contant geld of een tegoedbon, en de meeste gebruikers komen er maar af en toe.',
      },
    ],
    advantages: [
      'Efficiënte, snelle verkoop',
      'Gemakkelijk voor de koper',
      'Weinig klantcontact om te beheren',
      'Goedkoop in gebruik en makkelijk op meer locaties te herhalen',
    ],
    disadvantages: [
      'Oppervlakkige relatie zonder diepgang',
      'Weinig of geen klantloyaliteit',
      'Elke verkoop moet opnieuw worden binnengehaald',
      'Moeilijk om te leren wie uw klanten zijn',
    ],
    whenToChoose: {
      segmentExpectations:
        'Kies het als klanten snel binnen en weer buiten willen zijn, impulsief kopen of het aanbod maar één keer nodig hebben, en elk extra contact als lastig zouden ervaren.',
      acquisitionCost:
        'Werkt als elke koper goedkoop te werven is, bijvoorbeeld door passanten, een goede locatie of zoekmachines, want herhaalaankopen verdienen hoge acquisitiekosten zelden terug.',
      retentionGoal:
        'Past bij bedrijven die niet afhankelijk zijn van terugkerende klanten; hebt u herhaalbezoek nodig, combineer het dan met een langdurig element of een loyaliteitsprogramma.',
      upsellNeed:
        'Beperk upselling tot het moment van verkoop (een grotere maat, een extra topping), want een later moment om meer te verkopen komt er niet.',
    },
  },
  'automated-service': {
    definition:
      'Een rijkere vorm van selfservice waarin software doet wat anders mensen zouden doen, van chatbots die vragen ' +
      'beantwoorden tot systemen die voorstellen wat u hierna kunt kijken of kopen. Algoritmen leren van de ' +
      'geschiedenis van elke klant en van mensen met vergelijkbare gewoonten, zodat de ervaring op maat aanvoelt ' +
      'terwijl er niemand aan te pas komt. De echte kracht zit in relevante suggesties op grote schaal; veel online ' +
      'diensten en abonnementen draaien grotendeels op deze manier.',
    examples: [
      {
        company: 'Netflix',
        text: 'Stelt films en series voor op basis van wat elke kijker al heeft gezien, zodat niemand lang hoeft te zoeken naar iets nieuws.',
      },
      {
        company: 'Bol',
        text: 'Beveelt producten aan op basis van eerdere bestellingen en van wat klanten met een vergelijkbare smaak bekeken of kochten.',
      },
      {
        company: 'LinkedIn',
        text: 'De functie ‘Mensen die u misschien kent’ stelt automatisch nieuwe contacten voor en spoort leden aan hun netwerk uit te breiden.',
      },
      {
        company: 'Spotify',
        text: 'Maakt voor elke luisteraar persoonlijke afspeellijsten zoals Discover Weekly, op basis van wat hij de laatste tijd heeft afgespeeld.',
      },
    ],
    advantages: [
      'Schaalt naar enorme aantallen klanten',
      'Persoonlijke ervaring zonder inzet van personeel',
      'Dag en nacht beschikbaar',
      'Relevante suggesties verhogen gebruik en omzet',
    ],
    disadvantages: [
      'Weinig of geen menselijk contact',
      'Kan onpersoonlijk aanvoelen of de plank misslaan',
      'Te veel automatiseren kost omzet en klanten waar mensen een mens verwachten',
      'Vraagt om data en een investering vooraf in technologie',
    ],
    whenToChoose: {
      segmentExpectations:
        'Kies het voor grote, digitaal vaardige segmenten die snelheid en relevantie belangrijker vinden dan een gesprek; houd voor complexe of gevoelige kwesties een mens achter de hand.',
      acquisitionCost:
        'Past bij klanten bij wie acquisitiekosten en marge geen ruimte laten voor personeelstijd, want een extra gebruiker bedienen kost bijna niets.',
      retentionGoal:
        'Helpt klanten vast te houden als persoonlijke suggesties hen steeds laten terugkomen; let wel op of het ontbreken van menselijk contact het klantverloop ongemerkt opdrijft.',
      upsellNeed:
        'Sterk in cross-selling: aanbevelingssystemen tonen klanten op het juiste moment verwante producten en extra’s.',
    },
  },
  'self-service': {
    definition:
      'Het bedrijf biedt alles wat een klant nodig heeft, maar laat hem zelf zoeken, kiezen, kopen en vaak ook het werk ' +
      'afmaken. Er is geen rechtstreeks contact met personeel; de relatie zit in de inrichting van de winkel, de website ' +
      'of het helpcentrum. De meeste webwinkels, supermarkten en veel abonnementsdiensten werken zo, wat de kosten laag ' +
      'houdt en de klant zelf de regie geeft.',
    examples: [
      {
        company: 'IKEA',
        text: 'Klanten lopen door de showroom, noteren wat ze willen, halen de platte dozen uit het magazijn en zetten de meubels thuis zelf in elkaar.',
      },
      {
        company: 'Albert Heijn',
        text: 'Zoals de meeste supermarkten laat het klanten zelf producten vinden en in het schap vergelijken, en met Zelfscan of bij de zelfscankassa afrekenen zonder hulp te vragen.',
      },
      {
        company: 'Zalando',
        text: 'Zoals bijna overal in de e-commerce bladeren, filteren, bestellen en retourneren klanten volledig zelfstandig online.',
      },
    ],
    advantages: [
      'Kostenefficiënt in gebruik',
      'Geeft klanten regie en gemak',
      'Groeit moeiteloos mee met het volume',
      'Besparingen kunnen worden doorgegeven in lagere prijzen',
    ],
    disadvantages: [
      'Nauwelijks menselijk contact',
      'Frustratie als er iets misgaat en niemand kan helpen',
      'Minder gesprekken om van te leren',
      'Klanten kunnen makkelijk vergelijken en vertrekken',
    ],
    whenToChoose: {
      segmentExpectations:
        'Geschikt voor klanten die weten wat ze willen, op de prijs letten en liever op hun eigen moment handelen dan op hulp te wachten.',
      acquisitionCost:
        'Goed als werving goedkoop is en de marges smal zijn, want service zonder personeel houdt de kosten per klant laag.',
      retentionGoal:
        'Klantbehoud hangt af van een soepele ervaring, dus investeer in heldere hulpinformatie, eenvoudig retourneren en een manier om een mens te bereiken als er iets misgaat.',
      upsellNeed:
        'Verkoop meer via inrichting en prompts (displays, bundels, suggesties bij het afrekenen) in plaats van via gesprekken; voeg automatische aanbevelingen toe als meer verkopen ertoe doet.',
    },
  },
  'personal-assistance': {
    definition:
      'Klanten kunnen een echte medewerker spreken die hen adviseert, vragen beantwoordt en problemen oplost, in de ' +
      'winkel, via een callcenter of per e-mail en chat. Wie beschikbaar is helpt, niet iemand die aan de klant is ' +
      'toegewezen, en het contact houdt vaak op zodra de koop gesloten is, zoals wanneer een verkoper u de kenmerken ' +
      'van een nieuw pak of een nieuwe auto laat zien. Uw eigen teams verkopen en bedienen, wat typisch is voor fysieke ' +
      'winkels, luxe retail, private banking en verkoop met een hoge waarde of aan bedrijven.',
    examples: [
      {
        company: 'Apple',
        text: 'Klanten boeken een afspraak bij de Genius Bar in een Apple Store en krijgen persoonlijke hulp bij problemen en advies van een getrainde medewerker.',
      },
      {
        company: 'Coolblue',
        text: 'Deskundige medewerkers helpen klanten in de winkels, aan de telefoon en via chat het juiste apparaat kiezen en vragen over installatie of reparatie oplossen.',
      },
      {
        company: 'Louis Vuitton',
        text: 'In de boetieks begeleiden verkoopmedewerkers elke klant door de collectie, met de aandacht die kopers van een luxemerk verwachten.',
      },
    ],
    advantages: [
      'Hoge klanttevredenheid',
      'Bouwt vertrouwen en loyaliteit op',
      'Kan complexe vragen en behoeften aan',
      'Medewerkers horen uit de eerste hand wat klanten willen',
    ],
    disadvantages: [
      'Arbeidsintensief: vraagt om goed opgeleide mensen',
      'Hogere bedrijfskosten',
      'Kwaliteit verschilt per medewerker',
      'Groeit alleen door meer personeel aan te nemen',
    ],
    whenToChoose: {
      segmentExpectations:
        'Kies het als de aankoop complex, riskant of emotioneel is en klanten advies verwachten van iemand die het product kent.',
      acquisitionCost:
        'Betaalbaar als orderwaarden of marges hoog genoeg zijn om personeelstijd te bekostigen, zoals bij dure producten en zakelijke deals.',
      retentionGoal:
        'Goede service schept loyaliteit, maar zonder vaste contactpersoon kan de band na de verkoop verwateren; voeg nazorg of een langdurig element toe als herhaalaankopen belangrijk zijn.',
      upsellNeed:
        'Medewerkers zien behoeften en stellen ter plekke accessoires, upgrades of diensten voor, wat het sterk maakt voor aanvullende verkoop.',
    },
  },
  'dedicated-personal-assistance': {
    definition:
      'De meest intieme vorm van hulp: een vaste vertegenwoordiger zorgt langere tijd voor één klant of account, kent ' +
      'diens geschiedenis en voorkeuren en handelt verzoeken persoonlijk af. Het gaat verder dan standaardondersteuning ' +
      'met oplossingen op maat en is gebruikelijk in private banking, bij exclusieve creditcards en in zakelijk key ' +
      'accountmanagement.',
    examples: [
      {
        company: 'American Express',
        text: 'Houders van de Platinum Card kunnen een conciërgedienst bellen die bijvoorbeeld een vlucht en een last minute geboekte hotelkamer voor een zakenreis regelt, tot in elk detail.',
      },
      {
        company: 'J.P. Morgan Private Bank',
        text: 'Vermogende klanten krijgen een eigen private banker toegewezen, die zowel hun bankzaken als hun beleggingen beheert.',
      },
      {
        company: 'Microsoft',
        text: 'Grote zakelijke klanten werken met een vaste accountmanager die hun omgeving kent en support, licenties en verlengingen coördineert.',
      },
    ],
    advantages: [
      'Zeer sterke loyaliteit',
      'Uiterst persoonlijke service op maat',
      'Grondige kennis van de behoeften van elke klant',
      'Vroege signalen van problemen en nieuwe kansen',
    ],
    disadvantages: [
      'Zeer arbeidsintensief',
      'Duur om in stand te houden',
      'De relatie kan met de persoon vertrekken',
      'Loont alleen voor een klein aantal waardevolle klanten',
    ],
    whenToChoose: {
      segmentExpectations:
        'Bewaar het voor segmenten met een hoge waarde, zoals vermogende particulieren of grote zakelijke klanten, die één persoon verwachten die hen kent.',
      acquisitionCost:
        'Gerechtvaardigd als zowel de acquisitiekosten als de klantwaarde hoog zijn, zodat het verlies van één account echt pijn zou doen.',
      retentionGoal:
        'Uitstekend om waardevolle klanten te behouden: door de persoonlijke band en de gedeelde geschiedenis voelt vertrekken als een verlies.',
      upsellNeed:
        'Sterk om accounts uit te bouwen, omdat de vaste contactpersoon nieuwe behoeften vroeg opmerkt en extra producten of diensten kan voorstellen.',
    },
  },
  'co-creation': {
    definition:
      'In plaats van alleen te consumeren, maken klanten het aanbod mee door ideeën in te sturen, te stemmen, feedback ' +
      'te geven, reviews te schrijven of content te uploaden. Het bedrijf groeit naarmate gebruikers bijdragen, en daarom ' +
      'zijn sociale media er volledig van afhankelijk. Het benut de creativiteit van klanten en versterkt meestal hun ' +
      'band, want mensen geven om wat ze zelf hebben helpen bouwen.',
    examples: [
      {
        company: 'LEGO',
        text: 'Op LEGO Ideas sturen fans ontwerpen voor sets in waarop anderen stemmen; gekozen ontwerpen komen in de winkel en de bedenker krijgt een deel van de opbrengst.',
      },
      {
        company: 'YouTube',
        text: 'Bijna alles op het platform wordt gemaakt door creators, wier video’s de kijkers en de adverteerders binnenhalen.',
      },
      {
        company: 'Bol',
        text: 'Vraagt kopers om te beoordelen wat ze hebben gekocht, en die reviews helpen andere klanten bij hun keuze.',
      },
      {
        company: 'Instagram',
        text: 'Net als bij andere sociale media zit de waarde in de foto’s, video’s en reacties die gebruikers voor elkaar plaatsen.',
      },
    ],
    advantages: [
      'Sterke betrokkenheid van klanten',
      'Benut de creativiteit en ideeën van klanten',
      'Content en producten tegen lage kosten gemaakt',
      'Sterk gevoel van eigenaarschap en verbondenheid met het merk',
    ],
    disadvantages: [
      'Kost veel tijd om te begeleiden',
      'Kan flink wat moderatie en beheer vergen',
      'De kwaliteit van bijdragen wisselt',
      'Bijdragers kunnen erkenning of beloning verwachten',
    ],
    whenToChoose: {
      segmentExpectations:
        'Past bij segmenten met gepassioneerde, creatieve of deskundige gebruikers die het product willen vormgeven en daarvoor erkend willen worden.',
      acquisitionCost:
        'Bijdragen als reviews en gedeelde content werken als gratis marketing en sociaal bewijs, waardoor het werven van nieuwe klanten goedkoper wordt.',
      retentionGoal:
        'Bijdragers blijven meestal, omdat ze moeite en identiteit in het platform hebben gestoken; maak hun werk zichtbaar en laat zien dat u het waardeert.',
      upsellNeed:
        'Minder direct voor upselling, maar producten die samen met klanten zijn ontworpen komen op de markt met een publiek dat al klaarstaat om te kopen.',
    },
  },
  'community': {
    definition:
      'Het bedrijf biedt of ondersteunt een plek, zoals een online forum, een gebruikersgroep, een meetup of een ' +
      'sociaal kanaal, waar klanten kennis uitwisselen en elkaar helpen. Veel van de ondersteuning en betrokkenheid komt ' +
      'van andere gebruikers en niet van personeel, dus het werkt alleen zolang leden actief blijven. Het geeft mensen ' +
      'het gevoel ergens bij te horen rond een gedeelde interesse en laat het bedrijf goed luisteren naar wat ze zeggen.',
    examples: [
      {
        company: 'Adobe',
        text: 'Op de creatieve forums en communitypagina’s plaatsen gebruikers hun werk, krijgen ze feedback en doen ze mee aan uitdagingen, zodat ze van elkaar leren.',
      },
      {
        company: 'Avid',
        text: 'Gebruikers van de videobewerkingssoftware zoeken op een prikbord naar eerdere antwoorden of stellen een vraag die andere gebruikers beantwoorden.',
      },
      {
        company: 'Apple',
        text: 'In de Apple Support Communities beantwoorden eigenaren elkaars vragen over hun apparaten.',
      },
      {
        company: 'GitHub',
        text: 'Ontwikkelaars werken samen aan code, bespreken problemen en delen hun kennis, en die activiteit vormt een groot deel van de waarde van het product.',
      },
      {
        company: 'Monzo',
        text: 'Alleen al in 2016 organiseerde de digitale bank meer dan 100 bijeenkomsten zoals hackathons en meetups, naast een openbaar forum voor feedback.',
      },
    ],
    advantages: [
      'Versterkt loyaliteit',
      'Betrokkenheid rond gedeelde interesses',
      'Hulp van gebruikers onderling verlaagt supportkosten',
      'Direct inzicht in behoeften en ideeën van klanten',
    ],
    disadvantages: [
      'Vraagt actieve moderatie en begeleiding',
      'Negatieve of vijandige discussies kunnen zich verspreiden',
      'Afhankelijk van vrijwilligers die betrokken blijven',
      'Verkeerd advies van andere gebruikers kan ongecontroleerd blijven',
    ],
    whenToChoose: {
      segmentExpectations:
        'Kies het als klanten een passie, een vak of een complex product delen en graag van gelijken leren.',
      acquisitionCost:
        'Openbare discussies en antwoorden trekken nieuwkomers via zoekmachines en mond-tot-mondreclame, wat de acquisitiekosten helpt te drukken.',
      retentionGoal:
        'Sterk voor klantbehoud: leden die zich deel van een groep voelen en anderen hebben geholpen, vertrekken niet snel.',
      upsellNeed:
        'Gemiddeld; leden laten geavanceerd gebruik zien, wat anderen richting premiumfuncties of extra’s duwt.',
    },
  },
  'fans': {
    definition:
      'Sommige klanten doen meer dan kopen: ze houden van het merk, dragen het, komen naar de evenementen en worden lid ' +
      'van de clubs. Het bedrijf voedt die passie met exclusieve bijeenkomsten, lidmaatschappen en erkenning, en in ruil ' +
      'worden fans onbetaalde ambassadeurs die het merk in hun eigen kring aanprijzen.',
    examples: [
      {
        company: 'Harley-Davidson',
        text: 'Eigenaren sluiten zich aan bij chapters van de Harley Owners Group, rijden naar exclusieve rally’s en dragen de kleding van het merk, waarmee ze uit puur enthousiasme nieuwe rijders werven.',
      },
      {
        company: 'Jeep',
        text: 'Bestuurders groeten elkaar onderweg en ontmoeten elkaar op offroadevenementen zoals de Jeep Jamboree-weekenden, waardoor een auto een identiteit wordt.',
      },
      {
        company: 'Lululemon',
        text: 'Werft lokale instructeurs en sporters als ambassadeurs die het merk vertegenwoordigen in hun studio’s en buurten.',
      },
    ],
    advantages: [
      'Sterke mond-tot-mondreclame',
      'Hoge klantloyaliteit',
      'Aanbevelingen verlagen de marketingkosten',
      'Veerkracht als concurrenten hun prijzen verlagen',
    ],
    disadvantages: [
      'Moeilijk om het enthousiasme lang hoog te houden',
      'Exclusiviteit kan nieuwkomers afschrikken',
      'Fans reageren fel op impopulaire veranderingen',
      'Lastig om bewust te creëren',
    ],
    whenToChoose: {
      segmentExpectations:
        'Past bij producten die verbonden zijn met identiteit, levensstijl of passie (motoren, sport, muziek, gaming), waar klanten erbij willen horen en dat willen laten zien.',
      acquisitionCost:
        'Fans werven gratis anderen, dus zodra er een kerngroep is, kunnen de acquisitiekosten flink dalen.',
      retentionGoal:
        'Uitstekend voor loyaliteit, maar alleen zolang u de passie blijft voeden met evenementen, toegang en erkenning.',
      upsellNeed:
        'Fans kopen graag merchandise, upgrades en belevenissen; beperkte oplagen en aanbiedingen alleen voor leden werken goed.',
    },
  },
  'long-term': {
    definition:
      'Het bedrijf blijft lang na de eerste aankoop in contact, met regelmatige updates, ondersteuning, nieuwe functies ' +
      'en maatwerk die het aanbod de moeite waard houden. Het is het andere uiterste van eenmalige transacties en gaat ' +
      'meestal samen met een terugkerende betaling, zoals een abonnement, lidmaatschap of servicecontract. Ook ' +
      'loyaliteitsprogramma’s die mensen belonen voor hun terugkeer horen hierbij.',
    examples: [
      {
        company: 'Salesforce',
        text: 'Bedrijven nemen een abonnement op de CRM en krijgen een gestage stroom updates, nieuwe functies en support, zodat het product jaar na jaar zijn plek blijft verdienen.',
      },
      {
        company: 'Costco',
        text: 'Klanten betalen een jaarlijkse lidmaatschapsbijdrage, en de lage prijzen en voordelen zijn erop gericht dat de meesten die verlengen.',
      },
      {
        company: 'Albert Heijn',
        text: 'Met de Bonuskaart en de app krijgen klanten persoonlijke aanbiedingen en kortingen bij elke boodschappenronde, wat hen aanmoedigt steeds terug te komen.',
      },
    ],
    advantages: [
      'Blijvende betrokkenheid',
      'Voorspelbare, terugkerende inkomsten',
      'Hogere klantwaarde over de hele looptijd',
      'Tijd om bij elke klant te leren en te verbeteren',
    ],
    disadvantages: [
      'U moet waarde blijven leveren om verlengingen te verdienen',
      'Klanten kunnen de relatie beu worden',
      'Doorlopende investering in updates en ondersteuning',
      'Klantverloop doet pijn zodra de waarde terugloopt',
    ],
    whenToChoose: {
      segmentExpectations:
        'Kies het als klanten uw aanbod keer op keer of doorlopend gebruiken en willen dat het beter wordt zonder opnieuw te hoeven kopen.',
      acquisitionCost:
        'Onmisbaar als werven duur is, want die kosten verdient u pas terug na maanden of jaren aan terugkerende inkomsten.',
      retentionGoal:
        'Dit is het type voor retentiedoelen: volg verlengingen en klantverloop, en blijf waarde toevoegen zodat klanten altijd een reden hebben om te blijven.',
      upsellNeed:
        'Een goede basis voor upselling, omdat een blijvende relatie geregeld momenten schept om hogere niveaus en extra’s aan te bieden.',
    },
  },
  'switching-costs': {
    definition:
      'Klanten blijven aan de relatie vastzitten door drempels om te vertrekken: contracten, financiering, opgeslagen gegevens, ' +
      'aangeleerde werkwijzen of investeringen die verloren gaan bij een overstap naar een concurrent. Zodra klanten ' +
      'tijd en moeite in uw product hebben gestoken, wordt wisselen van aanbieder financieel of praktisch pijnlijk. Het ' +
      'bedrijf dat als eerste zulke banden in een markt smeedt, wint het meest, omdat het de klanten al heeft voordat ' +
      'concurrenten verschijnen.',
    examples: [
      {
        company: 'T-Mobile',
        text: 'Wie een telefoon op afbetaling koopt, zit aan de provider vast tot die helemaal is afbetaald; eerder vertrekken betekent het restbedrag voldoen, mogelijk een negatieve kredietregistratie en veel gedoe.',
      },
      {
        company: 'Apple',
        text: 'Foto’s in iCloud, gekochte apps en iMessage maken de overstap van een iPhone naar een ander platform omslachtig, dus veel gebruikers blijven binnen het ecosysteem.',
      },
      {
        company: 'SAP',
        text: 'Bedrijven besteden jaren aan het inrichten van de ERP-software rond hun processen, dus vervangen betekent een dure datamigratie en opnieuw opleiden.',
      },
    ],
    advantages: [
      'Hoog klantbehoud',
      'Concurrenten krijgen klanten moeilijk over de streep',
      'Stabiele, voorspelbare inkomstenbasis',
      'Beloont wie als eerste in een markt is',
    ],
    disadvantages: [
      'Kan wrevel bij klanten wekken',
      'Beperkt de bewegingsvrijheid van klanten',
      'Klanten die vastzitten vertrekken, en klagen, zodra het kan',
      'Kan de aandacht van toezichthouders trekken',
    ],
    whenToChoose: {
      segmentExpectations:
        'Werkt waar klanten moeite steken in inrichting, gegevens of leren, of een verplichting aanvaarden in ruil voor een betere prijs of een beter toestel.',
      acquisitionCost:
        'Nuttig als het werven van een klant duur of gesubsidieerd is (een telefoon met korting, gratis onboarding) en u tijd nodig hebt om dat terug te verdienen.',
      retentionGoal:
        'Levert sterk klantbehoud op, maar combineer het met echte waarde: klanten die alleen blijven omdat het moet, vertrekken zodra de drempel wegvalt.',
      upsellNeed:
        'Een klant die vastzit staat open voor extra’s binnen het ecosysteem, maar upselling bovenop lock-in voelt al snel als uitbuiting.',
    },
  },
  'direct': {
    definition:
      'Het bedrijf voert de hele relatie via eigen kanalen, zoals de website, de app, het verkoopteam of de winkels, ' +
      'zonder dealers of detaillisten ertussen. Dat geeft volledige controle over prijzen, informatie en service, en ' +
      'klantgegevens en feedback komen rechtstreeks bij het bedrijf terecht. In ruil daarvoor moet het dat allemaal zelf ' +
      'opbouwen en draaiende houden.',
    examples: [
      {
        company: 'Tesla',
        text: 'Kopers bestellen op de website van Tesla en halen de auto op in een showroom van het bedrijf, zodat informatie en behandeling van begin tot eind consistent blijven.',
      },
      {
        company: 'Warby Parker',
        text: 'Verkoopt zijn brillen via de eigen website en winkels, met een thuispasservice, in plaats van via zelfstandige opticiens.',
      },
      {
        company: 'Dell',
        text: 'Maakte naam door klanten computers rechtstreeks bij de fabrikant te laten samenstellen en bestellen, eerst telefonisch en later online.',
      },
    ],
    advantages: [
      'Volledige controle over de klantervaring',
      'Bouwt sterke relaties op',
      'Klantgegevens en feedback uit de eerste hand',
      'Houdt de marge die een tussenpersoon zou nemen',
    ],
    disadvantages: [
      'Vraagt een stevige infrastructuur',
      'Hogere bedrijfskosten',
      'Nieuwe markten betreden gaat trager dan via partners',
      'Elk serviceprobleem komt bij u terecht',
    ],
    whenToChoose: {
      segmentExpectations:
        'Kies het als klanten een consistente merkervaring waarderen en graag bij de maker kopen in plaats van in een vertrouwde winkel.',
      acquisitionCost:
        'U draagt alle acquisitiekosten zelf (marketing, showrooms, verkopers), dus het past bij merken die op eigen kracht klanten kunnen aantrekken.',
      retentionGoal:
        'Wie de relatie en de gegevens in handen heeft, kan klanten makkelijker opvolgen, persoonlijk benaderen en behouden.',
      upsellNeed:
        'Sterk: elk contactpunt is van u, dus upgrades, accessoires en diensten kunt u aanbieden zonder dat een tussenpersoon een deel opstrijkt.',
    },
  },
  'indirect': {
    definition:
      'Het bedrijf bereikt klanten via tussenpersonen die verkopen, adviseren en vaak ook de service na verkoop leveren. ' +
      'Dat vergroot het bereik snel doordat het de netwerken, locaties en het vertrouwen van partners leent, maar het ' +
      'bedrijf ziet minder van zijn klanten en heeft minder te zeggen over hoe ze worden behandeld.',
    examples: [
      {
        company: 'Ford',
        text: 'Verkoopt zijn auto’s via een netwerk van zelfstandige dealers die de verkoop, de klantenservice en het onderhoud verzorgen.',
      },
      {
        company: 'Toyota',
        text: 'Vertrouwt eveneens op dealers om kopers wereldwijd te bereiken en neemt op de koop toe dat de ervaring per dealer verschilt.',
      },
      {
        company: 'Procter & Gamble',
        text: 'De merken bereiken consumenten via supermarkten, drogisterijen en webwinkels, die het moment van aankoop in handen hebben.',
      },
    ],
    advantages: [
      'Vergroot het marktbereik snel',
      'Benut netwerken en lokale kennis van partners',
      'Minder investering in eigen infrastructuur',
      'Partners nemen een deel van de service op zich',
    ],
    disadvantages: [
      'Minder controle over de klantervaring',
      'Risico op een verwaterde merkboodschap',
      'Beperkte toegang tot klantgegevens',
      'Marge gedeeld met tussenpersonen',
    ],
    whenToChoose: {
      segmentExpectations:
        'Past als klanten lokaal willen kopen, merken op één plek willen vergelijken of service dichtbij willen van een partner die ze al vertrouwen.',
      acquisitionCost:
        'Partners brengen bestaande klantenstromen mee en verlagen zo uw kosten om nieuwe klanten te bereiken, in ruil voor een deel van elke verkoop.',
      retentionGoal:
        'Klantbehoud is lastiger te sturen omdat de partner de relatie bezit; ondersteun het met garanties, apps of productregistratie die klanten aan u binden.',
      upsellNeed:
        'Upselling hangt af van de prikkels en training van partners, dus stem commissies af en geef hun de middelen om extra’s te verkopen.',
    },
  },
} satisfies TypePages;
