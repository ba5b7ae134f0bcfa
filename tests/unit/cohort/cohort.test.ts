import 'fake-indexeddb/auto';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../../lib/advice/health';
import { compareDrafts, pairSegments } from '../../../lib/cohort/compare';
import { csvCell, toCsv } from '../../../lib/cohort/csv';
import { classReviewFile, reviewFiles, reviewZip, type FeedbackInput } from '../../../lib/cohort/feedback';
import { commonFindings, filterRows, healthSummaries, healthSummary, overviewRow, ruleTitles, sortRows, typeFrequency } from '../../../lib/cohort/overview';
import { rubricTotal, suggestedScore, suggestedScores } from '../../../lib/cohort/rubric';
import { defaultRubric } from '../../../lib/cohort/rubric-text';
import { cohortCsv, cohortReport } from '../../../lib/cohort/summary';
import { ENGLISH_REVIEW } from '../../../lib/cohort/words';
import { readImport } from '../../../lib/exchange/import';
import type { Cohort, Member } from '../../../lib/model/cohort';
import type { Draft } from '../../../lib/model/draft';
import { studentDraft } from '../../support/class-files.mjs';
import { APP, coworkingDraft, NO_RECORDS } from '../exchange/fixtures';

const NOW = new Date('2026-12-01T10:00:00.000Z');
const draft = (n: number): Draft => studentDraft(n);
const member = (d: Draft, author: string, extra: Partial<Member> = {}): Member => ({ draftId: d.id, cohortId: 'c', author, file: `${author}.json`, addedAt: NOW.toISOString(), ...extra });
const cohort = (extra: Partial<Cohort> = {}): Cohort => ({ id: 'c', name: 'Spring class', createdAt: NOW.toISOString(), updatedAt: NOW.toISOString(), ...extra });

describe('cohort overview rows', () => {
  const drafts = Array.from({ length: 12 }, (_, i) => draft(i + 1));
  const rows = drafts.map((d, i) => overviewRow(d, member(d, `Student ${String.fromCharCode(65 + i)}`)));

  it('counts segments, types, filled cells, findings by severity and open comments', () => {
    const d = coworkingDraft();
    const row = overviewRow(d, member(d, 'Anna'));
    expect(row).toMatchObject({ author: 'Anna', segments: 2, types: ['Dedicated personal assistance', 'Community'], cells: { get: 1, keep: 2, grow: 0 }, filled: 3, cellCount: 6, openComments: 1 });
    const findings = checkDraft(d);
    expect(row.findings.high + row.findings.medium + row.findings.low).toBe(findings.length);
  });

  it('sorts by findings with a high finding outweighing any number of lower ones, both ways', () => {
    const sorted = sortRows(rows, { key: 'findings', direction: 'descending' });
    const weight = (r: (typeof rows)[number]) => [r.findings.high, r.findings.medium, r.findings.low];
    for (let i = 1; i < sorted.length; i++) {
      const [a, b] = [weight(sorted[i - 1]!), weight(sorted[i]!)];
      expect(a[0]! > b[0]! || (a[0] === b[0] && (a[1]! > b[1]! || (a[1] === b[1] && a[2]! >= b[2]!)))).toBe(true);
    }
    expect(sortRows(rows, { key: 'findings', direction: 'ascending' }).map((r) => r.draftId)).toEqual(
      [...sorted].reverse().map((r) => r.draftId).sort((x, y) => {
        const rx = rows.find((r) => r.draftId === x)!;
        const ry = rows.find((r) => r.draftId === y)!;
        return (rx.findings.high - ry.findings.high) * 1e6 + (rx.findings.medium - ry.findings.medium) * 1e3 + rx.findings.low - ry.findings.low || rx.author.localeCompare(ry.author);
      }),
    );
  });

  it('filters by words, type and severity', () => {
    expect(filterRows(rows, { query: 'START-UP 03' }).map((r) => r.author)).toEqual(['Student C']);
    const withCommunity = filterRows(rows, { typeId: 'community' });
    expect(withCommunity.length).toBeGreaterThan(0);
    expect(withCommunity.every((r) => r.typeIds.includes('community'))).toBe(true);
    expect(filterRows(rows, { severity: 'high' }).every((r) => r.findings.high > 0)).toBe(true);
  });

  it('reuses a kept health summary only for the revision it was made of', () => {
    const d = draft(3);
    const fresh = healthSummary(d);
    expect(fresh).toMatchObject({ rev: d.rev, high: expect.any(Number), rules: expect.arrayContaining([expect.objectContaining({ id: expect.any(String), title: expect.any(String) })]) });
    const kept = { ...fresh, high: 99 }; // recognisable: only a kept summary can say 99
    const current = healthSummaries([d], new Map([[d.id, member(d, 'Cy', { health: kept })]]));
    expect(current.summaries.get(d.id)).toBe(kept);
    expect(current.stale).toEqual([]);
    const edited = { ...d, rev: d.rev + 1 };
    const after = healthSummaries([edited], new Map([[d.id, member(d, 'Cy', { health: kept })]]));
    expect(after.summaries.get(d.id)).toEqual({ ...fresh, rev: d.rev + 1 });
    expect(after.stale).toEqual([{ draftId: d.id, health: { ...fresh, rev: d.rev + 1 } }]);
  });

  it('tallies types chosen and the most common findings for the chart', () => {
    const types = typeFrequency(rows);
    expect(types.reduce((n, t) => n + t.count, 0)).toBe(rows.reduce((n, r) => n + r.typeIds.length, 0));
    expect(types.map((t) => t.count)).toEqual([...types.map((t) => t.count)].sort((a, b) => b - a));
    const findings = commonFindings(rows, ruleTitles(drafts.map((d) => healthSummary(d))), 3);
    expect(findings).toHaveLength(3);
    expect(findings[0]!.label).not.toBe(findings[0]!.id); // a title, not the rule id
  });
});

