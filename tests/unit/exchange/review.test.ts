import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { exportFile } from '../../../lib/exchange/formats';
import { planWrites, readImport, type DraftPlan } from '../../../lib/exchange/import';
import { mergeReview } from '../../../lib/exchange/review';
import { contentOf, type Comment, type Draft } from '../../../lib/model/draft';
import { openDatabase } from '../../../lib/store/db';
import { DraftStore } from '../../../lib/store/drafts';
import type { ImportStore } from '../../../lib/store/imports';
import { coworkingDraft, existingOf, expectOk, exportInput, openImports, tickingClock } from './fixtures';

const opened: { close(): void }[] = [];
afterEach(() => {
  for (const s of opened.splice(0)) s.close();
});

async function profile() {
  const { store, name } = await openImports();
  const drafts = expectOk(await DraftStore.open({ name, now: tickingClock(Date.parse('2026-11-25T08:00:00Z')) }));
  opened.push(store, drafts);
  return { imports: store, drafts, name };
}

/** Exports `drafts` as a file, the way the panel's "Export as JSON" would. */
const fileOf = (drafts: Draft[], kind: 'export' | 'review' = 'export') => exportFile('json', exportInput({ drafts, annotations: [], kind })).text;

async function importInto(imports: ImportStore, text: string, reviews: Record<string, 'merge' | 'copy' | 'skip'> = {}) {
  const read = readImport(text, await existingOf(imports), { now: new Date('2026-11-26T12:00:00Z') });
  if (!read.ok) expect.fail(read.problems.join('\n'));
  return { plan: read.plan, result: await imports.apply(planWrites(read.plan, { reviews })) };
}

const comment = (id: string, text: string, at: string, extra: Partial<Comment> = {}): Comment => ({
  id, target: { kind: 'segment', segmentId: 'seg-offices' }, author: 'Coach Ada', text, createdAt: at, resolved: false, ...extra,
});

/** The student's draft as it was sent out, and the coach's copy of it with two new comments and one resolved. */
function sentAndReviewed() {
  const sent = coworkingDraft();
  const reviewed: Draft = {
    ...sent,
    comments: [
      { ...sent.comments![0]!, resolved: true },
      comment('c-2', 'Name the help desk hours.', '2026-11-24T10:00:00.000Z'),
      comment('c-3', 'Good evidence.', '2026-11-24T10:05:00.000Z'),
    ],
  };
  return { sent, reviewed };
}

describe('merging a review', () => {
  it('adds the coach’s comments and keeps every edit the student made meanwhile', () => {
    const { sent, reviewed } = sentAndReviewed();
    const ours: Draft = { ...sent, title: 'Coworking space (v2)', summary: 'Edited after sending', rev: 5 };
    // The coach also changed the text; that is not taken.
    const theirs: Draft = { ...reviewed, title: 'Coach’s rename' };
    const merged = mergeReview(ours, theirs);
    expect(merged.title).toBe('Coworking space (v2)');
    expect(merged.summary).toBe('Edited after sending');
    expect(merged.segments).toEqual(ours.segments);
    expect(merged.comments!.map((c) => c.id)).toEqual(['c-1', 'c-2', 'c-3']);
    expect(merged.comments![0]!.resolved).toBe(true);
  });

  it('keeps a comment resolved when either side resolved it, and our wording of a comment both have', () => {
    const mine = comment('c-1', 'Ours', '2026-11-20T09:00:00.000Z', { resolved: true });
    const theirs = comment('c-1', 'Theirs', '2026-11-20T09:00:00.000Z', { resolved: false });
    const merged = mergeReview(coworkingDraft({ comments: [mine] }), coworkingDraft({ comments: [theirs] }));
    expect(merged.comments).toEqual([mine]);
  });

  it('orders comments oldest first whichever side they came from', () => {
    const merged = mergeReview(
      coworkingDraft({ comments: [comment('late', 'b', '2026-11-22T00:00:00Z')] }),
      coworkingDraft({ comments: [comment('early', 'a', '2026-11-21T00:00:00Z')] }),
    );
    expect(merged.comments!.map((c) => c.id)).toEqual(['early', 'late']);
  });
});

