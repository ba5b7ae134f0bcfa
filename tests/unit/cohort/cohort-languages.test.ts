// The Class area's words in the coach's language: default criteria, the scores comment a student gets, the
// comparison's rows, the CSV and the printable report; stored rubric text stays as the coach saved it.
import { describe, expect, it } from 'vitest';
import { compareDrafts } from '../../../lib/cohort/compare';
import { reviewedDraft } from '../../../lib/cohort/feedback';
import { overviewRow, summaryRow, healthSummary, rowFacts, typeFrequency } from '../../../lib/cohort/overview';
import { defaultRubric, scoreLines } from '../../../lib/cohort/rubric-text';
import { cohortCsv, cohortReport } from '../../../lib/cohort/summary';
import { translator, type Translate } from '../../../lib/i18n/catalogue';
import de from '../../../lib/i18n/messages/review.de';
import en from '../../../lib/i18n/messages/review.en';
import fr from '../../../lib/i18n/messages/review.fr';
import type { Cohort, Member } from '../../../lib/model/cohort';
import type { Draft } from '../../../lib/model/draft';
import { coworkingDraft } from '../exchange/fixtures';

const NOW = new Date('2026-12-01T10:00:00.000Z');
const german: Translate<'review'> = translator<'review'>(en, 'de', de);
const french: Translate<'review'> = translator<'review'>(en, 'fr', fr);
const cohort = (extra: Partial<Cohort> = {}): Cohort => ({ id: 'c', name: 'Frühjahr', createdAt: NOW.toISOString(), updatedAt: NOW.toISOString(), ...extra });
const member = (d: Draft, extra: Partial<Member> = {}): Member => ({ draftId: d.id, cohortId: 'c', author: 'Anna', file: 'anna.json', addedAt: NOW.toISOString(), ...extra });
const germanNames = { type: (id: string) => ({ community: 'Community', 'dedicated-personal-assistance': 'Individuelle persönliche Betreuung' })[id] ?? id, phase: (p: string) => ({ get: 'Gewinnen', keep: 'Binden', grow: 'Ausbauen' })[p]! };

describe('the default rubric', () => {
  it('names its criteria in the coach’s language, with the same ids and rules in every language', () => {
    const [english, deutsch, français] = [defaultRubric(translator<'review'>(en, 'en')), defaultRubric(german), defaultRubric(french)];
    expect(deutsch.criteria[0]!.label).toBe('Jedes Segment hat eine passende Beziehung');
    expect(français.criteria[1]!.label).toBe('Conquérir, Fidéliser et Développer sont tous prévus');
    expect(deutsch.criteria.map((c) => [c.id, c.rules, c.max])).toEqual(english.criteria.map((c) => [c.id, c.rules, c.max]));
    expect(new Set(français.criteria.map((c) => c.label)).size).toBe(6);
  });
});

describe('what a student gets back', () => {
  const rubric = defaultRubric(german);
  const d = coworkingDraft();
  const scored = member(d, { scores: { 'segments-served': 3, reasoning: 2 }, feedback: 'Begründen Sie die Bindung.' });

  it('writes the scores comment in the coach’s language, numbers filled in', () => {
    expect(scoreLines(rubric, scored.scores!, '', french)).toContain('Total\u00a0: 5 / 24');
    const comment = reviewedDraft(d, cohort({ rubric }), scored, '', NOW, german).comments!.at(-1)!;
    expect(comment.author).toBe('Coach');
    expect(comment.text.split('\n').slice(0, 2)).toEqual(['Punkte nach Bewertungsraster', 'Jedes Segment hat eine passende Beziehung: 3 / 4']);
    expect(comment.text).toContain('Gesamt: 5 / 24\n\nBegründen Sie die Bindung.');
  });

  it('keeps a saved rubric’s own words whatever language exports it', () => {
    const saved = { criteria: [{ id: 'x', label: 'Own words of the coach', max: 3, rules: [] }] };
    expect(scoreLines(saved, { x: 2 }, '', german)[0]).toBe('Own words of the coach: 2 / 3');
  });
});

describe('the comparison and the summaries', () => {
  const d = coworkingDraft();

  it('labels the comparison’s rows in German, types and phases by the names given', () => {
    const rows = compareDrafts(d, { ...d, title: 'Anders' }, german, germanNames);
    expect(rows[0]).toMatchObject({ section: 'Entwurf', label: 'Titel', same: false });
    expect(rows.some((r) => r.label === 'Typen' && r.left.some((i) => i.text === 'Individuelle persönliche Betreuung'))).toBe(true);
    expect(rows.filter((r) => ['Gewinnen', 'Binden', 'Ausbauen'].includes(r.label))).toHaveLength(3 * d.segments.length);
  });

  it('names the types of the rows and of the chart in the panel’s language', () => {
    const row = summaryRow(d.id, { ...healthSummary(d), row: rowFacts(d) }, member(d), undefined, germanNames.type);
    expect(row.types).toContain('Individuelle persönliche Betreuung');
    expect(typeFrequency([row]).map((t) => t.label)).toContain('Individuelle persönliche Betreuung');
  });

  it('writes the CSV’s headers and the report in French, the report marked as French', () => {
    const rubric = defaultRubric(french);
    const rows = [overviewRow(d, member(d), rubric)];
    const csv = cohortCsv(cohort({ rubric }), rows, [member(d)], french);
    expect(csv.split('\r\n')[0]).toMatch(/^\uFEFFAuteur,Titre,Segments,Types,Cases Conquérir,.*,Chaque segment a une relation adaptée \(sur 4\),.*,Total,Sur,Appréciation$/);
    const html = cohortReport(cohort({ rubric }), rows, [member(d)], { types: typeFrequency(rows), findings: [] }, NOW, french, 'fr');
    expect(html).toContain('<html lang="fr">');
    expect(html).toContain('<title>Frühjahr — synthèse de la promotion</title>');
    expect(html).toContain('1 brouillon · synthèse du 2026-12-01');
    expect(html).toContain('<li>Les choix sont argumentés (4 points)</li>');
  });
});
