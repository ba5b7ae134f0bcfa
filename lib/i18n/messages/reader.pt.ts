import type { Messages } from '../catalogue';

export default {
  'adder.label': 'Anotar a seleção',
  'adder.highlight': 'Destacar',
  'adder.annotate': 'Anotar',
  'adder.saving': 'Salvando…',
  'card.label': 'Anotação',
  'card.edit': 'Editar no painel lateral',
  'card.close': 'Fechar',
  'save.noSelection': 'Selecione um texto primeiro.',
  'save.tooLong': 'Este trecho tem {length} caracteres; uma anotação comporta no máximo {max}. Selecione um trecho mais curto.',
  'save.noAnswer': 'A extensão não respondeu; recarregue a página e tente de novo.',
  'save.opened': 'Salvo: adicione tags e uma nota no painel lateral.',
  'save.highlighted': 'Destacado.',
  'phase.get': 'Conquistar',
  'phase.keep': 'Reter',
  'phase.grow': 'Expandir',
} satisfies Messages<'reader'>;
