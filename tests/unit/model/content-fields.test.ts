/**
 * A draft's content fields are named once (DraftContentSchema); the journal, the listing, the merge and the
 * store's save are derived from it. These tests fail when a field is added to the schema and one of them
 * does not carry it.
 */
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { CONTENT_FIELDS, DraftContentSchema, ListingSchema, contentOf, withContent, type DraftContent } from '../../../lib/model/draft';
import { mergeDrafts } from '../../../lib/model/merge';
import { JournalEntrySchema, parseJournalEntry } from '../../../lib/store/journal';
import { expectOk, openTestStore } from '../store/harness';

/** A value for every content field, none of them a default, so losing any one of them shows. */
function everyField(): DraftContent {
  return {
    title: 'Coworking for freelancers',
    source: { url: 'https://canvas.example/board/7', title: 'Board 7' },
    segments: [{
      id: 'seg-1', name: 'Freelancers', notes: 'Community evenings',
      types: [{ typeId: 'communities', rationale: 'Members help each other' }],
      grid: { get: [{ id: 't-1', text: 'Open day', channel: 'Meetup' }], keep: [], grow: [] },
    }],
    summary: 'Communities first, personal help on request',
    summaryEdited: true,
    comments: [{ id: 'c-1', target: { kind: 'draft' }, author: 'Coach', text: 'Say how you measure the community.', createdAt: '2026-11-02T10:00:00.000Z', resolved: false }],
  };
}

/** The same content with every field changed. */
function everyFieldChanged(): DraftContent {
  const c = everyField();
  return {
    title: 'Renamed', source: { url: 'https://canvas.example/board/8', title: 'Board 8' },
    segments: [{ ...c.segments[0]!, name: 'Remote teams' }],
    summary: 'Another line', summaryEdited: false,
    comments: [...c.comments!, { id: 'c-2', target: { kind: 'draft' }, author: 'Coach', text: 'Better.', createdAt: '2026-11-03T10:00:00.000Z', resolved: false }],
  };
}

const cleanups: (() => void)[] = [];
afterEach(() => { for (const c of cleanups.splice(0)) c(); });

describe('draft content fields, defined once', () => {
  it('the fixtures name every content field (add a value here when the schema gains one)', () => {
    expect(Object.keys(everyField()).sort()).toEqual([...CONTENT_FIELDS].sort());
    expect(Object.keys(everyFieldChanged()).sort()).toEqual([...CONTENT_FIELDS].sort());
    expect(DraftContentSchema.safeParse(everyField()).success).toBe(true);
  });

  it('contentOf keeps every field and withContent replaces every field', () => {
    expect(contentOf({ ...everyField(), id: 'd', rev: 3 } as DraftContent)).toEqual(everyField());
    const next = withContent({ ...everyField(), id: 'd', rev: 3 }, everyFieldChanged());
    expect(next).toEqual({ ...everyFieldChanged(), id: 'd', rev: 3 });
  });

  it('the journal keeps every field of both the base and the edited content', () => {
    const entry = { draftId: 'd', baseRev: 2, base: everyField(), content: everyFieldChanged(), at: '2026-11-03T10:00:00.000Z' };
    const parsed = parseJournalEntry(JSON.parse(JSON.stringify(entry)));
    expect(parsed?.base).toEqual(everyField());
    expect(parsed?.content).toEqual(everyFieldChanged());
    expect(Object.keys(JournalEntrySchema.shape.content.shape).sort()).toEqual([...CONTENT_FIELDS].sort());
  });

  it.each(CONTENT_FIELDS)('a merge keeps a change to %s made on either side', (field) => {
    const base = everyField();
    const changed = { ...base, [field]: everyFieldChanged()[field] };
    expect(mergeDrafts(base, changed, base).value[field]).toEqual(changed[field]);
    expect(mergeDrafts(base, base, changed).value[field]).toEqual(changed[field]);
  });

  it('the store saves every field, and removing an optional field removes it', async () => {
    const { store } = await openTestStore();
    cleanups.push(() => store.close());
    const created = expectOk(await store.create(everyField()));
    expect(contentOf(created)).toEqual(everyField());
    const saved = expectOk(await store.save(created.id, everyFieldChanged(), created.rev));
    expect(contentOf(expectOk(await store.get(saved.id)))).toEqual(everyFieldChanged());
    const { comments: _gone, ...withoutComments } = everyFieldChanged();
    const again = expectOk(await store.save(saved.id, withoutComments, saved.rev));
    expect(expectOk(await store.get(again.id)).comments).toBeUndefined();
  });

  it('the listing shows the content fields it holds with the content schema', () => {
    expect(ListingSchema.shape.title).toBe(DraftContentSchema.shape.title);
    expect(ListingSchema.shape.summary).toBe(DraftContentSchema.shape.summary);
  });
});
