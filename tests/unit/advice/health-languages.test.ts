/**
 * The health check speaks every language: each rule's title, why and fix render with every placeholder filled,
 * in the language's own quotes and words, while English stays exactly as it was.
 */
import { describe, expect, it } from 'vitest';
import { analyseNotes } from '../../../lib/advice/analyse';
import { chipAnalysisIn, findingTextsIn } from '../../../lib/advice/chip-language';
import { applyFix } from '../../../lib/advice/finding';
import { findingText } from '../../../lib/advice/finding-text';
import { checkDraft, checkNotes, type Finding } from '../../../lib/advice/health';
import { ENGLISH_SUMMARY_WORDS, suggestSummary } from '../../../lib/advice/summary';
import { ENGLISH_TACTIC_WORDS, metricTarget, TACTIC_FITS } from '../../../lib/advice/tactics';
import type { MetricId } from '../../../lib/catalogue/ids';
import english from '../../../lib/i18n/messages/findings.en';
import { LANGUAGES, type Language } from '../../../lib/i18n/languages';
import { ChipAnalysis } from '../../../lib/messages-canvas';
import { draft, segment, tactic, types } from './drafts';

const others = LANGUAGES.filter((l): l is Exclude<Language, 'en'> => l !== 'en');

/** Drafts that between them set off every rule in every wording. */
const DRAFTS = [
  draft([]),
  draft([
    segment('a', 'Enterprise', { types: types('automated-service'), notes: 'Premium clients', grid: { get: [tactic('g', 'Ads')], keep: [], grow: [] } }),
    segment('b', 'Shops', { types: types('automated-service') }),
    segment('c', '', {}),
    segment('d', 'Students', { notes: 'They mostly use the forum; we plan upgrades later' }),
    segment('e', 'Walk-ins', { types: types('transactional'), grid: { get: [tactic('g2', 'Window posters in the high street')], keep: [tactic('k', 'Stamp card, tenth coffee free', 'Repeat purchase rate')], grow: [] } }),
    segment('f', 'Resellers', { types: types('indirect'), grid: { get: [tactic('g3', 'Launch party for the first buyers', 'Sign-ups')], keep: [tactic('k3', 'Monthly newsletter with behind-the-scenes news')], grow: [] } }),
  ], 'A very long summary line that goes on and on about every single thing we could possibly do for customers'),
  draft([segment('s', 'Shops', { types: types('self-service') })], 'Self-service in every one of our shops, with guides and a help centre'),
];

const findings = DRAFTS.flatMap((d) => checkDraft(d));
const wording = (f: Finding) => (f.variant ? `${f.rule}.${f.variant}` : f.rule);

