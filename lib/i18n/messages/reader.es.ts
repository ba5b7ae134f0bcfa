import type { Messages } from '../catalogue';

export default {
  'adder.label': 'Anotar la selección',
  'adder.highlight': 'Resaltar',
  'adder.annotate': 'Anotar',
  'adder.saving': 'Guardando…',
  'card.label': 'Anotación',
  'card.edit': 'Editar en el panel lateral',
  'card.close': 'Cerrar',
  'save.noSelection': 'Primero hay que seleccionar un texto.',
  'save.tooLong': 'Este pasaje tiene {length} caracteres; una anotación admite como máximo {max}. Conviene seleccionar un pasaje más corto.',
  'save.noAnswer': 'La extensión no respondió; conviene recargar la página y volver a intentarlo.',
  'save.opened': 'Guardado: las etiquetas y la nota se añaden en el panel lateral.',
  'save.highlighted': 'Resaltado.',
  'phase.get': 'Captar',
  'phase.keep': 'Retener',
  'phase.grow': 'Crecer',
} satisfies Messages<'reader'>;
