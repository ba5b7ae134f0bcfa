import type { TypePages } from './pages';

/** Le pagine dei tipi in italiano: definizione, esempi, pro e contro, quando sceglierli. */
export default {
  'transactional': {
    definition:
      'La relazione dura quanto la vendita: il cliente trova ciò che cerca, paga e se ne va, spesso senza parlare con ' +
      'nessuno. Molti acquistano una sola volta o di rado e non hanno motivo di tornare, perciò tutto è pensato per la ' +
      'rapidità e la comodità più che per la fedeltà. Si colloca all’estremo opposto rispetto alle relazioni di lungo periodo.',
    examples: [
      {
        company: 'Ben & Jerry’s',
        text: 'Con i distributori automatici di gelato, chi passa in una giornata calda paga, sceglie il gusto e riparte con la sua vaschetta, senza alcun addetto.',
      },
      {
        company: 'Photo-Me',
        text: 'Le sue cabine per fototessere servono persone che ne hanno bisogno una volta ogni qualche anno: conta solo una seduta veloce e affidabile.',
      },
      {
        company: 'Coinstar',
        text: 'I chioschi conta-monete nei supermercati trasformano in pochi minuti un barattolo di spiccioli in contanti o in un buono, e quasi tutti li usano solo ogni tanto.',
      },
    ],
    advantages: [
      'Vendite rapide ed efficienti',
      'Comodità per chi compra',
      'Poco coinvolgimento da gestire',
      'Costi di gestione bassi e modello facile da replicare in più punti',
    ],
    disadvantages: [
      'Relazione superficiale e senza profondità',
      'Fedeltà dei clienti scarsa o nulla',
      'Ogni vendita va conquistata da capo',
      'Difficile capire chi siano davvero i clienti',
    ],
    whenToChoose: {
      segmentExpectations:
        'Adatto quando i clienti vogliono entrare e uscire in fretta, comprano d’impulso o hanno bisogno dell’offerta una volta sola, e vivrebbero ogni contatto in più come un fastidio.',
      acquisitionCost:
        'Funziona se conquistare ogni acquirente costa poco, grazie al passaggio, a una buona posizione o alla ricerca online, perché gli acquisti ripetuti difficilmente ripagano un costo di acquisizione alto.',
      retentionGoal:
        'Fa per le attività che non dipendono dal ritorno dei clienti; se servono visite ripetute, va affiancato da un elemento di lungo periodo o da un programma fedeltà.',
      upsellNeed:
        'L’upselling si limita al momento dell’acquisto (il formato più grande, un’aggiunta), perché un’occasione successiva per vendere di più non ci sarà.',
    },
  },
  'automated-service': {
    definition:
      'Una forma più evoluta di self-service in cui il software svolge ciò che altrimenti farebbero le persone: dai ' +
      'chatbot che rispondono alle domande ai motori che suggeriscono che cosa guardare o comprare. Gli algoritmi ' +
      'imparano dalla storia di ciascun cliente e da chi ha abitudini simili, così l’esperienza sembra su misura anche ' +
      'se nessuno interviene. Il vero punto di forza sono i suggerimenti pertinenti su larga scala; molti servizi online ' +
      'e in abbonamento funzionano in gran parte così.',
    examples: [
      {
        company: 'Netflix',
        text: 'Propone film e serie in base a ciò che ogni spettatore ha già visto, risparmiandogli una lunga ricerca del prossimo titolo.',
      },
      {
        company: 'Amazon',
        text: 'Consiglia prodotti partendo dagli ordini passati di chi acquista e da ciò che hanno visto o comprato clienti con gusti simili.',
      },
      {
        company: 'LinkedIn',
        text: 'La funzione «Persone che potresti conoscere» suggerisce nuovi contatti in automatico e spinge gli iscritti ad allargare la propria rete.',
      },
      {
        company: 'Spotify',
        text: 'Crea per ogni ascoltatore playlist personalizzate come Discover Weekly, a partire da ciò che ha ascoltato di recente.',
      },
    ],
    advantages: [
      'Regge numeri enormi di clienti',
      'Esperienza personalizzata senza impegno del personale',
      'Disponibile a ogni ora del giorno e della notte',
      'Suggerimenti pertinenti fanno crescere uso e vendite',
    ],
    disadvantages: [
      'Contatto umano scarso o assente',
      'Può risultare freddo o sbagliare',
      'Automatizzare troppo fa perdere vendite e clienti dove ci si aspetta una persona',
      'Richiede dati e un investimento iniziale in tecnologia',
    ],
    whenToChoose: {
      segmentExpectations:
        'Da scegliere per segmenti ampi e a proprio agio con il digitale, che preferiscono velocità e pertinenza a una conversazione; per i casi complessi o delicati serve comunque una persona a cui rivolgersi.',
      acquisitionCost:
        'Adatto ai clienti il cui costo di acquisizione e il cui margine non lasciano spazio al tempo del personale, visto che servire un utente in più non costa quasi nulla.',
      retentionGoal:
        'Aiuta la fidelizzazione quando i suggerimenti personalizzati fanno tornare le persone; va però verificato che l’assenza di contatto umano non stia facendo salire l’abbandono senza che nessuno se ne accorga.',
      upsellNeed:
        'Molto efficace nel cross-selling: i motori di raccomandazione mostrano prodotti correlati e aggiunte al cliente proprio nel momento giusto.',
    },
  },
  'self-service': {
    definition:
      'L’azienda mette a disposizione tutto ciò che serve, ma lascia al cliente il compito di cercare, scegliere, ' +
      'comprare e spesso completare il lavoro da solo. Non esiste un rapporto diretto con il personale: la relazione ' +
      'passa dalla disposizione del negozio, dal sito o dal centro assistenza. La maggior parte dei negozi online, dei ' +
      'supermercati e molti servizi in abbonamento funzionano così, con costi contenuti e il cliente al comando.',
    examples: [
      {
        company: 'IKEA',
        text: 'Chi fa acquisti percorre lo showroom, si annota ciò che gli piace, ritira i pacchi piatti in magazzino e monta i mobili a casa.',
      },
      {
        company: 'Esselunga',
        text: 'Come molti supermercati, lascia che i clienti trovino i prodotti, li confrontino sullo scaffale e paghino da soli con il sistema Salvatempo o alle casse automatiche.',
      },
      {
        company: 'Zalando',
        text: 'Come quasi tutto l’e-commerce, permette di sfogliare il catalogo, filtrare, ordinare e organizzare i resi online senza l’aiuto di nessuno.',
      },
    ],
    advantages: [
      'Conveniente da gestire',
      'Lascia al cliente controllo e comodità',
      'Cresce senza fatica insieme ai volumi',
      'I risparmi possono tradursi in prezzi più bassi',
    ],
    disadvantages: [
      'Tocco umano ridotto al minimo',
      'Frustrazione quando qualcosa va storto e nessuno può aiutare',
      'Meno conversazioni da cui imparare',
      'Per il cliente è facile confrontare e andarsene',
    ],
    whenToChoose: {
      segmentExpectations:
        'Indicato per clienti che sanno che cosa vogliono, badano al prezzo e preferiscono muoversi con i propri tempi piuttosto che aspettare qualcuno.',
      acquisitionCost:
        'Ha senso quando l’acquisizione costa poco e i margini sono sottili, perché un servizio senza personale mantiene basso il costo per cliente.',
      retentionGoal:
        'La fidelizzazione dipende da un’esperienza senza intoppi: conviene investire in guide chiare, resi semplici e un modo per parlare con una persona quando nasce un problema.',
      upsellNeed:
        'Si vende di più con la disposizione e i suggerimenti (espositori, confezioni abbinate, proposte alla cassa) anziché con le conversazioni; se l’upselling conta, si aggiungono raccomandazioni automatiche.',
    },
  },
  'personal-assistance': {
    definition:
      'Il cliente può parlare con un dipendente in carne e ossa che lo consiglia, risponde alle domande e risolve i ' +
      'problemi, in negozio, al call center, via e-mail o in chat. Aiuta chi è libero in quel momento, non una persona ' +
      'assegnata a quel cliente, e il legame spesso si chiude con la vendita, come quando un commesso mostra le ' +
      'caratteristiche di un abito o di un’auto nuova. Sono i team dell’azienda a vendere e assistere, come accade nei ' +
      'negozi fisici, nel lusso, nel private banking e nelle vendite di alto valore o alle imprese.',
    examples: [
      {
        company: 'Apple',
        text: 'I clienti prenotano un appuntamento al Genius Bar di un Apple Store e ricevono diagnosi e consigli a tu per tu da un dipendente formato.',
      },
      {
        company: 'Louis Vuitton',
        text: 'Nelle boutique i consulenti di vendita accompagnano ogni cliente attraverso la collezione, con l’attenzione che ci si aspetta dal lusso.',
      },
      {
        company: 'Best Buy',
        text: 'Il personale in negozio e la Geek Squad aiutano a scegliere l’elettronica e a risolvere di persona problemi di installazione o riparazione.',
      },
    ],
    advantages: [
      'Alta soddisfazione dei clienti',
      'Crea fiducia e fedeltà',
      'Gestisce domande ed esigenze complesse',
      'Il personale sente di prima mano che cosa vogliono i clienti',
    ],
    disadvantages: [
      'Assorbe molte risorse: servono persone formate',
      'Costi operativi più alti',
      'La qualità cambia da un dipendente all’altro',
      'Cresce solo assumendo altro personale',
    ],
    whenToChoose: {
      segmentExpectations:
        'Da scegliere quando l’acquisto è complesso, rischioso o carico di emozioni e i clienti si aspettano il consiglio di qualcuno che conosce il prodotto.',
      acquisitionCost:
        'Sostenibile quando il valore degli ordini o i margini bastano a pagare il tempo del personale, come per i beni costosi e i contratti con le imprese.',
      retentionGoal:
        'Un buon servizio fidelizza, ma senza un referente fisso il legame può affievolirsi dopo la vendita; se contano gli acquisti ripetuti, servono un seguito o un elemento di lungo periodo.',
      upsellNeed:
        'Il personale coglie i bisogni e propone sul momento accessori, versioni superiori o servizi, il che lo rende efficace per le vendite aggiuntive.',
    },
  },
  'dedicated-personal-assistance': {
    definition:
      'La forma di assistenza più stretta: un referente preciso segue nel tempo un cliente o un conto, ne conosce la ' +
      'storia e le preferenze e gestisce di persona le richieste. Va oltre l’assistenza standard con soluzioni su misura ' +
      'ed è diffusa nel private banking, nelle carte di fascia alta e nella gestione dei grandi clienti tra imprese.',
    examples: [
      {
        company: 'American Express',
        text: 'I titolari della Carta Platino possono chiamare un servizio di concierge che organizza, per esempio, volo e albergo prenotati all’ultimo per un viaggio di lavoro, curando ogni dettaglio al posto loro.',
      },
      {
        company: 'J.P. Morgan Private Bank',
        text: 'Ai clienti facoltosi viene assegnato un private banker personale, che segue sia i loro conti sia i loro investimenti.',
      },
      {
        company: 'Microsoft',
        text: 'Le grandi aziende clienti lavorano con un account manager dedicato che conosce la loro infrastruttura e coordina assistenza, licenze e rinnovi.',
      },
    ],
    advantages: [
      'Fedeltà molto forte',
      'Servizio altamente personalizzato e su misura',
      'Conoscenza approfondita delle esigenze di ogni cliente',
      'Segnali precoci di problemi e nuove opportunità',
    ],
    disadvantages: [
      'Richiede moltissime risorse',
      'Costoso da mantenere',
      'La relazione può andarsene insieme alla persona',
      'Conviene solo per pochi clienti di grande valore',
    ],
    whenToChoose: {
      segmentExpectations:
        'Da riservare ai segmenti di alto valore, come i privati facoltosi o i grandi clienti aziendali, che si aspettano una persona che li conosca.',
      acquisitionCost:
        'Giustificato quando sono alti sia il costo di acquisizione sia il valore nel tempo, tanto che perdere anche un solo cliente farebbe davvero male.',
      retentionGoal:
        'Ottimo per trattenere i clienti di valore: il legame personale e la storia condivisa fanno sentire l’addio come una perdita.',
      upsellNeed:
        'Molto efficace per far crescere i clienti, perché il referente dedicato intercetta presto i nuovi bisogni e può proporre prodotti o servizi in più.',
    },
  },
  'co-creation': {
    definition:
      'Invece di limitarsi a consumare, i clienti partecipano alla costruzione dell’offerta: propongono idee, votano, ' +
      'danno riscontri, scrivono recensioni o caricano contenuti. L’attività cresce man mano che gli utenti contribuiscono, ' +
      'ed è per questo che i social network ne dipendono. Sfrutta la creatività dei clienti e di solito rafforza il loro ' +
      'attaccamento, perché si tiene a ciò che si è aiutato a costruire.',
    examples: [
      {
        company: 'LEGO',
        text: 'Su LEGO Ideas gli appassionati presentano progetti di set e gli altri li votano; i progetti scelti arrivano nei negozi e il loro autore riceve una parte dei ricavi.',
      },
      {
        company: 'YouTube',
        text: 'Quasi tutto ciò che si trova sulla piattaforma è prodotto dai creator, i cui video attirano spettatori e inserzionisti.',
      },
      {
        company: 'Amazon',
        text: 'Invita chi ha comprato a valutare e recensire i prodotti, e quelle recensioni aiutano gli altri clienti a decidere.',
      },
      {
        company: 'Instagram',
        text: 'Come gli altri social network, vale per le foto, i video e i commenti che gli utenti pubblicano gli uni per gli altri.',
      },
    ],
    advantages: [
      'Forte coinvolgimento dei clienti',
      'Attinge a creatività e idee dei clienti',
      'Contenuti e prodotti creati a basso costo',
      'Forte senso di appartenenza e di legame con il marchio',
    ],
    disadvantages: [
      'Richiede molto tempo per essere gestita',
      'Può servire parecchia moderazione e organizzazione',
      'La qualità dei contributi è variabile',
      'Chi contribuisce può aspettarsi riconoscimenti o compensi',
    ],
    whenToChoose: {
      segmentExpectations:
        'Adatta a segmenti con utenti appassionati, creativi o esperti, che vogliono dare forma al prodotto e vedersi riconosciuto il merito.',
      acquisitionCost:
        'Recensioni e contenuti condivisi funzionano come pubblicità gratuita e riprova sociale, e abbassano il costo per conquistare nuovi clienti.',
      retentionGoal:
        'Chi contribuisce tende a restare, perché nella piattaforma ha messo impegno e identità; il suo lavoro va reso visibile e valorizzato.',
      upsellNeed:
        'Meno diretta per l’upselling, ma i prodotti ideati con i clienti arrivano sul mercato con un pubblico già pronto a comprarli.',
    },
  },
  'community': {
    definition:
      'L’azienda ospita o sostiene uno spazio, come un forum online, un gruppo di utenti, un incontro dal vivo o un ' +
      'canale social, dove i clienti si scambiano conoscenze e si aiutano a vicenda. Buona parte dell’assistenza e del ' +
      'coinvolgimento arriva da altri utenti e non dal personale, quindi funziona solo finché i membri restano attivi. ' +
      'Dà alle persone il senso di appartenere a un gruppo unito da un interesse comune e permette all’azienda di ' +
      'ascoltare da vicino ciò che dicono.',
    examples: [
      {
        company: 'Adobe',
        text: 'I forum e le pagine della community creativa permettono agli utenti di pubblicare i propri lavori, ricevere commenti e partecipare a sfide, imparando gli uni dagli altri.',
      },
      {
        company: 'Avid',
        text: 'Chi usa il suo software di montaggio video consulta una bacheca per cercare risposte già date o porre una domanda a cui rispondono altri utenti.',
      },
      {
        company: 'Apple',
        text: 'Nelle Apple Support Communities i possessori dei dispositivi rispondono alle domande gli uni degli altri.',
      },
      {
        company: 'GitHub',
        text: 'Gli sviluppatori collaborano sul codice, discutono i problemi e condividono ciò che sanno, e questa attività è una parte importante del valore del prodotto.',
      },
      {
        company: 'Monzo',
        text: 'Nel solo 2016 la banca digitale ha organizzato oltre 100 incontri dal vivo, tra hackathon e meetup, accanto a un forum pubblico per raccogliere opinioni.',
      },
    ],
    advantages: [
      'Rafforza la fedeltà',
      'Coinvolgimento attorno a interessi comuni',
      'L’aiuto tra pari riduce i costi di assistenza',
      'Visione diretta dei bisogni e delle idee dei clienti',
    ],
    disadvantages: [
      'Serve una moderazione attiva e costante',
      'Scambi negativi od ostili possono diffondersi',
      'Dipende da volontari che restino coinvolti',
      'I consigli sbagliati degli utenti possono passare senza verifica',
    ],
    whenToChoose: {
      segmentExpectations:
        'Da scegliere quando i clienti condividono una passione, una professione o un prodotto complesso e amano imparare dai pari.',
      acquisitionCost:
        'Le discussioni e le risposte pubbliche attirano nuovi arrivati tramite i motori di ricerca e il passaparola, e aiutano a contenere i costi di acquisizione.',
      retentionGoal:
        'Molto utile per la fidelizzazione: chi si sente parte di un gruppo e ha aiutato altri difficilmente se ne va.',
      upsellNeed:
        'Effetto moderato: i membri mostrano usi avanzati del prodotto e così spingono gli altri verso funzioni premium o aggiunte.',
    },
  },
  'fans': {
    definition:
      'Alcuni clienti vanno oltre l’acquisto: amano il marchio, lo indossano, partecipano ai suoi eventi ed entrano nei ' +
      'suoi club. L’azienda alimenta questa passione con raduni esclusivi, iscrizioni e riconoscimenti, e in cambio i fan ' +
      'diventano sostenitori non pagati che fanno circolare il nome nelle loro cerchie.',
    examples: [
      {
        company: 'Harley-Davidson',
        text: 'I proprietari si iscrivono ai chapter dell’Harley Owners Group, partecipano a raduni esclusivi e vestono l’abbigliamento del marchio, conquistando nuovi motociclisti con il loro puro entusiasmo.',
      },
      {
        company: 'Ducati',
        text: 'I Desmo Owners Club riuniscono i ducatisti di tutto il mondo e la World Ducati Week porta a Misano migliaia di appassionati, che vivono la moto come un’identità.',
      },
      {
        company: 'Lululemon',
        text: 'Sceglie istruttori e atleti locali come ambasciatori che rappresentano il marchio nelle loro palestre e nei loro quartieri.',
      },
    ],
    advantages: [
      'Passaparola forte e spontaneo',
      'Alta fedeltà dei clienti',
      'Le segnalazioni abbassano i costi di marketing',
      'Tenuta quando i concorrenti tagliano i prezzi',
    ],
    disadvantages: [
      'Difficile mantenere alto l’entusiasmo nel tempo',
      'L’esclusività può allontanare i nuovi arrivati',
      'I fan reagiscono con forza ai cambiamenti impopolari',
      'Difficile da creare a tavolino',
    ],
    whenToChoose: {
      segmentExpectations:
        'Adatto a prodotti legati a identità, stile di vita o passione (moto, sport, musica, videogiochi), dove i clienti vogliono appartenere a qualcosa e mostrarlo.',
      acquisitionCost:
        'I fan portano altri clienti gratis, quindi una volta formato un nucleo solido i costi di acquisizione possono scendere di molto.',
      retentionGoal:
        'Eccellente per la fedeltà, ma solo finché si continua ad alimentare la passione con eventi, accessi riservati e riconoscimenti.',
      upsellNeed:
        'I fan comprano volentieri gadget, versioni superiori ed esperienze; edizioni limitate e offerte riservate ai membri funzionano bene.',
    },
  },
  'long-term': {
    definition:
      'L’azienda resta in contatto a lungo dopo il primo acquisto, con aggiornamenti regolari, assistenza, nuove funzioni ' +
      'e personalizzazioni che mantengono l’offerta interessante. È l’estremo opposto delle transazioni una tantum e di ' +
      'solito prevede un pagamento ricorrente, come un abbonamento, un’iscrizione o un contratto di servizio. Ne fanno ' +
      'parte anche i programmi fedeltà che premiano chi torna.',
    examples: [
      {
        company: 'Salesforce',
        text: 'Le aziende si abbonano al suo CRM e ricevono un flusso costante di aggiornamenti, nuove funzioni e assistenza, così il prodotto si guadagna il suo posto anno dopo anno.',
      },
      {
        company: 'Costco',
        text: 'I clienti pagano una quota associativa annuale, e i prezzi bassi e i vantaggi sono studiati perché la maggior parte la rinnovi.',
      },
      {
        company: 'Starbucks',
        text: 'Con Starbucks Rewards i membri accumulano stelle a ogni acquisto e ricevono nell’app bevande omaggio e offerte personalizzate, un incentivo a tornare spesso.',
      },
    ],
    advantages: [
      'Coinvolgimento duraturo',
      'Ricavi prevedibili e ricorrenti',
      'Valore del cliente nel tempo più alto',
      'Tempo per conoscere ogni cliente e migliorare',
    ],
    disadvantages: [
      'Bisogna continuare a offrire valore per ottenere i rinnovi',
      'I clienti possono stancarsi della relazione',
      'Investimento continuo in aggiornamenti e assistenza',
      'L’abbandono colpisce appena il valore cala',
    ],
    whenToChoose: {
      segmentExpectations:
        'Da scegliere quando i clienti usano l’offerta più e più volte, o di continuo, e vogliono che migliori senza dover ricomprare da zero.',
      acquisitionCost:
        'Indispensabile quando l’acquisizione è costosa, perché quella spesa rientra solo dopo mesi o anni di ricavi ricorrenti.',
      retentionGoal:
        'È il tipo pensato per la fidelizzazione: rinnovi e abbandoni vanno monitorati, e bisogna aggiungere valore di continuo perché i clienti abbiano sempre un motivo per restare.',
      upsellNeed:
        'Una buona base per l’upselling, perché una relazione duratura crea occasioni regolari per proporre livelli superiori e aggiunte.',
    },
  },
  'switching-costs': {
    definition:
      'La relazione diventa vincolante grazie a ostacoli all’uscita: contratti, finanziamenti, dati archiviati, abitudini ' +
      'di lavoro consolidate o investimenti che andrebbero persi passando a un concorrente. Quando i clienti hanno ' +
      'dedicato tempo e impegno al prodotto, cambiare fornitore diventa doloroso sul piano economico o pratico. Chi per ' +
      'primo costruisce legami di questo tipo in un mercato ne trae il vantaggio maggiore, perché si tiene i clienti ' +
      'prima che arrivino i concorrenti.',
    examples: [
      {
        company: 'T-Mobile',
        text: 'Chi compra il telefono a rate resta legato all’operatore finché non l’ha pagato tutto; andarsene prima significa saldare il residuo, rischiare il proprio merito creditizio e affrontare parecchie seccature.',
      },
      {
        company: 'Apple',
        text: 'Le foto su iCloud, le app acquistate e iMessage rendono faticoso passare dall’iPhone a un’altra piattaforma, e molti utenti restano nell’ecosistema.',
      },
      {
        company: 'SAP',
        text: 'Le imprese passano anni a configurare il suo gestionale ERP sui propri processi, quindi sostituirlo vuol dire migrazioni di dati costose e nuova formazione.',
      },
    ],
    advantages: [
      'Alta fidelizzazione dei clienti',
      'I concorrenti faticano a strappare clienti',
      'Base di ricavi stabile e prevedibile',
      'Premia chi arriva per primo in un mercato',
    ],
    disadvantages: [
      'Può generare risentimento nei clienti',
      'Limita la libertà di scelta dei clienti',
      'I clienti intrappolati se ne vanno, e si lamentano, appena possono',
      'Può attirare l’attenzione delle autorità di regolazione',
    ],
    whenToChoose: {
      segmentExpectations:
        'Funziona dove i clienti investono impegno in configurazione, dati o apprendimento, oppure accettano un vincolo in cambio di un prezzo o di un dispositivo migliore.',
      acquisitionCost:
        'Utile quando conquistare un cliente è costoso o sovvenzionato (un telefono scontato, un’attivazione gratuita) e serve tempo per recuperare la spesa.',
      retentionGoal:
        'Garantisce una fidelizzazione forte, ma va unito a un valore reale: chi resta solo perché costretto se ne andrà non appena la barriera cade.',
      upsellNeed:
        'Un cliente vincolato è aperto alle aggiunte dentro l’ecosistema, ma insistere con l’upselling oltre al vincolo dà presto l’impressione di approfittarsene.',
    },
  },
  'direct': {
    definition:
      'L’azienda gestisce l’intera relazione con i propri canali, come sito, app, forza vendita o negozi, senza ' +
      'concessionari o rivenditori in mezzo. Così controlla in pieno prezzi, informazioni e servizio, e riceve ' +
      'direttamente i dati e i riscontri dei clienti. In cambio deve costruire e far funzionare tutto da sola.',
    examples: [
      {
        company: 'Tesla',
        text: 'Chi compra ordina sul sito di Tesla e ritira l’auto in uno showroom dell’azienda, così informazioni e trattamento restano coerenti dall’inizio alla fine.',
      },
      {
        company: 'Warby Parker',
        text: 'Vende i suoi occhiali attraverso il proprio sito e i propri negozi, con la prova a casa, invece di passare dagli ottici indipendenti.',
      },
      {
        company: 'Dell',
        text: 'Si è fatta un nome permettendo ai clienti di configurare e ordinare i computer direttamente dal produttore, prima al telefono e poi online.',
      },
    ],
    advantages: [
      'Controllo completo dell’esperienza del cliente',
      'Costruisce relazioni solide',
      'Dati e riscontri dei clienti di prima mano',
      'Tiene il margine che andrebbe a un intermediario',
    ],
    disadvantages: [
      'Richiede un’infrastruttura robusta',
      'Costi operativi più alti',
      'Ingresso in nuovi mercati più lento che con i partner',
      'Ogni problema di servizio ricade sull’azienda',
    ],
    whenToChoose: {
      segmentExpectations:
        'Da scegliere quando i clienti apprezzano un’esperienza di marca coerente e comprano volentieri dal produttore invece che in un negozio abituale.',
      acquisitionCost:
        'L’intero costo di acquisizione (marketing, showroom, venditori) è a carico dell’azienda, quindi è adatto ai marchi capaci di attirare clienti con le proprie forze.',
      retentionGoal:
        'Possedere la relazione e i dati rende più facile ricontattare, personalizzare e trattenere i clienti.',
      upsellNeed:
        'Molto efficace: ogni punto di contatto è proprio, quindi versioni superiori, accessori e servizi si propongono senza che un intermediario prenda la sua parte.',
    },
  },
  'indirect': {
    definition:
      'L’azienda raggiunge i clienti tramite intermediari che vendono, consigliano e spesso forniscono l’assistenza post ' +
      'vendita. Questo allarga in fretta la copertura sfruttando reti, punti vendita e fiducia dei partner, ma l’azienda ' +
      'vede meno i propri clienti e ha meno voce in capitolo su come vengono trattati.',
    examples: [
      {
        company: 'Fiat',
        text: 'Vende le sue auto tramite una rete di concessionari indipendenti che gestiscono la vendita, il servizio clienti e la manutenzione.',
      },
      {
        company: 'Toyota',
        text: 'Anch’essa si affida ai concessionari per raggiungere gli acquirenti in tutto il mondo, accettando che l’esperienza cambi da una concessionaria all’altra.',
      },
      {
        company: 'Barilla',
        text: 'I suoi prodotti arrivano ai consumatori attraverso supermercati, negozi di alimentari e rivenditori online, che sono padroni del momento dell’acquisto.',
      },
    ],
    advantages: [
      'Allarga rapidamente la copertura del mercato',
      'Sfrutta reti e conoscenza locale dei partner',
      'Minore investimento in infrastrutture proprie',
      'I partner si fanno carico di parte dell’assistenza',
    ],
    disadvantages: [
      'Meno controllo sull’esperienza del cliente',
      'Rischio che il messaggio del marchio si annacqui',
      'Accesso limitato ai dati dei clienti',
      'Margine condiviso con gli intermediari',
    ],
    whenToChoose: {
      segmentExpectations:
        'Adatto quando i clienti vogliono comprare vicino a casa, confrontare più marchi nello stesso posto o farsi assistere da un partner di cui già si fidano.',
      acquisitionCost:
        'I partner portano un traffico già esistente e riducono il costo per raggiungere nuovi clienti, in cambio di una quota su ogni vendita.',
      retentionGoal:
        'La fidelizzazione è più difficile da guidare perché la relazione appartiene al partner; garanzie, app o registrazione del prodotto aiutano a legare i clienti al marchio.',
      upsellNeed:
        'L’upselling dipende da incentivi e formazione dei partner: conviene allineare le provvigioni e dar loro gli strumenti per vendere le aggiunte.',
    },
  },
} satisfies TypePages;
