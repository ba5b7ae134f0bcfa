import { readdirSync, readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { translator, type Area, type Messages } from '../../../lib/i18n/catalogue';
import { loadPack } from '../../../lib/i18n/packs';
import coreEn from '../../../lib/i18n/messages/core.en';
import { LANGUAGES, type Language } from '../../../lib/i18n/languages';
import { placeholdersOf, type Template } from '../../../lib/i18n/text';

const others = LANGUAGES.filter((l): l is Exclude<Language, 'en'> => l !== 'en');

const AREAS: Area[] = ['core', 'chip', 'drafts', 'editor', 'exports', 'advisor', 'canvas', 'cohort', 'workspace', 'review', 'health', 'findings', 'annotations', 'exchange', 'imports', 'reader', 'tactics'];

/** Every area's file in every language, read the way a new area's files would be: by their names. */
async function messagesOf(area: Area, lang: Language): Promise<Messages<Area>> {
  return ((await import(`../../../lib/i18n/messages/${area}.${lang}.ts`)) as { default: Messages<Area> }).default;
}

it('names every message file the catalogue has', () => {
  const files = readdirSync('lib/i18n/messages').map((f) => f.replace(/\.ts$/, ''));
  expect(files.sort()).toEqual(AREAS.flatMap((a) => LANGUAGES.map((l) => `${a}.${l}`)).sort());
});

const shape = (t: Template) => (typeof t === 'string' ? 'text' : 'plural');

describe.each(AREAS)('the %s messages', (area) => {
  let english: Messages<Area>;
  beforeAll(async () => {
    english = await messagesOf(area, 'en');
  });

  it.each(others)('exist in %s for every English key, with the same placeholders and plural forms', async (lang) => {
    const messages = await messagesOf(area, lang);
    expect(Object.keys(messages).sort()).toEqual(Object.keys(english).sort());
    for (const key of Object.keys(english) as (keyof typeof english)[]) {
      const mine = messages[key];
      expect(shape(mine), `${lang} ${key}`).toBe(shape(english[key]));
      expect(placeholdersOf(mine), `${lang} ${key}`).toEqual(placeholdersOf(english[key]));
      for (const text of typeof mine === 'string' ? [mine] : Object.values(mine)) expect(String(text).trim(), `${lang} ${key}`).not.toBe('');
    }
  });

  it.each(others)('in %s is not just English left untranslated', async (lang) => {
    const messages = await messagesOf(area, lang);
    const same = (Object.keys(english) as (keyof typeof english)[]).filter((k) => JSON.stringify(messages[k]) === JSON.stringify(english[k]));
    // Short words shared across languages (Canvas, Phase, Community, {first}.) are fine, and so are templates of
    // placeholders and punctuation alone ({what} “{draft}” › {segment}.); whole sentences are not.
    const words = (t: Template) => Math.max(...(typeof t === 'string' ? [t] : Object.values(t)).map((x) => String(x).replace(/\{\w+\}/g, '').split(/\s+/).filter((w) => /\p{L}/u.test(w)).length));
    expect(same.filter((k) => words(english[k]) > 2)).toEqual([]);
  });
});

describe('the manifest messages (_locales)', () => {
  const read = (lang: string) => JSON.parse(readFileSync(`public/_locales/${lang}/messages.json`, 'utf8')) as Record<string, { message: string }>;
  it.each(LANGUAGES)('exist in %s for every English key, within the stores’ length limits', (lang) => {
    const en = read('en');
    const mine = read(lang);
    expect(Object.keys(mine).sort()).toEqual(Object.keys(en).sort());
    expect(mine.extShortName!.message.length).toBeLessThanOrEqual(12);
    expect(mine.extDescription!.message.length).toBeLessThanOrEqual(132);
    expect(mine.extName!.message.length).toBeLessThanOrEqual(45);
  });
});

describe('translate', () => {
  it('chooses the plural form by the language’s rules and writes the number its way', async () => {
    const de = translator<'core'>(coreEn, 'de', (await loadPack('de')).core);
    expect(de('catalogue.count', { count: 1 })).toBe('1 Typ');
    expect(de('catalogue.count', { count: 12 })).toBe('12 Typen');
    expect(de('catalogue.count', { count: 1200 })).toBe('1.200 Typen');
    const fr = translator<'core'>(coreEn, 'fr', (await loadPack('fr')).core);
    // French counts zero as singular, English does not.
    expect(fr('catalogue.count', { count: 0 })).toBe('0 type');
    expect(translator<'core'>(coreEn, 'en')('catalogue.count', { count: 0 })).toBe('0 types');
    expect(translator<'core'>(coreEn, 'en')('catalogue.count', { count: 1 })).toBe('1 type');
  });

  it('falls back to English for a key a language lacks', () => {
    const partial = translator<'core'>(coreEn, 'nl', { 'nav.drafts': 'Concepten' });
    expect(partial('nav.drafts')).toBe('Concepten');
    expect(partial('nav.guide')).toBe('Guide');
  });
});
