import type { GuideTexts } from './pages';
import CHECKS from './checks.it';

/** La guida al blocco Relazioni con i clienti, in italiano: stessi id e stesso ordine della guida inglese. */
export default {
  intro:
    'Il blocco Relazioni con i clienti descrive il modo in cui ci si lega a ciascun Segmento di clientela servito. ' +
    'Una relazione può collocarsi ovunque tra il tutto umano e il tutto automatizzato, e ovunque tra un singolo ' +
    'acquisto e un legame che dura anni. La scelta fatta determina il tono dell’esperienza vissuta dai clienti e la ' +
    'frequenza con cui tornano a interagire.',

  whyItMatters:
    'Il modo in cui si trattano i clienti decide quanti se ne conquistano, quanti restano e quanto vale ciascuno nel ' +
    'tempo (il valore del cliente nel tempo, spesso abbreviato in LTV o CLV). Le buone relazioni portano acquisti ' +
    'ripetuti, fedeltà e passaparola, e tengono basso il tasso di abbandono; quelle deboli si lasciano sfuggire clienti ' +
    'la cui acquisizione è già costata. Nei mercati affollati è proprio la relazione a fare la differenza, come ' +
    'dimostrano Apple e Amazon: buona parte del loro successo dipende da come si prendono cura dei clienti.',

  keyQuestions: [
    'Per ogni segmento: che tipo di relazione si aspettano da noi questi clienti?',
    'Quanto ci costa mantenere viva ogni relazione, in persone, strumenti e tempo?',
    'Come si integra la relazione con i nostri canali, la proposta di valore, i ricavi e i costi?',
    'In questo momento la priorità è conquistare nuovi clienti, trattenere quelli che abbiamo o vendere loro di più?',
    'Quali relazioni offrono i concorrenti, e dove potremmo fare meglio o semplicemente in modo diverso?',
    'Che cosa renderebbe i clienti più fedeli di quanto lo siano oggi?',
    'Quali parti della relazione si potrebbero automatizzare senza perdere ciò che i clienti apprezzano?',
    'Un servizio molto personalizzato si ripaga, o un approccio più leggero servirebbe i clienti altrettanto bene?',
    'Alcuni gruppi di clienti hanno bisogno di una relazione diversa da quella degli altri?',
    'Il tipo giusto dipende da quanto costa conquistare un nuovo cliente, da quanto a lungo vogliamo tenerlo e dal fatto di voler poi vendergli aggiunte o prodotti correlati: quale di questi fattori pesa di più nel nostro caso?',
    'La relazione che i clienti dicono di volere è davvero una relazione che possiamo permetterci e sostenere? Bisogna trovare l’equilibrio tra i loro desideri e il nostro modello.',
  ],

  principles: [
    'Adattare la relazione a ciò che ogni segmento si aspetta e a ciò che è disposto a pagare: un servizio premium per clienti attenti al prezzo è denaro sprecato.',
    'Concentrare impegno e budget sulle relazioni che creano valore nel lungo periodo, non solo su quelle che chiudono la prossima vendita.',
    'Usare la tecnologia per portare più lontano il tocco personale: messaggi personalizzati, raccomandazioni intelligenti e buoni strumenti permettono a un piccolo team di essere attento con molti clienti.',
    'Offrire ai clienti un luogo in cui incontrarsi attorno al prodotto, perché si aiutino, condividano idee e si sentano parte di qualcosa.',
    'Chiedere spesso un parere ai clienti, e poi mostrare loro che cosa è cambiato grazie a quel parere.',
    'Misurare soddisfazione e fedeltà a scadenze regolari invece di tirare a indovinare che cosa provano i clienti.',
    'Formare il team perché ogni cliente riceva la stessa qualità di esperienza, chiunque sia l’interlocutore e qualunque sia il canale.',
    'Valutare con attenzione l’automazione: riduce il costo di servire i clienti, ma nel punto sbagliato può far perdere vendite e clienti fedeli.',
    'Tenere sempre presente il punto di vista del cliente. Lo scrittore Orison Swett Marden la chiamava la regola d’oro degli affari: immaginarsi al posto in cui si trova il cliente.',
  ],

  combining: [
    {
      title: 'Una relazione diversa per ogni segmento',
      text: 'I segmenti raramente vogliono la stessa cosa. Una banca, per esempio, può offrire ai clienti facoltosi un consulente personale, mentre la maggior parte dei correntisti gestisce i propri soldi da sola tramite l’app.',
    },
    {
      title: 'Più canali in parallelo',
      text: 'Un’azienda può seguire i clienti in più modi contemporaneamente. Un’impresa di software può pubblicare articoli di aiuto automatici, ospitare un forum degli utenti e mantenere comunque persone disponibili per l’assistenza diretta.',
    },
    {
      title: 'Tipi che si completano',
      text: 'Combinare più tipi può rendere più forte l’esperienza nel suo insieme. Un negozio online può consigliare prodotti in automatico e al tempo stesso permettere di chattare con una persona quando ci si blocca.',
    },
    {
      title: 'Le relazioni cambiano nel tempo',
      text: 'Quasi tutte le imprese usano più di un tipo, e il mix si sposta man mano che l’azienda cresce e i clienti maturano: conviene quindi rivedere il blocco con regolarità invece di considerarlo definitivo.',
    },
  ],

  fillingSteps: [
    {
      title: 'Capire che cosa si aspettano i clienti',
      text: 'Prima di scegliere qualsiasi cosa, occorre scoprire quale tipo di contatto cerca ogni segmento. Sondaggi, interviste e ricerche di mercato più ampie aiutano a capirlo: vogliono una persona che li aiuti, strumenti per cavarsela da soli, altri utenti da cui imparare o un mix?',
    },
    {
      title: 'Pianificare Acquisire, Fidelizzare e Sviluppare',
      text: 'Si mette il blocco sotto la lente, come fa il Value Proposition Canvas con segmenti e proposte di valore. Si disegnano tre riquadri (Acquisire, Fidelizzare, Sviluppare) e si elencano le tattiche concrete da usare in ogni fase, combinandole liberamente.',
    },
    {
      title: 'Riassumere sul canvas',
      text: 'Tornati al Business Model Canvas, si scrive un breve titolo che colga la strategia, per esempio «App self-service, consulenti in carne e ossa per le imprese, community di utenti». Il dettaglio resta nella griglia Acquisire, Fidelizzare, Sviluppare.',
    },
    {
      title: 'Fare del canvas una storia semplice',
      text: 'Il canvas deve raccontare una storia che gli altri colgano a colpo d’occhio. Per arrivarci serve molto lavoro preparatorio, ma non è necessario mostrarlo tutto; Alex Osterwalder, l’ideatore del canvas, avverte che sommergere le persone di dettagli equivale a un «omicidio cognitivo».',
    },
    {
      title: 'Approfondire con un’estensione, se serve',
      text: 'Chi desidera uno strumento apposito per esplorare questo blocco più a fondo può guardare il Customer Connection Canvas, l’estensione ideata da Hani W. Naguib.',
    },
    {
      title: 'Verificare i legami con gli altri blocchi',
      text: 'Tutti i blocchi del canvas sono collegati, quindi cambiare le relazioni si ripercuote su canali, costi, ricavi e altro ancora. Prima di fissare la versione definitiva conviene passare in rassegna le domande per ciascun blocco vicino.',
    },
  ],

  phases: [
    {
      id: 'get',
      name: 'Acquisire',
      goal: 'Come attiriamo nuovi clienti e li conquistiamo?',
      meaning:
        'Acquisire comprende tutto ciò che trasforma degli sconosciuti in clienti: far nascere notorietà e interesse, poi convincere le persone a iscriversi o a comprare per la prima volta.',
      tactics: [
        'Relazioni con la stampa e articoli prima e durante il lancio',
        'Presenza e campagne sui social media',
        'Segnalazioni e passaparola dei primi utenti',
        'Contenuti utili: articoli, video, guide',
        'Scarsità: liste d’attesa, accesso solo su invito, prime uscite in quantità limitata',
        'Prove gratuite, piani freemium o dimostrazioni',
        'Partnership ed eventi che mettono in contatto con il segmento giusto',
      ],
      metrics: ['cac', 'conversion-rate', 'activation-rate', 'referral-rate'],
    },
    {
      id: 'keep',
      name: 'Fidelizzare',
      goal: 'Come manteniamo soddisfatti i clienti e impediamo che se ne vadano?',
      meaning:
        'Fidelizzare significa tenersi i clienti già conquistati, servendoli bene e dando loro motivi per restare fedeli invece di scivolare verso un concorrente.',
      tactics: [
        'Un servizio clienti eccellente e reattivo',
        'Contatti regolari: aggiornamenti, newsletter, verifiche periodiche',
        'Programmi fedeltà e premi per i membri',
        'Eventi della community, incontri e forum',
        'Trasparenza: una roadmap pubblica e aggiornamenti onesti sui progressi',
        'Funzioni del prodotto che entrano nella routine quotidiana dei clienti',
        'Dare seguito in modo visibile ai pareri dei clienti',
      ],
      metrics: ['churn', 'retention-rate', 'nps', 'csat', 'ces', 'engagement'],
    },
    {
      id: 'grow',
      name: 'Sviluppare',
      goal: 'Come aumentiamo il valore di ciascun cliente per noi?',
      meaning:
        'Sviluppare vuol dire accrescere il valore dei clienti esistenti: far sì che spendano di più, comprino prodotti correlati e portino altre persone.',
      tactics: [
        'Upselling verso livelli premium o piani superiori',
        'Cross-selling di prodotti correlati e aggiunte',
        'Programmi di segnalazione che premiano sia chi segnala sia il nuovo cliente',
        'Permettere ai clienti di investire, per esempio con il crowdfunding',
        'Trasformare i fan in sostenitori e ambasciatori del marchio',
        'Pacchetti e piani a volume o annuali',
      ],
      metrics: ['clv', 'arpu', 'expansion-revenue', 'repeat-purchase-rate', 'referral-rate'],
    },
  ],

  frameworkOrigin:
    'Il modello Acquisire, Fidelizzare, Sviluppare (in inglese Get, Keep, Grow) si deve a Steve Blank, imprenditore e docente a cui si attribuisce spesso la nascita dell’insegnamento moderno sulle startup, ed è spiegato in The Startup Owner’s Manual, il libro scritto con Bob Dorf.',

  caseStudy: {
    company: 'Monzo',
    intro:
      'Monzo, banca digitale britannica, è un esempio ben documentato di Acquisire, Fidelizzare, Sviluppare messo in pratica. Il suo ex amministratore delegato, Tom Blomfield, ha poi raccontato nei dettagli le tattiche con cui il team ha costruito la prima base di clienti.',
    steps: [
      {
        phase: 'get',
        title: 'L’attenzione della stampa prima del lancio',
        text: 'Da febbraio 2015 i fondatori si misero a costruire una banca di tipo nuovo e puntarono molto sulle relazioni con la stampa. Parlavano apertamente dei loro piani con i giornalisti, e gli articoli di TechCrunch, The Guardian e Bloomberg crearono attesa quando il prodotto non era ancora disponibile.',
      },
      {
        phase: 'get',
        title: 'Carte alpha esclusive',
        text: 'Nel 2015 Monzo distribuì carte prepagate in un test alpha riservato a 3.000 persone. L’idea veniva dal lancio di Gmail, accessibile solo su invito: il tetto rendeva le carte rare, e i fortunati primi utenti diffusero volentieri la notizia.',
      },
      {
        phase: 'get',
        title: 'I Golden Ticket',
        text: 'Nel 2017 i clienti esistenti potevano regalare dei «Golden Ticket» che permettevano agli amici di saltare la lista d’attesa. Circa il 40% delle nuove iscrizioni di quell’anno arrivò così, e la crescita non richiese spese aggiuntive.',
      },
      {
        phase: 'keep',
        title: 'Incontrare gli utenti di persona',
        text: 'Nel corso del 2016 Monzo organizzò più di 100 eventi dal vivo, tra hackathon e meetup, per conoscere gli utenti faccia a faccia e ascoltare che cosa volevano migliorare.',
      },
      {
        phase: 'keep',
        title: 'Costruire alla luce del sole',
        text: 'L’azienda pubblicava la propria roadmap e teneva i clienti al corrente di progressi e battute d’arresto tramite il blog e i social media, guadagnandosi la loro fiducia.',
      },
      {
        phase: 'keep',
        title: 'Un prodotto che si usa ogni giorno',
        text: 'Funzioni come le notifiche istantanee a ogni spesa, la divisione semplice dei conti, l’invio di denaro agli amici e un’app piacevole da usare resero Monzo parte della vita quotidiana e mantennero vivo l’interesse dei clienti.',
      },
      {
        phase: 'grow',
        title: 'I clienti diventano investitori',
        text: 'All’inizio del 2016 un round di crowdfunding da 1 milione di sterline andò esaurito in 96 secondi. Le quote individuali avevano un tetto, così da far partecipare più persone, e ai clienti fu dato accesso prima del grande pubblico, il che rafforzò il loro legame.',
      },
      {
        phase: 'grow',
        title: 'Un marchio fondato sulla trasparenza',
        text: 'Monzo fondò il proprio marchio su community e trasparenza, e agì di conseguenza, per esempio gestendo apertamente con i clienti il cambio di nome da Mondo a Monzo. Molti utenti ne divennero orgogliosi sostenitori.',
      },
      {
        phase: 'grow',
        title: 'Conti premium e segnalazioni premiate per entrambi',
        text: 'In seguito Monzo vendette conti superiori con extra come l’assicurazione di viaggio e interessi migliori sui risparmi, e premiò entrambe le parti di una segnalazione, così i clienti soddisfatti ne portarono di nuovi.',
      },
    ],
  },

  ...CHECKS,

  metrics: [
    {
      id: 'nps',
      name: 'Net Promoter Score',
      short: 'NPS',
      description: 'Quanto è probabile che i clienti ci consiglino, su una scala da 0 a 10; è la quota di promotori meno la quota di detrattori.',
    },
    {
      id: 'csat',
      name: 'Soddisfazione dei clienti (Customer Satisfaction Score)',
      short: 'CSAT',
      description: 'La quota di clienti che giudica soddisfacente un prodotto, un contatto o un acquisto, di solito chiesta subito dopo.',
    },
    {
      id: 'ces',
      name: 'Sforzo del cliente (Customer Effort Score)',
      short: 'CES',
      description: 'Quanto è stato facile per i clienti ottenere ciò che volevano, per esempio risolvere un problema o portare a termine un’operazione.',
    },
    {
      id: 'clv',
      name: 'Valore del cliente nel tempo (Customer Lifetime Value)',
      short: 'CLV',
      description: 'Il profitto o il ricavo totale che ci si aspetta da un cliente per tutto il periodo in cui resta tale.',
    },
    {
      id: 'churn',
      name: 'Tasso di abbandono (churn)',
      short: 'Abbandono',
      description: 'La percentuale di clienti che smette di comprare o disdice in un dato periodo.',
    },
    {
      id: 'retention-rate',
      name: 'Tasso di fidelizzazione (retention)',
      short: 'Fidelizzazione',
      description: 'La percentuale dei clienti presenti a inizio periodo che sono ancora clienti alla fine.',
    },
    {
      id: 'cac',
      name: 'Costo di acquisizione del cliente',
      short: 'CAC',
      description: 'Quanto costa in media, tra marketing e vendite, conquistare un nuovo cliente.',
    },
    {
      id: 'conversion-rate',
      name: 'Tasso di conversione',
      short: 'Conversione',
      description: 'La quota di potenziali clienti, visitatori o utenti in prova che diventano clienti paganti.',
    },
    {
      id: 'repeat-purchase-rate',
      name: 'Tasso di riacquisto',
      short: 'Riacquisto',
      description: 'La quota di clienti che compra più di una volta nello stesso periodo.',
    },
    {
      id: 'arpu',
      name: 'Ricavo medio per utente',
      short: 'ARPU',
      description: 'I ricavi totali di un periodo divisi per il numero di clienti o utenti di quel periodo.',
    },
    {
      id: 'expansion-revenue',
      name: 'Ricavi di espansione',
      short: 'Espansione',
      description: 'I ricavi aggiuntivi dai clienti esistenti grazie a piani superiori, aggiunte, vendite incrociate o maggiore utilizzo.',
    },
    {
      id: 'referral-rate',
      name: 'Tasso di segnalazione',
      short: 'Segnalazioni',
      description: 'La quota di nuovi clienti che arriva tramite consigli o segnalazioni di clienti già acquisiti.',
    },
    {
      id: 'engagement',
      name: 'Coinvolgimento dei clienti',
      short: 'Coinvolgimento',
      description: 'Quanto spesso e quanto a fondo i clienti usano il prodotto o interagiscono con l’azienda, per esempio giorni attivi o sessioni a settimana.',
    },
    {
      id: 'active-members',
      name: 'Membri attivi della community',
      short: 'Membri attivi',
      description: 'Il numero di membri della community che pubblicano, rispondono o partecipano in un periodo, non soltanto quelli iscritti.',
    },
    {
      id: 'contributions',
      name: 'Contributi dei clienti',
      short: 'Contributi',
      description: 'Quanto producono i clienti per l’azienda in un periodo: recensioni, idee, progetti, risposte o contenuti.',
    },
    {
      id: 'resolution-time',
      name: 'Tempo di risoluzione',
      short: 'Risoluzione',
      description: 'Il tempo medio che passa da quando un cliente segnala un problema a quando il problema è del tutto risolto.',
    },
    {
      id: 'self-service-rate',
      name: 'Tasso di self-service',
      short: 'Self-service',
      description: 'La quota di domande o operazioni dei clienti portate a termine senza l’aiuto del personale, per esempio con gli articoli di aiuto o l’app.',
    },
    {
      id: 'activation-rate',
      name: 'Tasso di attivazione',
      short: 'Attivazione',
      description: 'La quota di nuovi iscritti che arriva al primo momento di valore concreto, come completare la configurazione o fare il primo acquisto.',
    },
  ],

  faq: [
    {
      question: 'Qual è il tipo di relazione con i clienti migliore?',
      answer:
        'Non ce n’è uno migliore in assoluto. La scelta giusta dipende dai segmenti, dalla proposta di valore e dal modello di business. Una buona relazione dà ai clienti ciò che si aspettano e ha comunque senso dal punto di vista economico, così l’azienda può continuare a offrirla.',
    },
    {
      question: 'Conviene impegnarsi di più per conquistare nuovi clienti o per trattenere quelli che già ci sono?',
      answer:
        'Tenersi un cliente costa di solito meno che trovarne uno nuovo, quindi la fidelizzazione spesso rende bene. Il giusto equilibrio dipende comunque dalla fase e dagli obiettivi di crescita: una startup agli inizi può aver bisogno prima di tutto di acquisire. In pratica quasi tutte le aziende di successo lavorano su entrambi i fronti.',
    },
    {
      question: 'Come si capisce se le relazioni con i clienti funzionano?',
      answer:
        'Misurandole. Tra i numeri utili ci sono il tasso di abbandono, il livello di coinvolgimento, il valore del cliente nel tempo (CLV), i punteggi di soddisfazione (CSAT) e il Net Promoter Score (NPS). Conviene sceglierne pochi, quelli che riflettono gli obiettivi della strategia di relazione, e seguirli con regolarità.',
    },
    {
      question: 'Si può usare più di un tipo di relazione?',
      answer:
        'Sì, e quasi tutte le imprese lo fanno: tipi diversi per segmenti diversi, più modi di aiutare lo stesso cliente o tipi che si completano. Sul canvas si riportano i principali sotto forma di breve titolo.',
    },
    {
      question: 'Qual è la differenza tra Relazioni con i clienti e Canali?',
      answer:
        'I Canali descrivono le vie con cui si raggiungono i clienti, si vende loro e si consegna l’offerta. Le Relazioni con i clienti descrivono il tipo di legame che si costruisce lungo quelle vie: personale o automatizzato, occasionale o di lungo periodo.',
    },
  ],
} satisfies GuideTexts;
