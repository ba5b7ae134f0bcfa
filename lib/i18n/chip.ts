/**
 * The chip's messages in all seven languages, bundled with the detector script: it is injected into a page
 * as one classic script, which cannot load chunks, and the seven together are a few KB.
 */
import type { Messages } from './catalogue';
import en from './messages/chip.en';
import de from './messages/chip.de';
import es from './messages/chip.es';
import fr from './messages/chip.fr';
import it from './messages/chip.it';
import nl from './messages/chip.nl';
import pt from './messages/chip.pt';
import type { Language } from './languages';

export const CHIP_MESSAGES: Record<Language, Messages<'chip'>> = { en, de, fr, es, pt, it, nl };
