import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { exportFile } from '../../../lib/exchange/formats';
import { planWrites, readImport } from '../../../lib/exchange/import';
import { STORE_CHANNEL, type StoreChanged } from '../../../lib/messages';
import type { Draft } from '../../../lib/model/draft';
import { openDatabase } from '../../../lib/store/db';
import { DraftStore } from '../../../lib/store/drafts';
import { dump, failNextWrite } from '../store/harness';
import { coworkingDraft, existingOf, expectOk, exportInput, openImports, retentionAnnotation } from './fixtures';

const opened: { close(): void }[] = [];
afterEach(() => {
  vi.restoreAllMocks();
  for (const s of opened.splice(0)) s.close();
});

async function profile() {
  const handle = await openImports();
  opened.push(handle.store);
  return handle;
}

const backup = (drafts: Draft[]) => exportFile('json', exportInput({ drafts, annotations: [retentionAnnotation()], kind: 'backup' })).text;

describe('writing an import: all or nothing', () => {
  it('writes nothing when the disk fills up half way through', async () => {
    const { store, name } = await profile();
    const read = readImport(backup([coworkingDraft(), coworkingDraft({ id: 'draft-2', title: 'Second' })]), await existingOf(store));
    if (!read.ok) expect.fail(read.problems.join('\n'));
    const before = await dump(name);
    // Drafts, listing and revisions are already requested when the annotation's write fails.
    failNextWrite('add', 'annotations');
    const result = await store.apply(planWrites(read.plan));
    expect(result).toMatchObject({ ok: false, error: { kind: 'quota' } });
    expect(await dump(name)).toEqual(before);
  });

  it('refuses, writing nothing, when a draft appeared since the preview', async () => {
    const { store, name } = await profile();
    const read = readImport(backup([coworkingDraft({ id: 'draft-a' }), coworkingDraft({ id: 'draft-b' })]), await existingOf(store));
    if (!read.ok) expect.fail(read.problems.join('\n'));
    // Another window imports one of the same drafts meanwhile.
    expectOk(await store.apply({ drafts: [{ kind: 'add', draft: coworkingDraft({ id: 'draft-b' }) }], annotations: [] }));
    const before = await dump(name);
    const result = await store.apply(planWrites(read.plan));
    if (result.ok) expect.fail('expected a refusal');
    expect(result.error.kind).toBe('changed');
    expect(result.error.message).toMatch(/^Nothing was imported: your drafts or annotations changed since the preview/);
    expect((result.error as { changed: string[] }).changed).toEqual(['A draft with the id of “Coworking space” (draft-b) now exists.']);
    expect(await dump(name)).toEqual(before);
  });

  it('refuses a merge when the draft was saved again after the preview', async () => {
    const { store, name } = await profile();
    const ours = coworkingDraft();
    expectOk(await store.apply({ drafts: [{ kind: 'add', draft: ours }], annotations: [] }));
    const reviewed = { ...ours, comments: [...ours.comments!, { ...ours.comments![0]!, id: 'c-new', text: 'New remark' }] };
    const read = readImport(backup([reviewed]), await existingOf(store));
    if (!read.ok) expect.fail(read.problems.join('\n'));

    const drafts = expectOk(await DraftStore.open({ name }));
    opened.push(drafts);
    expectOk(await drafts.modify(ours.id, (c) => ({ ...c, title: 'Renamed meanwhile' })));
    const before = await dump(name);
    const result = await store.apply(planWrites(read.plan, { reviews: { [ours.id]: 'merge' } }));
    expect(result).toMatchObject({ ok: false, error: { kind: 'changed', changed: ['The draft “Coworking space” was changed.'] } });
    expect(await dump(name)).toEqual(before);
  });

  it('refuses records that fail their schema, whoever built the writes', async () => {
    const { store, name } = await profile();
    const before = await dump(name);
    const broken = { ...coworkingDraft(), title: 42 } as unknown as Draft;
    const result = await store.apply({ drafts: [{ kind: 'add', draft: coworkingDraft({ id: 'fine' }) }, { kind: 'add', draft: broken }], annotations: [] });
    expect(result).toMatchObject({ ok: false, error: { kind: 'invalid', problems: ['draft draft-coworking.title: Invalid input: expected string, received number'] } });
    const twice = await store.apply({ drafts: [], annotations: [retentionAnnotation(), retentionAnnotation()] });
    expect(twice).toMatchObject({ ok: false, error: { kind: 'invalid', problems: ['annotation ann-retention: written twice by one import'] } });
    expect(await dump(name)).toEqual(before);
  });

  it('tells other panels what it wrote, once, after the commit', async () => {
    const { store } = await profile();
    const heard: StoreChanged[] = [];
    const channel = new BroadcastChannel(STORE_CHANNEL);
    channel.onmessage = (e: MessageEvent) => heard.push(e.data as StoreChanged);
    try {
      expectOk(await store.apply({ drafts: [{ kind: 'add', draft: coworkingDraft() }], annotations: [retentionAnnotation()] }));
      await vi.waitFor(() => expect(heard).toHaveLength(1));
      expect(heard[0]).toEqual({
        type: 'store/changed',
        drafts: [{ id: 'draft-coworking', rev: 3, deleted: false }],
        annotations: [{ id: 'ann-retention', url: 'https://blog.example/retention' }],
      });
    } finally {
      channel.close();
    }
  });

  it('lists drafts it added in the drafts overview', async () => {
    const { store, name } = await profile();
    expectOk(await store.apply({ drafts: [{ kind: 'add', draft: coworkingDraft() }], annotations: [] }));
    const drafts = expectOk(await DraftStore.open({ name }));
    opened.push(drafts);
    const overview = expectOk(await drafts.overview());
    expect(overview.drafts.map((d) => [d.id, d.title, d.segmentNames])).toEqual([['draft-coworking', 'Coworking space', ['Offices', 'Freelancers']]]);
  });
});

