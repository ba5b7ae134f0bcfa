import type { Messages } from '../catalogue';

export default {
  'adder.label': 'Annoter la sélection',
  'adder.highlight': 'Surligner',
  'adder.annotate': 'Annoter',
  'adder.saving': 'Enregistrement…',
  'card.label': 'Annotation',
  'card.edit': 'Modifier dans le panneau latéral',
  'card.close': 'Fermer',
  'save.noSelection': 'Sélectionnez d’abord un passage.',
  'save.tooLong': 'Ce passage compte {length} caractères ; une annotation en contient au plus {max}. Sélectionnez un passage plus court.',
  'save.noAnswer': 'L’extension n’a pas répondu ; rechargez la page et réessayez.',
  'save.opened': 'Enregistré : ajoutez des tags et une note dans le panneau latéral.',
  'save.highlighted': 'Surligné.',
  'phase.get': 'Conquérir',
  'phase.keep': 'Fidéliser',
  'phase.grow': 'Développer',
} satisfies Messages<'reader'>;
