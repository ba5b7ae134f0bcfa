import { describe, expect, it } from 'vitest';
import { diffDrafts, type Change } from '../../../lib/model/diff';
import { describePlace } from '../../../lib/model/place';
import type { DraftContent } from '../../../lib/model/draft';

const base: DraftContent = {
  title: 'Coworking',
  summary: 'Personal help for offices',
  summaryEdited: false,
  segments: [
    {
      id: 'seg-a', name: 'Offices', notes: '',
      types: [{ typeId: 'personal-assistance', rationale: 'Desk managers' }],
      grid: { get: [{ id: 't1', text: 'Open days', channel: '' }], keep: [], grow: [] },
    },
  ],
};

/** The changes as the history shows them in English: each place in words. */
const inWords = (changes: Change[]) => changes.map((c) => ({ ...c, where: describePlace(c.where) }));

describe('changes since a version', () => {
  it('says nothing changed when nothing did', () => {
    expect(diffDrafts(base, structuredClone(base))).toEqual([]);
  });

  it('names each change where the user sees it, with the text before and after', () => {
    const next = structuredClone(base);
    next.title = 'Coworking spaces';
    next.segments[0]!.grid.get[0]!.text = 'Open days every month';
    next.segments[0]!.grid.keep.push({ id: 't2', text: 'Member events', channel: '' });
    next.segments[0]!.types = [];
    const changes = inWords(diffDrafts(base, next));
    expect(changes).toContainEqual({ kind: 'changed', where: 'Title', before: 'Coworking', after: 'Coworking spaces' });
    expect(changes).toContainEqual({ kind: 'changed', where: 'Segment “Offices” › Get › tactic', before: 'Open days', after: 'Open days every month' });
    expect(changes).toContainEqual({ kind: 'added', where: 'Segment “Offices” › Keep', after: 'Member events' });
    expect(changes).toContainEqual({ kind: 'removed', where: 'Segment “Offices” › personal-assistance', before: 'personal-assistance' });
    expect(changes).toHaveLength(4);
  });

  it('treats a reordered list as no change and a new segment as one addition', () => {
    const next = structuredClone(base);
    next.segments.push({ id: 'seg-b', name: 'Freelancers', notes: '', types: [], grid: { get: [], keep: [], grow: [] } });
    expect(inWords(diffDrafts(base, next))).toEqual([{ kind: 'added', where: 'Segment “Freelancers”', after: 'Freelancers' }]);
    const reordered = structuredClone(next);
    reordered.segments.reverse();
    expect(diffDrafts(next, reordered)).toEqual([]);
  });

  it('reports review comments added and resolved', () => {
    const comment = { id: 'c1', target: { kind: 'draft' as const }, author: 'Coach', text: 'Which segment pays?', createdAt: '2026-11-20T10:00:00.000Z', resolved: false };
    const reviewed = { ...base, comments: [comment] };
    expect(inWords(diffDrafts(base, reviewed))).toEqual([{ kind: 'added', where: 'Comment', after: 'Which segment pays?' }]);
    const resolved = { ...base, comments: [{ ...comment, resolved: true }] };
    expect(inWords(diffDrafts(reviewed, resolved))).toEqual([{ kind: 'changed', where: 'Comment › resolved', before: 'false', after: 'true' }]);
  });
});