describe('the health check in every language', () => {
  it('is tested on every rule in every wording', () => {
    expect([...new Set(findings.map(wording))].sort()).toEqual([
      'block-question', 'empty-cell.get', 'empty-cell.grow', 'get-only-block', 'ignoring-feedback', 'neglecting-post-purchase',
      'no-relationship-per-segment', 'no-relationship-per-segment.guessed', 'no-segment', 'not-evolving-relationships',
      'not-measuring-relationship-quality.none', 'not-measuring-relationship-quality.some', 'one-size-fits-all', 'over-automating',
      'overloading-the-canvas', 'overloading-the-canvas.short', 'thin-cell', 'underinvesting-in-retention.cell',
      'underinvesting-in-retention.types',
    ]);
  });

  it.each(others)('words every finding in %s, placeholders filled, none of it left in English', (lang) => {
    const texts = findingTextsIn(lang);
    for (const f of findings) {
      const own = findingText(f, texts);
      for (const part of ['title', 'why', 'fix'] as const) {
        expect(own[part], `${f.id} ${part}`).not.toMatch(/[{}]/);
        expect(own[part], `${f.id} ${part}`).toMatch(/^\P{Ll}/u);
        // A block question's why is the guide's own link text, English until a guide in the language is given.
        if (!(f.rule === 'block-question' && part === 'why')) expect(own[part], `${f.id} ${part}`).not.toBe(f[part]);
      }
    }
  });

  it('names segments in each language’s quotes, and an unnamed one in words', () => {
    const one = draft([segment('a', 'Enterprise', {}), segment('b', '', {})]);
    const why = (lang: Language, id: string) => findingText(checkDraft(one).find((f) => f.id === id)!, findingTextsIn(lang)).why;
    expect(why('de', 'no-relationship-per-segment:a')).toMatch(/^„Enterprise“ hat keinen Beziehungstyp/);
    expect(why('de', 'no-relationship-per-segment:b')).toMatch(/^Das unbenannte Segment hat keinen Beziehungstyp/);
    expect(why('fr', 'no-relationship-per-segment:a')).toMatch(/^«\u00a0Enterprise\u00a0» n’a aucun type de relation/);
    expect(why('fr', 'no-relationship-per-segment:b')).toMatch(/^Ce segment sans nom n’a aucun/);
    expect(why('nl', 'no-relationship-per-segment:a')).toMatch(/^‘Enterprise’ heeft geen relatietype/);
  });

  it('counts unmeasured tactics with the language’s plural forms', () => {
    const two = (unmeasured: number) => draft([segment('a', 'Cafés', {
      types: types('personal-assistance'),
      grid: { get: [tactic('g', 'Tastings in the shop every Saturday', unmeasured > 1 ? undefined : 'Visitors')], keep: [tactic('k', 'Barista remembers the usual order')], grow: [tactic('w', 'Coffee subscription for regulars', 'Subscribers')] },
    })]);
    const why = (content: ReturnType<typeof two>, lang: Language) =>
      findingText(checkDraft(content).find((f) => f.rule === 'not-measuring-relationship-quality')!, findingTextsIn(lang)).why;
    expect(why(two(1), 'de')).toMatch(/^1 von 3 Maßnahmen für „Cafés“ hat keine Kennzahl/);
    expect(why(two(2), 'de')).toMatch(/^2 von 3 Maßnahmen für „Cafés“ haben keine Kennzahl/);
    expect(why(two(1), 'fr')).toMatch(/^1 des 3 actions pour «\u00a0Cafés\u00a0» n’a pas d’indicateur/);
    expect(why(two(2), 'fr')).toMatch(/^2 des 3 actions pour «\u00a0Cafés\u00a0» n’ont pas d’indicateur/);
  });

  it('names types in the language, keeping the capital of German nouns', () => {
    const walkIns = draft([segment('w', 'Walk-ins', { types: types('transactional'), grid: { get: [], keep: [tactic('k', 'Stamp card, tenth coffee free', 'Repeat purchase rate')], grow: [] } })]);
    const fix = (lang: Language) => findingText(checkDraft(walkIns).find((f) => f.rule === 'neglecting-post-purchase')!, findingTextsIn(lang)).fix;
    expect(fix('de')).toContain('„Langfristig“');
    expect(fix('fr')).toContain('comme le type «\u00a0long terme\u00a0»');
    expect(fix('en')).toContain('such as long-term');
  });

  it('keeps the English words exactly, guide titles included', () => {
    const content = draft([segment('a', 'Enterprise', { types: types('self-service'), grid: { get: [tactic('g', 'Ads')], keep: [], grow: [] } })]);
    const getOnly = checkDraft(content).find((f) => f.rule === 'get-only-block')!;
    expect(getOnly.title).toBe('Only thinking about acquisition');
    expect(getOnly.why).toBe('Every tactic for “Enterprise” is about winning customers; nothing keeps them or makes them worth more, so what you spend winning them leaks away.');
    expect(findingText(getOnly, findingTextsIn('en'))).toEqual({ title: getOnly.title, why: getOnly.why, fix: getOnly.fix });
    expect(checkDraft(content).find((f) => f.rule === 'thin-cell')?.title).toBe('Thin Get cell');
    expect(checkDraft(draft([]))[0]).toMatchObject({ title: 'No customer segment yet', fix: 'Add the group of customers you serve first and give it a name.' });
  });

  it('takes mistake titles and block questions from the guide’s checks in the language', () => {
    const content = draft([segment('s', '', { types: types('self-service') })]);
    const guide = structuredClone(findingTextsIn('en').guide!);
    guide.mistakes = guide.mistakes.map((m) => ({ ...m, title: `DE ${m.id}` }));
    guide.blockQuestions = guide.blockQuestions.map((q) => ({ ...q, blockName: `Block ${q.block}`, link: `Link ${q.block}`, question: `Frage ${q.block}?` }));
    const german = checkDraft(content, { ...findingTextsIn('de'), guide });
    expect(german.find((f) => f.rule === 'not-evolving-relationships')?.title).toBe('DE not-evolving-relationships');
    expect(german.find((f) => f.id === 'block-question:channels')).toMatchObject({
      title: 'Noch nicht mit „Block channels“ verknüpft', why: 'Link channels', fix: 'Beantworten Sie in einer Notiz: Frage channels?',
    });
  });
});