describe('importing a reviewed draft', () => {
  it('merges after the user confirms: comments added, own edits kept, the previous version in history', async () => {
    const { imports, drafts } = await profile();
    const { sent, reviewed } = sentAndReviewed();
    expectOk(await imports.apply({ drafts: [{ kind: 'add', draft: sent }], annotations: [] }));
    // The student keeps working after sending the draft out.
    const edited = expectOk(await drafts.save(sent.id, { ...contentOf(sent), title: 'Coworking space (v2)' }, sent.rev));

    const { plan, result } = await importInto(imports, fileOf([reviewed], 'review'), { [sent.id]: 'merge' });
    const item = plan.drafts[0] as Extract<DraftPlan, { action: 'review' }>;
    expect(item).toMatchObject({ action: 'review', addedComments: 2, resolvedComments: 1, textDiffers: true });
    expect(expectOk(result)).toEqual({ added: [], merged: [sent.id], annotations: [] });

    const now = expectOk(await drafts.get(sent.id));
    expect(now.title).toBe('Coworking space (v2)');
    expect(now.rev).toBe(edited.rev + 1);
    expect(now.comments!.map((c) => [c.id, c.resolved])).toEqual([['c-1', true], ['c-2', false], ['c-3', false]]);
    const history = expectOk(await drafts.revisions(sent.id)).items;
    expect(history.map((r) => [r.rev, r.reason])).toEqual([[5, 'review'], [4, 'edit'], [3, 'import']]);
    expect(history[1]!.draft).toEqual(edited);
  });

  it('writes nothing for a review the user did not confirm', async () => {
    const { imports, drafts } = await profile();
    const { sent, reviewed } = sentAndReviewed();
    expectOk(await imports.apply({ drafts: [{ kind: 'add', draft: sent }], annotations: [] }));
    const { plan, result } = await importInto(imports, fileOf([reviewed]));
    expect(plan.drafts[0]!.action).toBe('review');
    expect(expectOk(result)).toEqual({ added: [], merged: [], annotations: [] });
    expect(expectOk(await drafts.get(sent.id))).toEqual(sent);
  });

  it('imports the review as a separate copy when the user asks for that instead', async () => {
    const { imports, drafts } = await profile();
    const { sent, reviewed } = sentAndReviewed();
    expectOk(await imports.apply({ drafts: [{ kind: 'add', draft: sent }], annotations: [] }));
    const { result } = await importInto(imports, fileOf([reviewed]), { [sent.id]: 'copy' });
    const [copyId] = expectOk(result).added;
    const copy = expectOk(await drafts.get(copyId!));
    expect(copy.title).toBe('Coworking space (imported)');
    expect(copy.comments).toHaveLength(3);
    expect(expectOk(await drafts.get(sent.id))).toEqual(sent);
  });

  it('puts the stored version into history first when it was missing there', async () => {
    const { imports, drafts, name } = await profile();
    const { sent, reviewed } = sentAndReviewed();
    expectOk(await imports.apply({ drafts: [{ kind: 'add', draft: sent }], annotations: [] }));
    // An old record with no history: drop its revision behind the store's back.
    const db = expectOk(await openDatabase({ name }));
    await db.delete('revisions', [sent.id, sent.rev]);
    db.close();

    expectOk((await importInto(imports, fileOf([reviewed]), { [sent.id]: 'merge' })).result);
    const history = expectOk(await drafts.revisions(sent.id)).items;
    expect(history.map((r) => [r.rev, r.reason])).toEqual([[4, 'review'], [3, 'edit']]);
    expect(history[1]!.draft).toEqual(sent);
  });
});

describe('planning drafts whose id is taken', () => {
  it('copies a different draft with the same id under a new id, titled as imported', async () => {
    const { imports, drafts } = await profile();
    const ours = coworkingDraft();
    expectOk(await imports.apply({ drafts: [{ kind: 'add', draft: ours }], annotations: [] }));
    const theirs = coworkingDraft({ title: 'Someone else’s coworking', summary: 'Different' });
    const { plan, result } = await importInto(imports, fileOf([theirs]));
    expect(plan.drafts[0]).toMatchObject({ action: 'copy', originalId: ours.id });
    const [copyId] = expectOk(result).added;
    expect(copyId).not.toBe(ours.id);
    const copy = expectOk(await drafts.get(copyId!));
    expect(copy).toMatchObject({ title: 'Someone else’s coworking (imported)', summary: 'Different', rev: 1 });
    expect(expectOk(await drafts.get(ours.id))).toEqual(ours);
  });

  it('skips a draft that is already here as it is', async () => {
    const { imports } = await profile();
    const ours = coworkingDraft();
    expectOk(await imports.apply({ drafts: [{ kind: 'add', draft: ours }], annotations: [] }));
    const { plan, result } = await importInto(imports, fileOf([{ ...ours, rev: 9, updatedAt: '2026-11-25T00:00:00.000Z' }]));
    expect(plan.drafts.map((d) => d.action)).toEqual(['skip']);
    expect(expectOk(result).added).toEqual([]);
  });

  it('copies onto a new id when the stored record with that id cannot be read', async () => {
    const read = readImport(fileOf([coworkingDraft()]), { drafts: new Map([['draft-coworking', null]]), annotations: new Map() }, { newId: () => 'fresh-id' });
    if (!read.ok) expect.fail(read.problems.join('\n'));
    expect(read.plan.drafts[0]).toMatchObject({ action: 'copy', originalId: 'draft-coworking', draft: { id: 'fresh-id' } });
  });

  it('keeps a copy’s title within the title limit', async () => {
    const long = 'x'.repeat(500);
    const read = readImport(fileOf([coworkingDraft({ title: long, summary: 'other' })]), { drafts: new Map([['draft-coworking', coworkingDraft()]]), annotations: new Map() });
    if (!read.ok) expect.fail(read.problems.join('\n'));
    const title = read.plan.drafts[0]!.draft.title;
    expect(title).toHaveLength(500);
    expect(title.endsWith(' (imported)')).toBe(true);
  });
});
