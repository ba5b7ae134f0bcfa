/**
 * The typed message catalogue of the interface. English (bundled) defines the keys of each area; every other
 * language is one file per area, loaded only when that language is active, so a German panel never downloads
 * French. `t(key, params)` falls back to English for a key a language lacks (tests make sure none does).
 */
import chipEn from './messages/chip.en';
import coreEn from './messages/core.en';
import type { Language } from './languages';
import { fill, type Params, type Template } from './text';

export const ENGLISH = { core: coreEn, chip: chipEn };
export type Area = keyof typeof ENGLISH;
export type Key<A extends Area> = keyof (typeof ENGLISH)[A] & string;
/** One language's messages for an area: exactly the English keys, each a template. */
export type Messages<A extends Area> = { readonly [K in Key<A>]: Template };

export type Translate<A extends Area> = (key: Key<A>, params?: Params) => string;

/** A `t` over `messages` (the active language's, when loaded), English where a key is missing. */
export function translator<A extends Area>(area: A, lang: Language, messages?: Partial<Messages<A>>): Translate<A> {
  const english = ENGLISH[area] as Messages<A>;
  return (key, params) => fill(messages?.[key] ?? english[key], messages?.[key] ? lang : 'en', params);
}

type Loader<A extends Area> = () => Promise<{ default: Messages<A> }>;

/** The side panel's areas per language; one chunk each (the chip bundles its own, see lib/i18n/chip.ts). */
const PANEL_LOADERS: { [A in Exclude<Area, 'chip'>]: Record<Exclude<Language, 'en'>, Loader<A>> } = {
  core: {
    de: () => import('./messages/core.de'),
    fr: () => import('./messages/core.fr'),
    es: () => import('./messages/core.es'),
    pt: () => import('./messages/core.pt'),
    it: () => import('./messages/core.it'),
    nl: () => import('./messages/core.nl'),
  },
};
export type PanelArea = keyof typeof PANEL_LOADERS;

/** Loads a panel area's messages in `lang` (English is already here). */
export async function loadMessages<A extends PanelArea>(area: A, lang: Language): Promise<Messages<A>> {
  if (lang === 'en') return ENGLISH[area] as Messages<A>;
  return (await PANEL_LOADERS[area][lang]()).default;
}