describe('the words a one-click fix writes into the draft', () => {
  const walkIns = draft([segment('w', 'Walk-ins', { types: [], notes: 'Regulars ask for the loyalty card' })]);
  const actions = (lang: Language, content = walkIns) => checkDraft(content, findingTextsIn(lang)).flatMap((f) => (f.action ? [f.action] : []));

  it('stay as they were in English', () => {
    expect(actions('en', draft([]))).toEqual([{ kind: 'add-segment', name: 'Main customers' }]);
    expect(actions('en')).toContainEqual(expect.objectContaining({ kind: 'add-type', rationale: 'Named in the notes: “loyalty card”.' }));
  });

  it('are in the language of the check', () => {
    expect(actions('de', draft([]))).toEqual([{ kind: 'add-segment', name: 'Hauptkunden' }]);
    expect(actions('de')).toContainEqual(expect.objectContaining({ kind: 'add-type', rationale: 'In den Notizen genannt: „loyalty card“.' }));
    for (const lang of others) {
      for (const action of DRAFTS.flatMap((d) => actions(lang, d))) {
        if (action.kind === 'add-type') expect(action.rationale, lang).toMatch(/^\P{Ll}[^{}]+$/u);
        if (action.kind === 'add-segment') expect(action.name, lang).not.toBe('Main customers');
      }
    }
  });
});

describe('the summary line in every language', () => {
  const content = { segments: [segment('o', 'Büros', { types: types('personal-assistance', 'community') }), segment('s', '', { types: types('community', 'self-service') })] };
  it.each([
    ['en', 'Community, personal assistance for Büros, self-service for an unnamed segment'],
    ['de', 'Community, Persönliche Unterstützung für Büros, Selbstbedienung für ein unbenanntes Segment'],
    ['fr', 'Communauté, assistance personnelle pour Büros, libre-service pour un segment sans nom'],
  ] as const)('reads naturally in %s', (lang, line) => {
    const texts = findingTextsIn(lang);
    expect(suggestSummary(content, texts.typeName, texts)).toBe(line);
  });

  it('suggests, in German, a German line as the shorter summary', () => {
    const long = draft([segment('s', 'Läden', { types: types('self-service') })], 'Selbstbedienung in jedem unserer Läden, mit Anleitungen, einem Hilfecenter und einem Forum');
    const finding = checkDraft(long, findingTextsIn('de')).find((f) => f.rule === 'overloading-the-canvas')!;
    expect(finding.action).toEqual({ kind: 'set-summary', summary: 'Selbstbedienung' });
    expect(finding.fix).toContain('„Selbstbedienung“');
  });
});

describe('the chip’s analysis, as the background sends it', () => {
  const notes = ['Kundenbetreuer für jeden Großkunden', 'Chatbot beantwortet Fragen rund um die Uhr'];

  it('is in German when German is chosen: mistakes, summary line and type names', () => {
    const english = ChipAnalysis.parse(chipAnalysisIn(analyseNotes(notes, []), 'en'));
    const german = ChipAnalysis.parse(chipAnalysisIn(analyseNotes(notes, []), 'de'));
    expect(german.findings.length).toBeGreaterThan(0);
    expect(german.findings.map((f) => f.id)).toEqual(english.findings.map((f) => f.id));
    const feedback = german.findings.find((f) => f.id === 'ignoring-feedback')!;
    // Named as the German guide names the mistake, as the English chip uses the English guide's name.
    expect(feedback.title).toBe('Kunden nicht zuhören');
    expect(feedback.fix).toMatch(/^Planen Sie einen festen Weg, von Kunden zu hören/);
    for (const f of german.findings) expect(f.fix).not.toBe(english.findings.find((e) => e.id === f.id)!.fix);
    expect(german.summary).not.toBe(english.summary);
    expect(german.summary).toMatch(/Persönliche Unterstützung|Automatisierter Service/);
  });

  it('stays exactly the panel’s English analysis in English', () => {
    const analysis = analyseNotes(notes, []);
    const chip = chipAnalysisIn(analysis, 'en');
    expect(chip.summary).toBe(analysis.summary);
    expect(chip.findings.map((f) => f.title)).toEqual(checkNotes(notes).filter((f, i, all) => all.findIndex((g) => g.title === f.title) === i).map((f) => f.title));
  });
});

