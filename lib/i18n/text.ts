/**
 * Message templates: a string with `{name}` placeholders, or plural forms chosen by `Intl.PluralRules`
 * (`{ one: '{count} type', other: '{count} types' }`). Pure, so tests check every language's catalogue.
 */
import type { Language } from './languages';

/** CLDR plural categories; `other` is required, the rest only where the language uses them. */
export interface PluralForms {
  zero?: string;
  one?: string;
  two?: string;
  few?: string;
  many?: string;
  other: string;
}
export type Template = string | PluralForms;

export type Params = Record<string, string | number>;

const pluralRules = new Map<Language, Intl.PluralRules>();
const numberFormats = new Map<Language, Intl.NumberFormat>();

function rulesFor(lang: Language): Intl.PluralRules {
  let rules = pluralRules.get(lang);
  if (!rules) pluralRules.set(lang, (rules = new Intl.PluralRules(lang)));
  return rules;
}

/** Numbers as the language writes them (1,234 / 1.234 / 1 234). */
export function formatNumber(n: number, lang: Language): string {
  let format = numberFormats.get(lang);
  if (!format) numberFormats.set(lang, (format = new Intl.NumberFormat(lang)));
  return format.format(n);
}

/** The template's text for these params: plural forms pick by `params.count`, then `{name}`s are filled in. */
export function fill(template: Template, lang: Language, params: Params = {}): string {
  let text: string;
  if (typeof template === 'string') text = template;
  else {
    const count = typeof params.count === 'number' ? params.count : 0;
    text = template[rulesFor(lang).select(count)] ?? template.other;
  }
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    return typeof value === 'number' ? formatNumber(value, lang) : value;
  });
}

/** The placeholder names a template uses, in all its forms, sorted: the completeness test compares them. */
export function placeholdersOf(template: Template): string[] {
  const texts = typeof template === 'string' ? [template] : Object.values(template).filter((t): t is string => typeof t === 'string');
  return [...new Set(texts.flatMap((t) => [...t.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!)))].sort();
}
