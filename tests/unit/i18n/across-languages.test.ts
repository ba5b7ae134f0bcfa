import { describe, expect, it } from 'vitest';
import { analyseNotes, chipAnalysisOf } from '../../../lib/advice/analyse';
import { chipAnalysisIn } from '../../../lib/advice/chip-language';
import { RELATIONSHIP_TYPES } from '../../../lib/catalogue';
import { buildIndex, search } from '../../../lib/catalogue/search';
import { missingNames, TYPE_NAMES } from '../../../lib/i18n/content/type-names';
import { TypeTextsSchema } from '../../../lib/i18n/content/types-schema';
import { LANGUAGES, type Language } from '../../../lib/i18n/languages';
import { loadPack } from '../../../lib/i18n/packs';
import { localiseTypes, withNamesInEveryLanguage } from '../../../lib/i18n/localise';

const textsOf = async (lang: Language) => (lang === 'en' ? undefined : (await loadPack(lang)).types);

async function panelIndex(lang: Language) {
  const types = localiseTypes(RELATIONSHIP_TYPES, lang, await textsOf(lang));
  return buildIndex(withNamesInEveryLanguage(types, RELATIONSHIP_TYPES, TYPE_NAMES));
}

describe('searching the catalogue in any language', () => {
  it.each([
    ['fr', 'Selbstbedienung', 'self-service'],
    ['de', 'libre-service', 'self-service'],
    ['de', 'self-service', 'self-service'],
    ['en', 'Wechselkosten', 'switching-costs'],
    ['nl', 'comunidad', 'community'],
    ['it', 'Kundenbetreuer', 'dedicated-personal-assistance'],
  ] as const)('with the panel in %s, "%s" finds %s first', async (lang, query, id) => {
    const hits = search(await panelIndex(lang), query);
    expect(hits[0]?.type.id).toBe(id);
  });

  it('shows the found type in the panel’s language', async () => {
    const hits = search(await panelIndex('de'), 'community');
    expect(hits[0]?.type.name).toBe('Community');
    const fr = search(await panelIndex('fr'), 'Gemeinschaft');
    expect(fr.map((h) => h.type.name)).toContain('Communauté');
  });
});

describe('notes in one language, chip in another', () => {
  const germanNotes = ['Persönlicher Ansprechpartner für Großkunden', 'Online-Community mit Forum', 'Selbstbedienung im Kundenportal'];

  it('recognises German notes and names the types in French when the chip speaks French', () => {
    const chip = chipAnalysisIn(analyseNotes(germanNotes), 'fr');
    expect(chip.language).toBe('fr');
    expect(chip.types.map((t) => t.name)).toEqual(expect.arrayContaining(['Communauté', 'Libre-service']));
  });

  it('keeps English names for an English chip, as before', () => {
    const chip = chipAnalysisOf(analyseNotes(germanNotes));
    expect(chip.types.map((t) => t.name)).toEqual(expect.arrayContaining(['Community', 'Self-service']));
  });
});

describe('translated names and summaries', () => {
  it.each(LANGUAGES.filter((l) => l !== 'en'))('exist in %s for every type, valid by the same rules as English, and translated', async (lang) => {
    const texts = (await textsOf(lang))!;
    expect(TypeTextsSchema.safeParse(texts).success).toBe(true);
    expect(Object.keys(texts).sort()).toEqual(RELATIONSHIP_TYPES.map((t) => t.id).sort());
    for (const t of RELATIONSHIP_TYPES) expect(texts[t.id]!.summary, `${lang} ${t.id}`).not.toBe(t.summary);
  });

  it('names every type in every language', () => {
    expect(Object.keys(TYPE_NAMES).sort()).toEqual(RELATIONSHIP_TYPES.map((t) => t.id).sort());
    for (const type of RELATIONSHIP_TYPES) expect(missingNames(type.id), type.id).toEqual([]);
    for (const [id, names] of Object.entries(TYPE_NAMES)) for (const name of Object.values(names)) expect(name.trim().length, id).toBeGreaterThan(0);
  });
});
