import type { GuideChecks } from '../../catalogue/checks';

/** The guide's common mistakes and block questions (what the health check names and asks); the guide spreads them. */
export default {
  mistakes: [
    {
      id: 'one-size-fits-all',
      title: 'Elke klant hetzelfde behandelen',
      why: 'Segmenten verschillen in wat ze verwachten en waarvoor ze willen betalen, dus één aanpak geeft sommige klanten te veel en stelt andere teleur.',
      fix: 'Bepaal een relatie voor elk segment, ook als meerdere segmenten uiteindelijk hetzelfde type delen.',
    },
    {
      id: 'underinvesting-in-retention',
      title: 'Te weinig investeren in klantbehoud',
      why: 'Gaat alle energie naar werving, dan vertrekken klanten stilletjes en is het geld dat u aan hun werving hebt besteed verloren.',
      fix: 'Plan tactieken voor Behouden even zorgvuldig als die voor Werven, en reserveer budget voor service, betrokkenheid en loyaliteit.',
    },
    {
      id: 'ignoring-feedback',
      title: 'Niet naar klanten luisteren',
      why: 'Zonder feedback ziet u problemen niet op tijd, en klanten die zich niet gehoord voelen stappen sneller over.',
      fix: 'Zorg voor vaste manieren om feedback te verzamelen, pak de belangrijkste thema’s aan en laat klanten weten wat er is veranderd.',
    },
    {
      id: 'over-automating',
      title: 'Automatiseren waar mensen een mens nodig hebben',
      why: 'Bots en selfservice besparen geld, maar op complexe, emotionele of waardevolle momenten frustreren ze klanten en kosten ze omzet.',
      fix: 'Automatiseer routinetaken en houd een makkelijke weg naar een mens open voor de momenten die ertoe doen.',
    },
    {
      id: 'not-measuring-relationship-quality',
      title: 'Niet meten hoe goed de relatie is',
      why: 'Als u nooit meet, weet u niet of de relatie beter wordt of welke tactiek werkt.',
      fix: 'Kies een paar kengetallen die bij uw doelen horen, zoals NPS, CSAT, klantverloop of CLV, en bekijk ze in een vast ritme.',
    },
    {
      id: 'not-evolving-relationships',
      title: 'De relatie laten stilstaan',
      why: 'De behoeften van klanten veranderen naarmate ze met u meegroeien; een relatie die voor nieuwe kopers is ontworpen, voelt niet goed voor klanten van het eerste uur.',
      fix: 'Plan hoe de relatie verandert over de levenscyclus van de klant en herzie het bouwblok naarmate uw klanten volwassener worden.',
    },
    {
      id: 'neglecting-post-purchase',
      title: 'De klant vergeten na de verkoop',
      why: 'Onboarding, ondersteuning en nazorg bepalen of mensen opnieuw kopen of u aanbevelen; wie ze na de betaling laat vallen, verspeelt die kans.',
      fix: 'Ontwerp wat er na de aankoop gebeurt: een welkom, onboarding, regelmatig contact en eenvoudige ondersteuning.',
    },
    {
      id: 'listing-channels-not-relationships',
      title: 'Kanalen opschrijven in plaats van relaties',
      why: 'Notities als ‘website’, ‘e-mail’ of ‘winkel’ beschrijven hoe u klanten bereikt, wat bij Kanalen hoort, en zeggen niets over het soort relatie.',
      fix: 'Beschrijf de aard van de relatie (selfservice, vaste adviseur, community, co-creatie…) en houd leveringswegen bij Kanalen.',
    },
    {
      id: 'no-relationship-per-segment',
      title: 'Relaties niet aan segmenten koppelen',
      why: 'Een bouwblok dat nergens vermeldt welk segment welke behandeling krijgt, valt niet te toetsen aan kosten, kanalen of inkomsten.',
      fix: 'Zet het segment naast elke relatie, of gebruik dezelfde kleur of hetzelfde plakbriefje voor items die bij elkaar horen.',
    },
    {
      id: 'get-only-block',
      title: 'Alleen aan werving denken',
      why: 'Een bouwblok vol manieren om mensen aan te trekken, maar zonder iets om ze te behouden of uit te bouwen, wijst op een lekkend bedrijf met stijgende acquisitiekosten.',
      fix: 'Controleer of u voor Werven, Behouden en Uitbouwen elk minstens één tactiek hebt.',
    },
    {
      id: 'overloading-the-canvas',
      title: 'Elk detail op het canvas proppen',
      why: 'Een canvas vol tactieken is moeilijk te lezen en verbergt het verhaal dat u anderen wilt laten begrijpen.',
      fix: 'Zet een bondige titel op het canvas en houd het gedetailleerde raster Werven, Behouden, Uitbouwen bij als apart werkdocument.',
    },
  ],

  blockQuestions: [
    {
      block: 'key-partners',
      blockName: 'Kernpartners',
      question: 'Hebben we nieuwe partners nodig, zoals uitbestede klantenservice, wederverkopers of platforms, om deze relaties te onderhouden?',
      link: 'Partners kunnen een deel van de relatie namens u verzorgen, maar bepalen dan ook mee hoe klanten u ervaren.',
    },
    {
      block: 'key-activities',
      blockName: 'Kernactiviteiten',
      question: 'Welke activiteiten moeten we goed uitvoeren om deze relaties te ondersteunen, zoals klantenservice, communitybeheer of accountmanagement?',
      link: 'Elk relatietype vraagt doorlopend werk; vooral persoonlijke typen en community’s worden kernactiviteiten.',
    },
    {
      block: 'key-resources',
      blockName: 'Kernmiddelen',
      question: 'Welke mensen, vaardigheden, gegevens en systemen hebben we nodig om deze relaties op te bouwen en te onderhouden?',
      link: 'Relaties steunen op middelen zoals goed opgeleid personeel, een CRM, aanbevelingsalgoritmen of een communityplatform.',
    },
    {
      block: 'value-propositions',
      blockName: 'Waardepropositie',
      question: 'Hoe versterken of ondersteunen onze relaties de waarde die we klanten beloven?',
      link: 'De relatie is een deel van hoe waarde wordt geleverd; de juiste maakt het aanbod waardevoller, de verkeerde ondermijnt het.',
    },
    {
      block: 'channels',
      blockName: 'Kanalen',
      question: 'Passen de gekozen relaties bij de kanalen waarmee we met klanten communiceren en aan hen leveren?',
      link: 'Relaties krijgen vorm via kanalen, dus een persoonlijke relatie vraagt om kanalen waar mensen u echt kunnen spreken.',
    },
    {
      block: 'customer-segments',
      blockName: 'Klantsegmenten',
      question: 'Hoe goed past elke relatie bij de behoeften en voorkeuren van het segment dat ze bedient?',
      link: 'Verschillende segmenten vragen om verschillende relaties, dus elk segment hoort een bijbehorende regel in dit bouwblok te hebben.',
    },
    {
      block: 'cost-structure',
      blockName: 'Kostenstructuur',
      question: 'Hoe veranderen deze relaties onze kosten, en kunnen we ze op grote schaal betalen?',
      link: 'Relaties kosten geld: menselijk contact is duur, terwijl automatisering vooraf meer kost en per klant minder.',
    },
    {
      block: 'revenue-streams',
      blockName: 'Inkomstenstromen',
      question: 'Hoe beïnvloeden deze relaties onze inkomsten, via klantbehoud, herhaalaankopen en upselling?',
      link: 'Klanten langer houden en hun meer verkopen: daar worden relaties zichtbaar in de inkomsten.',
    },
  ],
} satisfies GuideChecks;
