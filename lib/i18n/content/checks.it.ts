import type { GuideChecks } from '../../catalogue/checks';

/** The guide's common mistakes and block questions (what the health check names and asks); the guide spreads them. */
export default {
  mistakes: [
    {
      id: 'one-size-fits-all',
      title: 'Trattare tutti i clienti allo stesso modo',
      why: 'I segmenti si aspettano cose diverse e sono disposti a pagare per cose diverse, quindi un approccio unico dà troppo ad alcuni clienti e delude gli altri.',
      fix: 'Definire una relazione per ogni segmento, anche se alla fine più segmenti condividono lo stesso tipo.',
    },
    {
      id: 'underinvesting-in-retention',
      title: 'Investire troppo poco nella fidelizzazione',
      why: 'Se tutto l’impegno va nell’acquisizione, i clienti se ne vanno in silenzio e il denaro speso per conquistarli è perso.',
      fix: 'Pianificare le tattiche di Fidelizzare con la stessa cura di quelle di Acquisire, con un budget per servizio, coinvolgimento e fedeltà.',
    },
    {
      id: 'ignoring-feedback',
      title: 'Non ascoltare i clienti',
      why: 'Senza riscontri i problemi non si vedono in tempo, e i clienti che non si sentono ascoltati cambiano fornitore più in fretta.',
      fix: 'Creare canali regolari per raccogliere opinioni, intervenire sui temi principali e far sapere ai clienti che cosa è cambiato.',
    },
    {
      id: 'over-automating',
      title: 'Automatizzare dove serve una persona',
      why: 'Bot e self-service fanno risparmiare, ma nei momenti complessi, emotivi o di alto valore esasperano i clienti e fanno perdere vendite.',
      fix: 'Automatizzare le attività di routine e lasciare una strada facile verso una persona per i momenti che contano.',
    },
    {
      id: 'not-measuring-relationship-quality',
      title: 'Non misurare la qualità della relazione',
      why: 'Senza misure non si può sapere se la relazione sta migliorando né quale tattica funziona.',
      fix: 'Scegliere poche metriche legate agli obiettivi, come NPS, CSAT, tasso di abbandono o CLV, e rivederle a cadenza fissa.',
    },
    {
      id: 'not-evolving-relationships',
      title: 'Lasciare la relazione ferma',
      why: 'I bisogni dei clienti cambiano mentre crescono insieme all’azienda; una relazione pensata per chi compra la prima volta stona con i clienti di lunga data.',
      fix: 'Prevedere come cambia la relazione lungo il ciclo di vita del cliente e rivedere il blocco man mano che i clienti maturano.',
    },
    {
      id: 'neglecting-post-purchase',
      title: 'Dimenticare il cliente dopo la vendita',
      why: 'Inserimento, assistenza e contatti successivi decidono se le persone ricompreranno o consiglieranno l’azienda; abbandonarle dopo il pagamento spreca questa occasione.',
      fix: 'Progettare ciò che accade dopo l’acquisto: benvenuto, primi passi guidati, contatti periodici e assistenza semplice.',
    },
    {
      id: 'listing-channels-not-relationships',
      title: 'Scrivere canali invece di relazioni',
      why: 'Voci come «sito web», «e-mail» o «negozio» dicono come si raggiungono i clienti, che è materia del blocco Canali, e nulla sul tipo di relazione.',
      fix: 'Descrivere la natura della relazione (self-service, consulente dedicato, community, co-creazione…) e lasciare le vie di consegna nei Canali.',
    },
    {
      id: 'no-relationship-per-segment',
      title: 'Non collegare le relazioni ai segmenti',
      why: 'Un blocco che non dice mai quale segmento riceve quale trattamento non si può confrontare con costi, canali o ricavi.',
      fix: 'Indicare il segmento accanto a ogni relazione, oppure usare lo stesso colore o lo stesso post-it per le voci che si corrispondono.',
    },
    {
      id: 'get-only-block',
      title: 'Pensare solo all’acquisizione',
      why: 'Un blocco pieno di modi per attirare persone ma senza nulla per trattenerle o svilupparle fa pensare a un’attività che perde clienti e vede salire i costi di acquisizione.',
      fix: 'Verificare di avere almeno una tattica per ciascuna fase: Acquisire, Fidelizzare e Sviluppare.',
    },
    {
      id: 'overloading-the-canvas',
      title: 'Stipare ogni dettaglio sul canvas',
      why: 'Un canvas zeppo di tattiche è difficile da leggere e nasconde la storia che si vuole far capire agli altri.',
      fix: 'Mettere sul canvas un titolo conciso e tenere la griglia dettagliata Acquisire, Fidelizzare, Sviluppare in un documento di lavoro separato.',
    },
  ],

  blockQuestions: [
    {
      block: 'key-partners',
      blockName: 'Partner chiave',
      question: 'Ci servono nuovi partner, come un’assistenza esterna, rivenditori o piattaforme, per gestire queste relazioni?',
      link: 'I partner possono curare per noi una parte della relazione, ma così contribuiscono anche a definire l’esperienza che i clienti hanno di noi.',
    },
    {
      block: 'key-activities',
      blockName: 'Attività chiave',
      question: 'Quali attività dobbiamo svolgere bene per sostenere queste relazioni, come l’assistenza, la gestione della community o quella dei clienti chiave?',
      link: 'Ogni tipo di relazione richiede lavoro continuo; i tipi personali e quelli basati sulla community, in particolare, diventano attività centrali.',
    },
    {
      block: 'key-resources',
      blockName: 'Risorse chiave',
      question: 'Di quali persone, competenze, dati e sistemi abbiamo bisogno per costruire e mantenere queste relazioni?',
      link: 'Le relazioni poggiano su risorse come personale formato, un CRM, algoritmi di raccomandazione o una piattaforma per la community.',
    },
    {
      block: 'value-propositions',
      blockName: 'Proposta di valore',
      question: 'In che modo le nostre relazioni rafforzano o sostengono il valore che promettiamo ai clienti?',
      link: 'La relazione fa parte del modo in cui si consegna il valore: quella giusta rende l’offerta più preziosa, quella sbagliata la indebolisce.',
    },
    {
      block: 'channels',
      blockName: 'Canali',
      question: 'Le relazioni scelte sono coerenti con i canali che usiamo per comunicare con i clienti e consegnare loro l’offerta?',
      link: 'Le relazioni passano attraverso i canali, quindi una relazione personale ha bisogno di canali in cui le persone possano davvero parlare con noi.',
    },
    {
      block: 'customer-segments',
      blockName: 'Segmenti di clientela',
      question: 'Quanto si adatta ogni relazione ai bisogni e alle preferenze del segmento a cui è rivolta?',
      link: 'Segmenti diversi richiedono relazioni diverse, quindi ogni segmento dovrebbe avere una voce corrispondente in questo blocco.',
    },
    {
      block: 'cost-structure',
      blockName: 'Struttura dei costi',
      question: 'Come cambieranno i nostri costi con queste relazioni, e possiamo permetterceli su larga scala?',
      link: 'Le relazioni costano: il contatto umano è caro, mentre l’automazione costa di più all’inizio e meno per ogni cliente.',
    },
    {
      block: 'revenue-streams',
      blockName: 'Flussi di ricavi',
      question: 'Che effetto avranno queste relazioni sui ricavi, attraverso fidelizzazione, acquisti ripetuti e upselling?',
      link: 'È trattenendo più a lungo i clienti e vendendo loro di più che le relazioni si vedono nei ricavi.',
    },
  ],
} satisfies GuideChecks;
