import type { Messages } from '../catalogue';

export default {
  'adder.label': 'Annota la selezione',
  'adder.highlight': 'Evidenzia',
  'adder.annotate': 'Annota',
  'adder.saving': 'Salvataggio…',
  'card.label': 'Annotazione',
  'card.edit': 'Modifica nel pannello laterale',
  'card.close': 'Chiudi',
  'save.noSelection': 'Selezionare prima un testo.',
  'save.tooLong': 'Questo passaggio è lungo {length} caratteri; un’annotazione ne contiene al massimo {max}. Selezionare un passaggio più breve.',
  'save.noAnswer': 'L’estensione non ha risposto; ricaricare la pagina e riprovare.',
  'save.opened': 'Salvata: tag e nota si aggiungono nel pannello laterale.',
  'save.highlighted': 'Evidenziato.',
  'phase.get': 'Acquisire',
  'phase.keep': 'Fidelizzare',
  'phase.grow': 'Sviluppare',
} satisfies Messages<'reader'>;
