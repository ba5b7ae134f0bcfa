/**
 * The typed message catalogue of the interface. English (bundled) defines the keys of each area; every other
 * language is one file per area, loaded only when that language is active, so a German panel never downloads
 * French. `t(key, params)` falls back to English for a key a language lacks (tests make sure none does).
 * English files are imported only by the code that speaks that area (types here are type-only imports), so
 * the side panel does not carry the chip's messages, nor the chip the panel's.
 */
import type advisorEn from './messages/advisor.en';
import type canvasEn from './messages/canvas.en';
import type chipEn from './messages/chip.en';
import type cohortEn from './messages/cohort.en';
import type coreEn from './messages/core.en';
import type draftsEn from './messages/drafts.en';
import type editorEn from './messages/editor.en';
import type exportsEn from './messages/exports.en';
import type reviewEn from './messages/review.en';
import type workspaceEn from './messages/workspace.en';
import type findingsEn from './messages/findings.en';
import type healthEn from './messages/health.en';
import type annotationsEn from './messages/annotations.en';
import type exchangeEn from './messages/exchange.en';
import type importsEn from './messages/imports.en';
import type readerEn from './messages/reader.en';
import type tacticsEn from './messages/tactics.en';
import type { Language } from './languages';
import { fill, type Params, type Template } from './text';

interface EnglishAreas {
  core: typeof coreEn;
  chip: typeof chipEn;
  drafts: typeof draftsEn;
  editor: typeof editorEn;
  exports: typeof exportsEn;
  advisor: typeof advisorEn;
  canvas: typeof canvasEn;
  cohort: typeof cohortEn;
  workspace: typeof workspaceEn;
  review: typeof reviewEn;
  health: typeof healthEn;
  findings: typeof findingsEn;
  annotations: typeof annotationsEn;
  exchange: typeof exchangeEn;
  imports: typeof importsEn;
  reader: typeof readerEn;
  tactics: typeof tacticsEn;
}
export type Area = keyof EnglishAreas;
export type Key<A extends Area> = keyof EnglishAreas[A] & string;
/** One language's messages for an area: exactly the English keys, each a template. */
export type Messages<A extends Area> = { readonly [K in Key<A>]: Template };

export type Translate<A extends Area> = (key: Key<A>, params?: Params) => string;

/** A `t` over `messages` (the active language's, when loaded), `english` where a key is missing. */
export function translator<A extends Area>(english: Messages<A>, lang: Language, messages?: Partial<Messages<A>>): Translate<A> {
  return (key, params) => {
    const own = messages?.[key];
    return own ? fill(own, lang, params) : fill(english[key], 'en', params);
  };
}
