/**
 * The catalogue's long content in every language: each type page and the guide follow the English data's schema
 * and ids, say something different from English (not left untranslated), and carry no leftover placeholders.
 */
import { describe, expect, it } from 'vitest';
import { RELATIONSHIP_TYPES } from '../../../lib/catalogue';
import { GUIDE } from '../../../lib/catalogue/guide';
import { GuideSchema, RelationshipTypeSchema } from '../../../lib/catalogue/schema';
import { loadCatalogueContent, loadGuide, metricIn, withPage } from '../../../lib/i18n/content/load';
import type { GuideTexts, TypePages } from '../../../lib/i18n/content/pages';
import { LANGUAGES, type Language } from '../../../lib/i18n/languages';
import { z } from '../../../lib/model/zod';

const others = LANGUAGES.filter((l): l is Exclude<Language, 'en'> => l !== 'en');

const TypePageSchema = z.pick(RelationshipTypeSchema, { definition: true, examples: true, advantages: true, disadvantages: true, whenToChoose: true });

const typePages = async (lang: Language) => ((await import(`../../../lib/i18n/content/type-pages.${lang}.ts`)) as { default: TypePages }).default;
const guide = async (lang: Language) => ((await import(`../../../lib/i18n/content/guide.${lang}.ts`)) as { default: GuideTexts }).default;

/** Every string in a value, depth first. */
const strings = (value: unknown): string[] =>
  typeof value === 'string' ? [value] : Array.isArray(value) ? value.flatMap(strings) : value && typeof value === 'object' ? Object.values(value).flatMap(strings) : [];

/** The ids and shape of the guide, without its words: what every language must keep. */
const skeleton = (g: GuideTexts) => ({
  phases: g.phases.map((p) => [p.id, p.metrics]),
  caseStudy: g.caseStudy.steps.map((s) => s.phase),
  mistakes: g.mistakes.map((m) => m.id),
  blockQuestions: g.blockQuestions.map((q) => q.block),
  metrics: g.metrics.map((m) => m.id),
});

describe.each(others)('the catalogue in %s', (lang) => {
  it('has a page for every type, valid by the catalogue’s schema', async () => {
    const pages = await typePages(lang);
    expect(Object.keys(pages).sort()).toEqual(RELATIONSHIP_TYPES.map((t) => t.id).sort());
    for (const type of RELATIONSHIP_TYPES) {
      const page = pages[type.id]!;
      expect(TypePageSchema.safeParse(page).success, `${lang} ${type.id}`).toBe(true);
      // Translated, not copied: the definition and the when-to-choose texts differ from English.
      expect(page.definition).not.toBe(type.definition);
      for (const k of Object.keys(type.whenToChoose) as (keyof typeof type.whenToChoose)[]) expect(page.whenToChoose[k]).not.toBe(type.whenToChoose[k]);
    }
  });

  it('has the whole guide with the English ids, valid by the guide’s schema', async () => {
    const mine = await guide(lang);
    const parsed = GuideSchema.safeParse(mine);
    expect(parsed.success, parsed.success ? '' : JSON.stringify(parsed.error.issues.slice(0, 3))).toBe(true);
    expect(skeleton(mine)).toEqual(skeleton(GUIDE));
    const english = new Set(strings(GUIDE).filter((s) => s.split(/\s+/).length > 3));
    expect(strings(mine).filter((s) => english.has(s))).toEqual([]);
  });

  it('leaves no placeholder or markup in the text', async () => {
    const all = [...strings(await typePages(lang)), ...strings(await guide(lang))];
    expect(all.filter((s) => /[{}<>]|TODO|\s{2,}/.test(s))).toEqual([]);
  });
});

describe('loading a language’s content for the panel', () => {
  it('gives English from the catalogue data itself', async () => {
    const en = await loadCatalogueContent('en');
    expect(await loadGuide('en')).toBe(GUIDE);
    expect(en.metrics).toEqual(GUIDE.metrics);
    expect(withPage(RELATIONSHIP_TYPES[0]!, en)).toBe(RELATIONSHIP_TYPES[0]);
  });

  it.each(others)('puts the %s page over the type, keeping its ids, name and keywords', async (lang) => {
    const content = await loadCatalogueContent(lang);
    expect(await loadGuide(lang)).toBe(await guide(lang));
    const pages = await typePages(lang);
    for (const type of RELATIONSHIP_TYPES) {
      const shown = withPage(type, content);
      expect(shown.definition).toBe(pages[type.id]!.definition);
      expect(shown.examples).toEqual(pages[type.id]!.examples);
      expect({ id: shown.id, name: shown.name, metrics: shown.metrics, keywords: shown.keywords }).toEqual({ id: type.id, name: type.name, metrics: type.metrics, keywords: type.keywords });
      for (const id of type.metrics) expect(metricIn(content, id)?.name).toBe((await guide(lang)).metrics.find((m) => m.id === id)!.name);
    }
  });
});