describe('rubric scoring', () => {
  it('suggests the maximum less what the health check found for the criterion’s rules', () => {
    const criterion = { id: 'x', label: 'X', max: 4, rules: ['a', 'b'] };
    const f = (rule: string, severity: 'high' | 'medium' | 'low') => ({ id: rule, rule, severity, title: rule, why: 'w', fix: 'f' });
    expect(suggestedScore(criterion, [])).toBe(4);
    expect(suggestedScore(criterion, [f('a', 'high'), f('b', 'low'), f('other', 'high')])).toBe(1); // 4 − 2 − ½
    expect(suggestedScore(criterion, [f('a', 'high'), f('a', 'high'), f('b', 'high')])).toBe(0);
    expect(suggestedScore({ ...criterion, rules: [] }, [f('a', 'high')])).toBeUndefined();
  });

  it('derives default criteria from the health check and totals only the criteria in the rubric, capped', () => {
    const rubric = defaultRubric(ENGLISH_REVIEW);
    expect(rubric.criteria.every((c) => c.max === 4)).toBe(true);
    const suggested = suggestedScores(rubric, checkDraft(draft(4)));
    expect(Object.keys(suggested)).not.toContain('reasoning');
    expect(rubricTotal(rubric, { 'segments-served': 3, reasoning: 9, gone: 4 })).toEqual({ points: 7, max: 24, scored: 2, complete: false });
  });
});

