import type { TypeSummaries } from './summaries';

/** La sintesi di ogni tipo, come compare nell'elenco. */
export default {
  'transactional': 'Vendite rapide e con pochi contatti: chi compra può farlo una volta sola e non tornare più.',
  'automated-service': 'La tecnologia serve ogni cliente senza personale, spesso adattando i suggerimenti a ciò che ha già fatto.',
  'self-service': 'Il cliente fa da sé con gli strumenti e le informazioni che gli metti a disposizione, senza parlare con il personale.',
  'personal-assistance': 'Il personale aiuta in negozio, al telefono o in chat, prima e dopo l’acquisto, senza un referente fisso.',
  'dedicated-personal-assistance': 'Una persona dedicata segue il cliente e lo conosce bene, come un key account manager o il consulente in banca.',
  'co-creation': 'I clienti creano parte del valore: progettano prodotti, scrivono recensioni o producono i contenuti che attirano gli altri.',
  'community': 'Gli utenti si confrontano tra loro e con il marchio per condividere, risolvere problemi e sentirsi parte di un gruppo.',
  'fans': 'Clienti entusiasti e fedeli che si riconoscono nel marchio e lo consigliano ad altri.',
  'long-term': 'Una relazione continuativa che crea valore nel tempo, spesso tramite abbonamento o iscrizione.',
  'switching-costs': 'I clienti restano perché andarsene costerebbe loro denaro, tempo, dati o fatica.',
  'direct': 'Vendi e assisti in prima persona, senza intermediari, e tieni in mano tutta l’esperienza del cliente.',
  'indirect': 'Partner come concessionari, distributori o rivenditori curano per tuo conto il contatto quotidiano con il cliente.',
} satisfies TypeSummaries;
