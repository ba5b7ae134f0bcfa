import type { GuideTexts } from './pages';
import CHECKS from './checks.nl';

/** De gids bij het bouwblok Klantrelaties, in het Nederlands: dezelfde id’s en volgorde als de Engelse gids. */
export default {
  intro:
    'Het bouwblok Klantrelaties beschrijft hoe u contact legt en onderhoudt met elk Klantsegment dat u bedient. ' +
    'Een relatie kan overal liggen tussen volledig menselijk en volledig geautomatiseerd, en overal tussen één ' +
    'aankoop en een band die jaren meegaat. Wat u kiest, bepaalt de toon van de ervaring die mensen met u hebben ' +
    'en hoe vaak ze terugkomen.',

  whyItMatters:
    'Hoe u klanten behandelt, bepaalt hoeveel u er wint, hoeveel er blijven en hoeveel elk van hen op termijn waard ' +
    'is (de klantwaarde over de hele looptijd, vaak afgekort tot LTV of CLV). Goede relaties leveren herhaalaankopen, ' +
    'loyaliteit en mond-tot-mondreclame op en houden het klantverloop laag; zwakke relaties laten klanten weglekken ' +
    'voor wie u al hebt betaald. In drukke markten kan juist de relatie het verschil maken, zoals Apple en Amazon ' +
    'laten zien: een groot deel van hun succes komt voort uit hoe ze voor hun klanten zorgen.',

  keyQuestions: [
    'Per segment: welk soort relatie verwachten deze klanten van ons?',
    'Wat kost het ons om elke relatie in stand te houden, aan mensen, middelen en tijd?',
    'Hoe past de relatie bij onze kanalen, waardepropositie, inkomsten en kosten?',
    'Ligt onze prioriteit op dit moment bij het werven van nieuwe klanten, het behouden van bestaande klanten of hun meer verkopen?',
    'Welke relaties bieden concurrenten, en waar kunnen wij het beter of gewoon anders doen?',
    'Wat zou klanten trouwer aan ons maken dan ze nu zijn?',
    'Welke delen van de relatie kunnen we automatiseren zonder te verliezen wat klanten waarderen?',
    'Verdient een sterk persoonlijke service zichzelf terug, of zou een lichtere aanpak klanten net zo goed helpen?',
    'Hebben sommige groepen klanten een ander soort relatie nodig dan de rest?',
    'Welk type bij ons past, hangt af van wat een nieuwe klant kost om te werven, hoe lang we hem willen houden en of we hem later extra’s of verwante producten willen verkopen: welke van deze factoren weegt hier het zwaarst?',
    'Is de relatie die klanten zeggen te willen er ook een die wij kunnen betalen en volhouden? Zoek het evenwicht tussen hun wensen en ons model.',
  ],

  principles: [
    'Stem de relatie af op wat elk segment verwacht en waarvoor het wil betalen; premiumservice voor prijsbewuste kopers is weggegooid geld.',
    'Steek uw tijd en budget in relaties die op lange termijn waarde creëren, niet alleen in de relaties die de volgende verkoop binnenhalen.',
    'Laat technologie het persoonlijke contact verder dragen: persoonlijke berichten, slimme aanbevelingen en goede tools laten een klein team aandacht hebben voor veel klanten.',
    'Geef klanten een plek om elkaar rond uw product te ontmoeten, zodat ze elkaar helpen, ideeën delen en zich ergens bij voelen horen.',
    'Vraag klanten vaak om feedback en laat daarna zien wat u er dankzij hen aan hebt veranderd.',
    'Meet tevredenheid en loyaliteit volgens een vast ritme in plaats van te raden hoe klanten zich voelen.',
    'Train uw team zodat elke klant dezelfde kwaliteit ervaart, met wie hij ook spreekt en via welk kanaal hij u ook bereikt.',
    'Weeg automatisering zorgvuldig af: het verlaagt de kosten van het bedienen van klanten, maar op de verkeerde plek kost het u omzet en trouwe klanten.',
    'Houd het perspectief van de klant steeds voor ogen. De schrijver Orison Swett Marden noemde dit de gulden regel van het zakenleven: verplaats u in de positie van uw klant.',
  ],

  combining: [
    {
      title: 'Een andere relatie per segment',
      text: 'Segmenten willen zelden hetzelfde. Een bank kan vermogende klanten bijvoorbeeld een persoonlijke adviseur geven, terwijl de meeste rekeninghouders hun geldzaken zelf via de app regelen.',
    },
    {
      title: 'Meerdere kanalen naast elkaar',
      text: 'Eén bedrijf kan klanten op meer dan één manier tegelijk bedienen. Een softwarebedrijf kan automatische hulpartikelen aanbieden, een gebruikersforum hosten en toch mensen beschikbaar houden voor directe ondersteuning.',
    },
    {
      title: 'Typen die elkaar aanvullen',
      text: 'Door typen te combineren kan de hele ervaring sterker worden. Een webwinkel kan automatisch producten aanbevelen en klanten ook laten chatten met een medewerker als ze vastlopen.',
    },
    {
      title: 'Relaties veranderen in de loop van de tijd',
      text: 'De meeste bedrijven gebruiken meer dan één type, en de mix verschuift naarmate het bedrijf groeit en klanten volwassener worden; bekijk het bouwblok dus regelmatig opnieuw in plaats van het als vaststaand te beschouwen.',
    },
  ],

  fillingSteps: [
    {
      title: 'Ontdek wat klanten verwachten',
      text: 'Zoek uit welk soort contact elk segment zoekt voordat u iets kiest. Gebruik enquêtes, interviews en breder marktonderzoek: willen ze een mens die hen helpt, middelen om zichzelf te helpen, andere gebruikers om van te leren, of een mix?',
    },
    {
      title: 'Plan Werven, Behouden en Uitbouwen',
      text: 'Zoom in op het bouwblok, zoals het Value Proposition Canvas inzoomt op segmenten en waardeproposities. Teken drie vakken (Werven, Behouden, Uitbouwen) en noteer per fase de concrete tactieken die u gaat inzetten; combineer ze naar believen.',
    },
    {
      title: 'Vat het samen op het canvas',
      text: 'Terug op het Business Model Canvas schrijft u een korte titel die de strategie vangt, bijvoorbeeld ‘Selfservice-app, persoonlijke adviseurs voor zakelijke klanten, gebruikerscommunity’. De details blijven in uw raster Werven, Behouden, Uitbouwen.',
    },
    {
      title: 'Houd het canvas een eenvoudig verhaal',
      text: 'Het canvas moet een verhaal vertellen dat anderen in één oogopslag volgen. U doet veel voorbereidend werk om daar te komen, maar dat hoeft u niet allemaal te tonen; Alex Osterwalder, de bedenker van het canvas, waarschuwt dat mensen bedelven onder details neerkomt op ‘cognitieve moord’.',
    },
    {
      title: 'Ga zo nodig dieper met een aanvulling',
      text: 'Wilt u een speciaal hulpmiddel om dit bouwblok grondiger te verkennen, kijk dan naar het Customer Connection Canvas, een aanvulling bedacht door Hani W. Naguib.',
    },
    {
      title: 'Controleer de verbanden met andere bouwblokken',
      text: 'Alle bouwblokken van het canvas hangen samen, dus een wijziging in uw relaties werkt door in kanalen, kosten, inkomsten en meer. Loop de vragen voor elk aangrenzend bouwblok na voordat u een definitieve versie vastlegt.',
    },
  ],

  phases: [
    {
      id: 'get',
      name: 'Werven',
      goal: 'Hoe trekken we nieuwe klanten aan en winnen we ze voor ons?',
      meaning:
        'Werven omvat alles wat vreemden in klanten verandert: bekendheid en interesse wekken, en mensen vervolgens overtuigen zich aan te melden of voor het eerst te kopen.',
      tactics: [
        'Persrelaties en media-aandacht voor en tijdens de lancering',
        'Aanwezigheid en campagnes op sociale media',
        'Aanbevelingen en mond-tot-mondreclame van vroege gebruikers',
        'Nuttige content: artikelen, video’s, handleidingen',
        'Schaarste: wachtlijsten, toegang alleen op uitnodiging, beperkte eerste uitgaven',
        'Gratis proefperiodes, freemium-abonnementen of demo’s',
        'Partnerschappen en evenementen die u bij het juiste segment onder de aandacht brengen',
      ],
      metrics: ['cac', 'conversion-rate', 'activation-rate', 'referral-rate'],
    },
    {
      id: 'keep',
      name: 'Behouden',
      goal: 'Hoe houden we klanten tevreden en voorkomen we dat ze vertrekken?',
      meaning:
        'Behouden draait om het vasthouden van de klanten die u al hebt gewonnen, door ze goed te bedienen en ze redenen te geven om trouw te blijven in plaats van naar een concurrent af te drijven.',
      tactics: [
        'Uitstekende klantenservice die snel reageert',
        'Regelmatig contact: updates, nieuwsbrieven, persoonlijke check-ins',
        'Loyaliteitsprogramma’s en beloningen voor leden',
        'Communityevenementen, meetups en forums',
        'Transparantie: een openbare roadmap en eerlijke voortgangsberichten',
        'Productfuncties die deel worden van de dagelijkse routine van klanten',
        'Zichtbaar iets doen met feedback van klanten',
      ],
      metrics: ['churn', 'retention-rate', 'nps', 'csat', 'ces', 'engagement'],
    },
    {
      id: 'grow',
      name: 'Uitbouwen',
      goal: 'Hoe vergroten we wat elke klant voor ons waard is?',
      meaning:
        'Uitbouwen betekent de waarde van bestaande klanten verhogen: ze meer laten besteden, verwante producten laten kopen en anderen namens u laten aanbrengen.',
      tactics: [
        'Upselling naar premiumniveaus of uitgebreidere abonnementen',
        'Cross-selling van verwante producten en extra’s',
        'Doorverwijsprogramma’s die zowel de aanbrenger als de nieuwe klant belonen',
        'Klanten laten investeren, bijvoorbeeld via crowdfunding',
        'Fans omvormen tot pleitbezorgers en ambassadeurs van het merk',
        'Bundels en volume- of jaarabonnementen',
      ],
      metrics: ['clv', 'arpu', 'expansion-revenue', 'repeat-purchase-rate', 'referral-rate'],
    },
  ],

  frameworkOrigin:
    'Werven, Behouden, Uitbouwen (in het Engels Get, Keep, Grow) is bedacht door Steve Blank, de ondernemer en docent die vaak wordt genoemd als grondlegger van het moderne startuponderwijs, en wordt uitgelegd in The Startup Owner’s Manual, het boek dat hij samen met Bob Dorf schreef.',

  caseStudy: {
    company: 'Monzo',
    intro:
      'Monzo, een Britse digitale bank, is een goed gedocumenteerd voorbeeld van Werven, Behouden, Uitbouwen in de praktijk. Oud-CEO Tom Blomfield beschreef later uitgebreid met welke tactieken het team de eerste klantenkring opbouwde.',
    steps: [
      {
        phase: 'get',
        title: 'Persaandacht vóór de lancering',
        text: 'Vanaf februari 2015 gingen de oprichters aan de slag met een nieuw soort bank en zetten ze vol in op pr. Ze vertelden journalisten openlijk over hun plannen, en artikelen in TechCrunch, The Guardian en Bloomberg wekten verwachtingen terwijl het product nog niet te krijgen was.',
      },
      {
        phase: 'get',
        title: 'Exclusieve alfapassen',
        text: 'In 2015 bracht Monzo prepaidpassen uit in een alfatest voor maximaal 3.000 mensen. Het idee kwam van de start van Gmail, dat alleen op uitnodiging werkte: door de limiet voelden de passen zeldzaam, en de gelukkige eerste gebruikers verspreidden het nieuws maar al te graag.',
      },
      {
        phase: 'get',
        title: 'Golden Tickets',
        text: 'In 2017 konden bestaande klanten ‘Golden Tickets’ uitdelen waarmee vrienden de wachtlijst konden overslaan. Zo’n 40% van de nieuwe aanmeldingen dat jaar kwam op die manier binnen, en die groei kostte niets extra.',
      },
      {
        phase: 'keep',
        title: 'Gebruikers in levenden lijve ontmoeten',
        text: 'In de loop van 2016 organiseerde Monzo meer dan 100 live-evenementen, zoals hackathons en meetups, om gebruikers persoonlijk te ontmoeten en te horen wat ze verbeterd wilden zien.',
      },
      {
        phase: 'keep',
        title: 'Bouwen in alle openheid',
        text: 'Het bedrijf maakte zijn productroadmap openbaar en hield klanten via zijn blog en sociale media op de hoogte van vooruitgang en tegenslagen, wat vertrouwen opleverde.',
      },
      {
        phase: 'keep',
        title: 'Een product dat mensen elke dag gebruiken',
        text: 'Functies zoals directe meldingen bij elke betaling, rekeningen eenvoudig delen, geld naar vrienden sturen en een vriendelijke app maakten Monzo deel van het dagelijks leven en hielden klanten betrokken.',
      },
      {
        phase: 'grow',
        title: 'Klanten worden investeerders',
        text: 'Begin 2016 was een crowdfundingronde van 1 miljoen pond in 96 seconden uitverkocht. Het bedrag per persoon was begrensd zodat meer mensen konden meedoen, en klanten mochten eerder instappen dan het grote publiek, wat hun betrokkenheid verdiepte.',
      },
      {
        phase: 'grow',
        title: 'Een merk gebouwd op openheid',
        text: 'Monzo verankerde zijn merk in community en transparantie en handelde daar ook naar, bijvoorbeeld door de naamswijziging van Mondo naar Monzo openlijk samen met klanten aan te pakken. Veel gebruikers werden trotse pleitbezorgers.',
      },
      {
        phase: 'grow',
        title: 'Premiumrekeningen en beloning voor beide kanten',
        text: 'Later verkocht Monzo uitgebreidere rekeningen met extra’s zoals een reisverzekering en een hogere rente op spaargeld, en beloonde het beide partijen bij een doorverwijzing, zodat tevreden klanten nieuwe klanten aanbrachten.',
      },
    ],
  },

  ...CHECKS,

  metrics: [
    {
      id: 'nps',
      name: 'Net Promoter Score',
      short: 'NPS',
      description: 'Hoe waarschijnlijk het is dat klanten u aanbevelen, op een schaal van 0 tot 10; het aandeel promotors min het aandeel criticasters.',
    },
    {
      id: 'csat',
      name: 'Klanttevredenheidsscore (CSAT)',
      short: 'CSAT',
      description: 'Het aandeel klanten dat een product, contact of aankoop als bevredigend beoordeelt, meestal direct daarna gevraagd.',
    },
    {
      id: 'ces',
      name: 'Customer Effort Score',
      short: 'CES',
      description: 'Hoe makkelijk klanten het vonden om iets bij u gedaan te krijgen, zoals een probleem oplossen of een taak afronden.',
    },
    {
      id: 'clv',
      name: 'Customer Lifetime Value',
      short: 'CLV',
      description: 'De totale winst of omzet die u van één klant verwacht over de hele periode dat hij klant blijft.',
    },
    {
      id: 'churn',
      name: 'Klantverloop (churn)',
      short: 'Klantverloop',
      description: 'Het percentage klanten dat in een bepaalde periode stopt met kopen of opzegt.',
    },
    {
      id: 'retention-rate',
      name: 'Retentiegraad',
      short: 'Retentie',
      description: 'Het percentage klanten aan het begin van een periode dat aan het eind nog steeds klant is.',
    },
    {
      id: 'cac',
      name: 'Klantacquisitiekosten',
      short: 'CAC',
      description: 'Wat het gemiddeld aan marketing en verkoop kost om één nieuwe klant te winnen.',
    },
    {
      id: 'conversion-rate',
      name: 'Conversieratio',
      short: 'Conversie',
      description: 'Het aandeel prospects, bezoekers of proefgebruikers dat betalende klant wordt.',
    },
    {
      id: 'repeat-purchase-rate',
      name: 'Herhaalaankoopratio',
      short: 'Herhaalaankopen',
      description: 'Het aandeel klanten dat binnen een periode meer dan eens bij u koopt.',
    },
    {
      id: 'arpu',
      name: 'Gemiddelde omzet per gebruiker',
      short: 'ARPU',
      description: 'De totale omzet over een periode gedeeld door het aantal klanten of gebruikers in die periode.',
    },
    {
      id: 'expansion-revenue',
      name: 'Expansieomzet',
      short: 'Expansie',
      description: 'Extra omzet van bestaande klanten door upgrades, extra’s, cross-selling of intensiever gebruik.',
    },
    {
      id: 'referral-rate',
      name: 'Doorverwijzingsratio',
      short: 'Doorverwijzingen',
      description: 'Het aandeel nieuwe klanten dat binnenkomt via aanbevelingen of doorverwijzingen van bestaande klanten.',
    },
    {
      id: 'engagement',
      name: 'Klantbetrokkenheid',
      short: 'Betrokkenheid',
      description: 'Hoe vaak en hoe intensief klanten uw product gebruiken of contact met u hebben, bijvoorbeeld actieve dagen of sessies per week.',
    },
    {
      id: 'active-members',
      name: 'Actieve communityleden',
      short: 'Actieve leden',
      description: 'Het aantal communityleden dat in een periode iets plaatst, reageert of meedoet, niet alleen het aantal aanmeldingen.',
    },
    {
      id: 'contributions',
      name: 'Bijdragen van klanten',
      short: 'Bijdragen',
      description: 'Hoeveel klanten in een periode voor u maken, zoals reviews, ideeën, ontwerpen, antwoorden of content.',
    },
    {
      id: 'resolution-time',
      name: 'Oplostijd',
      short: 'Oplostijd',
      description: 'De gemiddelde tijd tussen het moment dat een klant een probleem meldt en het moment dat het volledig is opgelost.',
    },
    {
      id: 'self-service-rate',
      name: 'Selfservicegraad',
      short: 'Selfservice',
      description: 'Het aandeel klantvragen of taken dat zonder hulp van medewerkers wordt afgehandeld, bijvoorbeeld via hulpartikelen of de app.',
    },
    {
      id: 'activation-rate',
      name: 'Activatieratio',
      short: 'Activatie',
      description: 'Het aandeel nieuwe aanmeldingen dat het eerste echte waardemoment bereikt, zoals de installatie afronden of een eerste aankoop doen.',
    },
  ],

  faq: [
    {
      question: 'Welk type klantrelatie is het beste?',
      answer:
        'Geen enkel type is in het algemeen het beste. De juiste keuze hangt af van uw segmenten, uw waardepropositie en uw businessmodel. Een goede relatie geeft klanten wat ze verwachten en is voor u ook economisch zinvol, zodat uw bedrijf haar kan blijven bieden.',
    },
    {
      question: 'Moet ik meer moeite steken in het werven van nieuwe klanten of in het behouden van bestaande?',
      answer:
        'Een klant vasthouden is meestal goedkoper dan een nieuwe vinden, dus klantbehoud betaalt zich vaak goed terug. De juiste balans hangt wel af van uw fase en groeidoelen: een jonge startup heeft misschien eerst werving nodig. In de praktijk werken de meeste succesvolle bedrijven aan allebei.',
    },
    {
      question: 'Hoe weet ik of mijn klantrelaties werken?',
      answer:
        'Door ze te meten. Nuttige cijfers zijn onder meer het klantverloop, hoe betrokken klanten zijn, hun klantwaarde over de looptijd (CLV), tevredenheidsscores (CSAT) en de Net Promoter Score (NPS). Kies er een paar die weerspiegelen wat uw relatiestrategie wil bereiken, en volg ze geregeld.',
    },
    {
      question: 'Kan ik meer dan één relatietype gebruiken?',
      answer:
        'Ja, en de meeste bedrijven doen dat ook: verschillende typen voor verschillende segmenten, meerdere manieren om dezelfde klant te helpen, of typen die elkaar aanvullen. Zet de belangrijkste als korte titel op het canvas.',
    },
    {
      question: 'Wat is het verschil tussen Klantrelaties en Kanalen?',
      answer:
        'Kanalen beschrijven de wegen waarlangs u klanten bereikt, aan hen verkoopt en aan hen levert. Klantrelaties beschrijven het soort band dat u langs die wegen opbouwt: persoonlijk of geautomatiseerd, eenmalig of langdurig.',
    },
  ],
} satisfies GuideTexts;