describe('CSV', () => {
  it.each([
    ['=HYPERLINK("https://evil.example","x")', `"'=HYPERLINK(""https://evil.example"",""x"")"`],
    ['+1+2', "'+1+2"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1:A2)', "'@SUM(A1:A2)"],
    ['\t=1', "'\t=1"],
    ['plain, with comma', '"plain, with comma"'],
    ['line\nbreak', '"line\nbreak"'],
    ['ok', 'ok'],
  ])('neutralises and quotes %j', (input, output) => {
    expect(csvCell(input)).toBe(output);
  });

  it('keeps numbers as numbers (a negative score is not a formula) and writes CRLF rows with a BOM', () => {
    expect(csvCell(-1)).toBe('-1');
    expect(toCsv([['a', 1], ['=b', undefined]])).toBe("\uFEFFa,1\r\n'=b,\r\n");
  });

  it('exports the cohort summary with scores, neutralising a student’s formula title', () => {
    const hostile = { ...draft(1), title: '=cmd|"/c calc"!A1' };
    const rubric = defaultRubric(ENGLISH_REVIEW);
    const m = member(hostile, '@admin', { scores: { 'segments-served': 3 }, feedback: '-looks good' });
    const csv = cohortCsv(cohort({ rubric }), [overviewRow(hostile, m, rubric)], [m]);
    const [header, line] = csv.slice(1).split('\r\n');
    expect(header).toContain('Every segment has a fitting relationship (of 4)');
    expect(line).toMatch(/^'@admin,"'=cmd\|""\/c calc""!A1",/);
    expect(line).toMatch(/,3,,,,,,3,24,'-looks good$/);
  });

  it('prints a report with every student string escaped and no script', () => {
    const hostile = { ...draft(1), title: '<img src=x onerror=alert(1)>' };
    const rows = [overviewRow(hostile, member(hostile, '<b>Ann</b>'))];
    const html = cohortReport(cohort({ name: '</title><script>alert(1)</script>' }), rows, [], { types: typeFrequency(rows), findings: [] }, NOW);
    expect(html).not.toMatch(/<script|<img|<b>/);
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).toContain("Content-Security-Policy\" content=\"default-src &#39;none&#39;");
  });
});

describe('comparing two drafts', () => {
  it('pairs segments by name, then by position, and marks what only one side says', () => {
    const a = draft(2); // Families, Offices, Segment 3
    const b = { ...draft(4), segments: [...draft(4).segments].reverse() }; // Offices, Families
    expect(pairSegments(a.segments, b.segments).map(([x, y]) => [x?.name, y?.name])).toEqual([['Families', 'Families'], ['Offices', 'Offices'], ['Segment 3', undefined]]);
    const rows = compareDrafts(a, b);
    const title = rows.find((r) => r.label === 'Title')!;
    expect(title).toMatchObject({ same: false, left: [{ text: 'Start-up 02', shared: false }], right: [{ text: 'Start-up 04', shared: false }] });
    expect(rows.find((r) => r.section === 'Families' && r.label === 'Segment')!.same).toBe(true);
    expect(rows.find((r) => r.section === 'Segment 3' && r.label === 'Segment')).toMatchObject({ same: false, right: [] });
    expect(compareDrafts(a, a).every((r) => r.same)).toBe(true);
  });
});

describe('bulk feedback', () => {
  const rubric = defaultRubric(ENGLISH_REVIEW);
  const d1 = draft(1);
  const d2 = draft(2);
  const input: FeedbackInput = {
    cohort: cohort({ rubric }),
    drafts: [d1, d2],
    members: [member(d1, 'Anna Berg', { scores: { 'segments-served': 3, reasoning: 2 }, feedback: 'Argue the Keep phase.' }), member(d2, 'Anna Berg')],
    coach: 'Coach Ana', app: APP, now: NOW,
  };

  it('zips one review file per draft, named after author and title, scores in the file and in a comment', () => {
    const files = unzipSync(reviewZip(input));
    expect(Object.keys(files)).toEqual(['anna-berg-start-up-01.json', 'anna-berg-start-up-02.json']);
    const first = JSON.parse(strFromU8(files['anna-berg-start-up-01.json']!));
    expect(first.scores[0].criteria.find((c: { id: string }) => c.id === 'segments-served')).toEqual({ id: 'segments-served', label: 'Every segment has a fitting relationship', max: 4, points: 3 });
    expect(first.drafts[0].comments).toEqual([expect.objectContaining({ author: 'Coach Ana', target: { kind: 'draft' }, text: expect.stringContaining('Total: 5 / 24\n\nArgue the Keep phase.') })]);
    const second = JSON.parse(strFromU8(files['anna-berg-start-up-02.json']!));
    expect(second.scores).toBeUndefined(); // not scored: the file is a plain review
  });

  it('reads back as a review of the student’s draft, and the same scores exported twice add one comment', () => {
    const [file] = reviewFiles(input);
    const read = readImport(file!.text, { drafts: new Map([[d1.id, d1]]), annotations: new Map() });
    if (!read.ok) expect.fail(read.problems.join('\n'));
    expect(read.plan.drafts[0]).toMatchObject({ action: 'review', addedComments: 1 });
    expect(read.plan.scores?.[0]?.draftId).toBe(d1.id);
    const first = read.plan.drafts[0]!;
    const merged = first.action === 'review' ? first.merged : undefined;
    const again = readImport(reviewFiles({ ...input, now: new Date('2026-12-02T10:00:00.000Z') })[0]!.text, { drafts: new Map([[d1.id, merged!]]), annotations: new Map() });
    expect(again.ok && again.plan.drafts[0]!.action).toBe('skip');
  });

  it('gives each student only their own draft from the file for the whole class', () => {
    const text = classReviewFile(input);
    const mine = readImport(text, { drafts: new Map([[d2.id, d2]]), annotations: new Map() });
    if (!mine.ok) expect.fail(mine.problems.join('\n'));
    expect(mine.plan.drafts.map((d) => [d.draft.id, d.action])).toEqual([[d1.id, 'not-mine'], [d2.id, 'skip']]);
    expect(mine.plan.scores).toEqual([]); // the classmate's scores are not shown
    const stranger = readImport(text, NO_RECORDS);
    expect(stranger.ok && stranger.plan.drafts.every((d) => d.action === 'not-mine')).toBe(true);
  });
});
