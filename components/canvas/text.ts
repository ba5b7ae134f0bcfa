/** The Canvas area's messages ("This site", "Read this board" and its problems, "Analyse notes"). */
import english from '../../lib/i18n/messages/canvas.en';
import { createAreaText } from '../area-text';

export const { AreaText: CanvasText, useText: useCanvasText } = createAreaText<'canvas'>(english, {
  de: () => import('../../lib/i18n/messages/canvas.de'),
  fr: () => import('../../lib/i18n/messages/canvas.fr'),
  es: () => import('../../lib/i18n/messages/canvas.es'),
  pt: () => import('../../lib/i18n/messages/canvas.pt'),
  it: () => import('../../lib/i18n/messages/canvas.it'),
  nl: () => import('../../lib/i18n/messages/canvas.nl'),
});
