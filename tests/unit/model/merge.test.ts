import { describe, expect, it } from 'vitest';
import type { DraftContent, Segment, Tactic } from '../../../lib/model/draft';
import { addSegment, addTactic, removeTactic, updateSegment, updateTactic } from '../../../lib/model/edit';
import { deepEqual, mergeDrafts, placeOf, type Path } from '../../../lib/model/merge';
import { describePlace } from '../../../lib/model/place';

const tactic = (id: string, text: string): Tactic => ({ id, text, channel: '' });
const segment = (id: string, name: string, parts: Partial<Segment> = {}): Segment => ({
  id, name, types: [], grid: { get: [], keep: [], grow: [] }, notes: '', ...parts,
});

/** The version both windows started from: a gym with two customer segments. */
const base: DraftContent = {
  title: 'Gym',
  segments: [
    segment('offices', 'Offices', {
      types: [{ typeId: 'personal-assistance', rationale: 'Corporate plans' }],
      grid: { get: [tactic('t-trial', 'Free trial week')], keep: [tactic('t-coach', 'Monthly coaching')], grow: [] },
    }),
    segment('students', 'Students', { grid: { get: [], keep: [tactic('t-app', 'Training app')], grow: [] } }),
  ],
  summary: '',
  summaryEdited: false,
};

const setTitle = (c: DraftContent, title: string): DraftContent => ({ ...c, title });
const setNotes = (c: DraftContent, id: string, notes: string) => updateSegment(c, id, (s) => ({ ...s, notes }));

describe('merging two windows’ edits of one draft', () => {
  it('keeps both edits when they touch different fields', () => {
    const mine = setTitle(base, 'Gym in Lyon');
    const theirs = setNotes({ ...base, summary: 'Personal assistance' }, 'students', 'Exam season is quiet');
    const { value, conflicts } = mergeDrafts(base, mine, theirs);
    expect(conflicts).toEqual([]);
    expect(value.title).toBe('Gym in Lyon');
    expect(value.summary).toBe('Personal assistance');
    expect(value.segments[1]!.notes).toBe('Exam season is quiet');
    expect(value.segments[0]).toEqual(base.segments[0]);
  });

  it('reports the same field changed two ways, keeping mine for now', () => {
    const { value, conflicts } = mergeDrafts(base, setTitle(base, 'Mine'), setTitle(base, 'Theirs'));
    expect(conflicts).toEqual([['title']]);
    expect(value.title).toBe('Mine');
  });

  it('does not call it a conflict when both made the same change', () => {
    const { value, conflicts } = mergeDrafts(base, setTitle(base, 'Same'), setTitle(base, 'Same'));
    expect(conflicts).toEqual([]);
    expect(value.title).toBe('Same');
  });

  it('keeps the segments added on both sides', () => {
    const mine = addSegment(base, 'Seniors');
    const theirs = addSegment(base, 'Families');
    const { value, conflicts } = mergeDrafts(base, mine, theirs);
    expect(conflicts).toEqual([]);
    expect(value.segments.map((s) => s.name).sort()).toEqual(['Families', 'Offices', 'Seniors', 'Students']);
  });

  it('puts an item I added after the one it followed in my list', () => {
    const mine = { ...base, segments: [base.segments[0]!, segment('seniors', 'Seniors'), base.segments[1]!] };
    const theirs = { ...base, segments: [...base.segments, segment('families', 'Families')] };
    const { value } = mergeDrafts(base, mine, theirs);
    expect(value.segments.map((s) => s.id)).toEqual(['offices', 'seniors', 'students', 'families']);
  });

  it('keeps an item I added at the top of my list at the top', () => {
    const mine = { ...base, segments: [segment('seniors', 'Seniors'), ...base.segments] };
    const theirs = { ...base, segments: [...base.segments, segment('families', 'Families')] };
    expect(mergeDrafts(base, mine, theirs).value.segments.map((s) => s.id)).toEqual(['seniors', 'offices', 'students', 'families']);
  });

  it('keeps tactics added to the same list on both sides', () => {
    const mine = addTactic(base, 'offices', 'keep', tactic('t-mine', 'Birthday call'));
    const theirs = addTactic(base, 'offices', 'keep', tactic('t-theirs', 'Newsletter'));
    const { value, conflicts } = mergeDrafts(base, mine, theirs);
    expect(conflicts).toEqual([]);
    expect(value.segments[0]!.grid.keep.map((t) => t.id).sort()).toEqual(['t-coach', 't-mine', 't-theirs']);
  });

  it('deletes a tactic deleted on one side and left alone on the other', () => {
    const mine = removeTactic(base, 'offices', 'keep', 't-coach');
    const theirs = setTitle(base, 'Gym in Lyon');
    for (const [a, b] of [[mine, theirs], [theirs, mine]] as const) {
      const { value, conflicts } = mergeDrafts(base, a, b);
      expect(conflicts).toEqual([]);
      expect(value.segments[0]!.grid.keep).toEqual([]);
      expect(value.title).toBe('Gym in Lyon');
    }
  });

  it('keeps a tactic deleted on one side but edited on the other, and says so', () => {
    const deleted = removeTactic(base, 'offices', 'keep', 't-coach');
    const edited = updateTactic(base, 'offices', 'keep', 't-coach', { text: 'Weekly coaching' });
    for (const [mine, theirs] of [[deleted, edited], [edited, deleted]] as const) {
      const { value, conflicts } = mergeDrafts(base, mine, theirs);
      expect(value.segments[0]!.grid.keep).toEqual([tactic('t-coach', 'Weekly coaching')]);
      expect(conflicts).toEqual([['segments', 'id:offices', 'grid', 'keep', 'id:t-coach']]);
    }
  });

  it('merges edits to different tactics of one segment', () => {
    const mine = updateTactic(base, 'offices', 'get', 't-trial', { text: 'Free trial month' });
    const theirs = updateTactic(base, 'offices', 'keep', 't-coach', { channel: 'in person' });
    const { value, conflicts } = mergeDrafts(base, mine, theirs);
    expect(conflicts).toEqual([]);
    expect(value.segments[0]!.grid.get[0]!.text).toBe('Free trial month');
    expect(value.segments[0]!.grid.keep[0]!.channel).toBe('in person');
  });

  it('reports a tactic reworded two ways by its place in the draft', () => {
    const mine = updateTactic(base, 'offices', 'keep', 't-coach', { text: 'Weekly coaching' });
    const theirs = updateTactic(base, 'offices', 'keep', 't-coach', { text: 'Coaching on demand' });
    const { value, conflicts } = mergeDrafts(base, mine, theirs);
    expect(conflicts).toEqual([['segments', 'id:offices', 'grid', 'keep', 'id:t-coach', 'text']]);
    expect(value.segments[0]!.grid.keep[0]!.text).toBe('Weekly coaching');
  });

  it('removes the source link when one side removed it and the other left it', () => {
    const withSource: DraftContent = { ...base, source: { url: 'https://example.com/gym', title: 'Gym canvas' } };
    const { source: _, ...removed } = withSource;
    const { value, conflicts } = mergeDrafts(withSource, removed, setTitle(withSource, 'Gym in Lyon'));
    expect(conflicts).toEqual([]);
    expect(value.source).toBeUndefined();
    expect(value.title).toBe('Gym in Lyon');
  });
});

