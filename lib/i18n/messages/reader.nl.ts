import type { Messages } from '../catalogue';

export default {
  'adder.label': 'Selectie annoteren',
  'adder.highlight': 'Markeren',
  'adder.annotate': 'Annoteren',
  'adder.saving': 'Bezig met opslaan…',
  'card.label': 'Aantekening',
  'card.edit': 'Bewerken in het zijpaneel',
  'card.close': 'Sluiten',
  'save.noSelection': 'Selecteer eerst een stuk tekst.',
  'save.tooLong': 'Deze passage is {length} tekens lang; een aantekening bevat er hoogstens {max}. Selecteer een kortere passage.',
  'save.noAnswer': 'De extensie gaf geen antwoord; laad de pagina opnieuw en probeer het nog eens.',
  'save.opened': 'Opgeslagen: voeg tags en een notitie toe in het zijpaneel.',
  'save.highlighted': 'Gemarkeerd.',
  'phase.get': 'Werven',
  'phase.keep': 'Behouden',
  'phase.grow': 'Uitbouwen',
} satisfies Messages<'reader'>;