describe('what the profile holds', () => {
  it('lists every id, trash included, with null for a record that cannot be read', async () => {
    const { store, name } = await profile();
    expectOk(await store.apply({ drafts: [{ kind: 'add', draft: coworkingDraft({ deletedAt: '2026-11-22T00:00:00.000Z' }) }], annotations: [retentionAnnotation()] }));
    const db = expectOk(await openDatabase({ name }));
    await db.put('drafts', { id: 'broken', title: 7 });
    db.close();
    const existing = expectOk(await store.existing());
    expect([...existing.drafts.keys()].sort()).toEqual(['broken', 'draft-coworking']);
    expect(existing.drafts.get('broken')).toBeNull();
    expect(existing.drafts.get('draft-coworking')?.deletedAt).toBe('2026-11-22T00:00:00.000Z');
    expect(existing.annotations.get('ann-retention')).toEqual(retentionAnnotation());
  });
});

describe('planning annotations', () => {
  it('skips an annotation already here, copies a different one with the same id, and moves evidence to the copy', async () => {
    const { store, name } = await profile();
    const ours = retentionAnnotation({ note: 'My own note' });
    const db = expectOk(await openDatabase({ name }));
    await db.put('annotations', { ...ours });
    await db.put('annotations', { ...retentionAnnotation({ id: 'ann-same', rev: 7, updatedAt: '2026-11-21T00:00:00.000Z' }) });
    db.close();

    const file = exportFile('json', exportInput({
      drafts: [coworkingDraft()],
      annotations: [retentionAnnotation(), retentionAnnotation({ id: 'ann-same' }), retentionAnnotation({ id: 'ann-new' })],
    })).text;
    const read = readImport(file, await existingOf(store), { newId: () => 'ann-copy' });
    if (!read.ok) expect.fail(read.problems.join('\n'));
    expect(read.plan.annotations.map((a) => [a.action, a.annotation.id])).toEqual([['copy', 'ann-copy'], ['skip-duplicate', 'ann-same'], ['add', 'ann-new']]);
    // The file's draft cites the file's annotation, which now lives under the copy's id.
    expect(read.plan.drafts[0]!.draft.segments[0]!.evidence![0]!.annotationId).toBe('ann-copy');

    const outcome = expectOk(await store.apply(planWrites(read.plan)));
    expect(outcome.annotations).toEqual(['ann-copy', 'ann-new']);
  });
});