describe('naming a conflict for the user', () => {
  const describePath = (path: Path, draft: DraftContent) => describePlace(placeOf(path, draft));

  it('names the segment, the phase and the tactic', () => {
    expect(describePath(['segments', 'id:offices', 'grid', 'keep', 'id:t-coach', 'text'], base)).toBe('Segment “Offices” › Keep › tactic');
  });

  it('names a top-level field', () => {
    expect(describePath(['title'], base)).toBe('Title');
    expect(describePath(['summary'], base)).toBe('Summary line');
  });

  it('names a segment’s notes and a type’s rationale', () => {
    expect(describePath(['segments', 'id:students', 'notes'], base)).toBe('Segment “Students” › notes');
    expect(describePath(['segments', 'id:offices', 'types', 'type:personal-assistance', 'rationale'], base)).toBe(
      'Segment “Offices” › personal-assistance › rationale',
    );
  });

  it('calls a segment without a name "unnamed"', () => {
    const content = { ...base, segments: [segment('blank', '')] };
    expect(describePath(['segments', 'id:blank', 'notes'], content)).toBe('Segment “unnamed” › notes');
  });

  it('calls the whole draft "Draft"', () => {
    expect(describePath([], base)).toBe('Draft');
  });
});

describe('comparing drafts', () => {
  it('treats a missing field and an undefined one as equal, and nested differences as different', () => {
    expect(deepEqual({ a: 1, b: undefined }, { a: 1 })).toBe(true);
    expect(deepEqual(base, structuredClone(base))).toBe(true);
    expect(deepEqual(base, setNotes(base, 'offices', 'x'))).toBe(false);
    expect(deepEqual([1, 2], [2, 1])).toBe(false);
    expect(deepEqual({ a: [] }, { a: {} })).toBe(false);
  });
});
