import type { TypeTexts } from './types';

/** Il nome e la sintesi di ogni tipo, come compaiono nell'elenco. */
export default {
  'transactional': {
    name: 'Transazionale',
    summary: 'Vendite rapide e con pochi contatti: chi compra può farlo una volta sola e non tornare più.',
  },
  'automated-service': {
    name: 'Servizio automatizzato',
    summary: 'La tecnologia serve ogni cliente senza personale, spesso adattando i suggerimenti a ciò che ha già fatto.',
  },
  'self-service': {
    name: 'Self-service',
    summary: 'Il cliente fa da sé con gli strumenti e le informazioni che gli metti a disposizione, senza parlare con il personale.',
  },
  'personal-assistance': {
    name: 'Assistenza personale',
    summary: 'Il personale aiuta in negozio, al telefono o in chat, prima e dopo l’acquisto, senza un referente fisso.',
  },
  'dedicated-personal-assistance': {
    name: 'Assistenza personale dedicata',
    summary: 'Una persona dedicata segue il cliente e lo conosce bene, come un key account manager o il consulente in banca.',
  },
  'co-creation': {
    name: 'Co-creazione',
    summary: 'I clienti creano parte del valore: progettano prodotti, scrivono recensioni o producono i contenuti che attirano gli altri.',
  },
  'community': {
    name: 'Community',
    summary: 'Gli utenti si confrontano tra loro e con il marchio per condividere, risolvere problemi e sentirsi parte di un gruppo.',
  },
  'fans': {
    name: 'Fan',
    summary: 'Clienti entusiasti e fedeli che si riconoscono nel marchio e lo consigliano ad altri.',
  },
  'long-term': {
    name: 'Di lungo periodo',
    summary: 'Una relazione continuativa che crea valore nel tempo, spesso tramite abbonamento o iscrizione.',
  },
  'switching-costs': {
    name: 'Costi di cambiamento',
    summary: 'I clienti restano perché andarsene costerebbe loro denaro, tempo, dati o fatica.',
  },
  'direct': {
    name: 'Diretta',
    summary: 'Vendi e assisti in prima persona, senza intermediari, e tieni in mano tutta l’esperienza del cliente.',
  },
  'indirect': {
    name: 'Indiretta',
    summary: 'Partner come concessionari, distributori o rivenditori curano per tuo conto il contatto quotidiano con il cliente.',
  },
} satisfies TypeTexts;
