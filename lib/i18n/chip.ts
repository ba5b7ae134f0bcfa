/**
 * The chip's messages in all seven languages. Only the background bundles them all: it sends the chip the
 * chosen language's words with each analysis, so the detector injected into canvas pages carries English only.
 */
import type { Area, Messages } from './catalogue';
import en from './messages/chip.en';
import de from './messages/chip.de';
import es from './messages/chip.es';
import fr from './messages/chip.fr';
import it from './messages/chip.it';
import nl from './messages/chip.nl';
import pt from './messages/chip.pt';
import type { Language } from './languages';
import type { Template } from './text';

export const CHIP_MESSAGES: Record<Language, Messages<'chip'>> = { en, de, fr, es, pt, it, nl };

/**
 * One language's words as the flat list the chip's (and the reader's) messages carry: key, text, …; plural forms
 * as `key#form`. Flat strings, so injected scripts check them with the schemas they already have.
 */
export function flattenWords<A extends Area>(messages: Messages<A>): string[] {
  return Object.entries<Template>(messages).flatMap(([key, template]) =>
    typeof template === 'string' ? [key, template] : Object.entries(template).flatMap(([form, text]) => [`${key}#${form}`, text]));
}

/** The words back from `flattenWords`'s list; plural templates without an `other` form are left out. */
export function wordsFrom<A extends Area = 'chip'>(list: readonly string[]): Partial<Messages<A>> {
  const words: Record<string, string | Record<string, string>> = {};
  for (let i = 0; i + 1 < list.length; i += 2) {
    const [key, form] = list[i]!.split('#');
    if (form) words[key!] = { ...(words[key!] as Record<string, string> | undefined), [form]: list[i + 1]! };
    else words[key!] = list[i + 1]!;
  }
  for (const [key, template] of Object.entries(words)) if (typeof template !== 'string' && !template.other) delete words[key];
  return words as Partial<Messages<A>>;
}