it('suggests the English line with the same words as the findings messages', () => {
  expect(ENGLISH_SUMMARY_WORDS).toEqual({ 'summary.for': english['summary.for'], 'summary.unnamed': english['summary.unnamed'] });
});

it('gives the editor the findings’ words for the suggested line in every language', async () => {
  for (const lang of LANGUAGES) {
    const findings = (await import(`../../../lib/i18n/messages/findings.${lang}.ts`)).default;
    const editor = (await import(`../../../lib/i18n/messages/editor.${lang}.ts`)).default;
    expect({ for: editor['summary.for'], unnamed: editor['summary.unnamed'] }, lang).toEqual({ for: findings['summary.for'], unnamed: findings['summary.unnamed'] });
  }
});

describe('a suggested tactic in a fix', () => {
  // Personal help and only a Get tactic: the check suggests a Keep tactic ("customer service") with its metric.
  const boutique = draft([segment('s', 'Boutiques', {
    types: types('personal-assistance'),
    grid: { get: [tactic('g', 'Tastings in the shop every Saturday', 'Visitors')], keep: [], grow: [] },
  })]);
  const getOnly = (lang: Language) => checkDraft(boutique, findingTextsIn(lang)).find((f) => f.rule === 'get-only-block')!;

  it('is quoted and written into the draft in the check’s language, its metric too', () => {
    const finding = getOnly('de');
    const german = 'Hervorragender, reaktionsschneller Kundenservice';
    expect(finding.fix).toContain(`„${german}“`);
    const words = findingTextsIn('de').tactics!;
    const metric = metricTarget(finding.params!.metricId as MetricId, words);
    expect(metric.name).not.toBe(ENGLISH_TACTIC_WORDS.metric(finding.params!.metricId as MetricId));
    expect(metric.target).toBe('höher als im Vorquartal');
    const fixed = applyFix(boutique, finding.action!).segments[0]!.grid.keep;
    expect(fixed.map((t) => ({ text: t.text, metric: t.metric }))).toEqual([{ text: german, metric }]);
  });

  it('stays the guide’s English tactic in English', () => {
    const finding = getOnly('en');
    expect(finding.fix).toContain('“Excellent, responsive customer service”');
    expect(finding.action).toMatchObject({ kind: 'add-tactic', tactic: { text: 'Excellent, responsive customer service', metric: { target: 'higher than last quarter' } } });
    expect(checkDraft(boutique).find((f) => f.rule === 'get-only-block')!.action).toEqual(finding.action);
  });

  it('names the metric to set in French, and the feedback tactic in the chip’s Dutch', () => {
    const unmeasured = draft([segment('a', 'Cafés', { types: types('personal-assistance'), grid: { get: [tactic('g', 'Tastings in the shop every Saturday')], keep: [], grow: [] } })]);
    const measure = checkDraft(unmeasured, findingTextsIn('fr')).find((f) => f.rule === 'not-measuring-relationship-quality')!;
    expect(measure.action).toMatchObject({ kind: 'set-metric', metric: { target: 'plus haut qu’au trimestre précédent' } });
    const feedback = findingText(checkDraft(unmeasured).find((f) => f.rule === 'ignoring-feedback')!, findingTextsIn('nl')).fix;
    expect(feedback).not.toContain('Acting visibly on customer feedback');
    expect(feedback).toContain(findingTextsIn('nl').tactics!.tactic(TACTIC_FITS.find((f) => f.find === 'customer feedback')!));
  });
});
