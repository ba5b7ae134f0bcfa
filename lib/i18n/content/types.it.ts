import type { TypeSummaries } from './types';

/** Each type's one-line summary in Italian, as the list shows it (the names are in type-names.ts). */
export default {
  'transactional': {
    summary: 'Vendite rapide e con pochi contatti: chi compra può farlo una volta sola e non tornare più.',
  },
  'automated-service': {
    summary: 'La tecnologia serve ogni cliente senza personale, spesso adattando i suggerimenti a ciò che ha già fatto.',
  },
  'self-service': {
    summary: 'Il cliente fa da sé con gli strumenti e le informazioni che l’azienda gli mette a disposizione, senza parlare con il personale.',
  },
  'personal-assistance': {
    summary: 'Il personale aiuta in negozio, al telefono o in chat, prima e dopo l’acquisto, senza un referente fisso.',
  },
  'dedicated-personal-assistance': {
    summary: 'Una persona dedicata segue il cliente e lo conosce bene, come un key account manager o il consulente in banca.',
  },
  'co-creation': {
    summary: 'I clienti creano parte del valore: progettano prodotti, scrivono recensioni o producono i contenuti che attirano gli altri.',
  },
  'community': {
    summary: 'Gli utenti si confrontano tra loro e con il marchio per condividere, risolvere problemi e sentirsi parte di un gruppo.',
  },
  'fans': {
    summary: 'Clienti entusiasti e fedeli che si riconoscono nel marchio e lo consigliano ad altri.',
  },
  'long-term': {
    summary: 'Una relazione continuativa che crea valore nel tempo, spesso tramite abbonamento o iscrizione.',
  },
  'switching-costs': {
    summary: 'I clienti restano perché andarsene costerebbe loro denaro, tempo, dati o fatica.',
  },
  'direct': {
    summary: 'L’azienda vende e assiste in prima persona, senza intermediari, e tiene in mano tutta l’esperienza del cliente.',
  },
  'indirect': {
    summary: 'Partner come concessionari, distributori o rivenditori curano per conto dell’azienda il contatto quotidiano con il cliente.',
  },
} satisfies TypeSummaries;
