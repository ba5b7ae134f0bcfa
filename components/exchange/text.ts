/** The Export / import view's messages: English bundled with the view, another language's file loaded with it. */
import english from '../../lib/i18n/messages/exchange.en';
import { createAreaText } from '../area-text';

export const { AreaText: ExchangeText, useText: useExchangeText } = createAreaText<'exchange'>(english, {
  de: () => import('../../lib/i18n/messages/exchange.de'),
  fr: () => import('../../lib/i18n/messages/exchange.fr'),
  es: () => import('../../lib/i18n/messages/exchange.es'),
  pt: () => import('../../lib/i18n/messages/exchange.pt'),
  it: () => import('../../lib/i18n/messages/exchange.it'),
  nl: () => import('../../lib/i18n/messages/exchange.nl'),
});
