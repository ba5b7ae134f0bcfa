import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { STORE_CHANNEL, type StoreChanged } from '../../../lib/messages';
import { contentOf, type DraftContent } from '../../../lib/model/draft';
import { watchStore } from '../../../lib/store/changes';
import { openDatabase } from '../../../lib/store/db';
import { DraftStore, MAX_REVISIONS } from '../../../lib/store/drafts';
import { coworkingContent, dump, expectOk, openTestStore, tactic } from './harness';

const opened: DraftStore[] = [];
async function freshStore() {
  const handle = await openTestStore();
  opened.push(handle.store);
  return handle;
}
afterEach(() => {
  vi.restoreAllMocks();
  for (const store of opened.splice(0)) store.close();
});

/** Puts a record straight into the drafts object store, as an old build or a broken disk might have left it. */
async function injectDraftRecord(name: string, record: Record<string, unknown> & { id: string }): Promise<void> {
  const db = expectOk(await openDatabase({ name }));
  await db.put('drafts', record);
  db.close();
}

describe('drafts: creating, reading and listing', () => {
  it('gives back a new draft exactly as it was created', async () => {
    const { store } = await freshStore();
    const created = expectOk(await store.create(coworkingContent()));
    expect(created.rev).toBe(1);
    expect(created.id).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(created.deletedAt).toBeUndefined();
    const read = expectOk(await store.get(created.id));
    expect(read).toEqual(created);
    expect(contentOf(read)).toEqual(coworkingContent());
  });

  it('leaves a new draft’s title empty, for the panel to call it "Untitled draft" in the reader’s language', async () => {
    const { store } = await freshStore();
    const created = expectOk(await store.create());
    expect(created.title).toBe('');
    expect(created.segments).toEqual([]);
  });

  it('lists drafts with the most recently changed first', async () => {
    const { store } = await freshStore();
    const first = expectOk(await store.create({ title: 'First' }));
    const second = expectOk(await store.create({ title: 'Second' }));
    const third = expectOk(await store.create({ title: 'Third' }));
    expect(expectOk(await store.list()).items.map((d) => d.title)).toEqual(['Third', 'Second', 'First']);

    // Editing the oldest one brings it to the top.
    expectOk(await store.save(first.id, { ...contentOf(first), title: 'First, edited' }, first.rev));
    const listing = expectOk(await store.list());
    expect(listing.items.map((d) => d.id)).toEqual([first.id, third.id, second.id]);
    expect(listing.problems).toEqual([]);
  });

  it('says a draft that never existed is not found', async () => {
    const { store } = await freshStore();
    const result = await store.get('no-such-draft');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.kind).toBe('not-found');
  });
});

describe('drafts: saving', () => {
  it('saves an edit as the next revision', async () => {
    const { store } = await freshStore();
    const draft = expectOk(await store.create(coworkingContent()));
    const saved = expectOk(await store.save(draft.id, { ...contentOf(draft), title: 'Coworking, Lyon' }, draft.rev));
    expect(saved.rev).toBe(2);
    expect(saved.updatedAt > draft.updatedAt).toBe(true);
    expect(saved.createdAt).toBe(draft.createdAt);
    expect(expectOk(await store.get(draft.id)).title).toBe('Coworking, Lyon');
    const history = expectOk(await store.revisions(draft.id)).items;
    expect(history.map((r) => [r.rev, r.reason, r.draft.title])).toEqual([
      [2, 'edit', 'Coworking, Lyon'],
      [1, 'create', 'Coworking space'],
    ]);
  });

  it('refuses a save based on an old revision, hands back the current draft, and writes nothing', async () => {
    const { store, name } = await freshStore();
    const draft = expectOk(await store.create(coworkingContent()));
    // Another window saves first…
    const theirs = expectOk(await store.save(draft.id, { ...contentOf(draft), title: 'Their title' }, draft.rev));
    const before = await dump(name);

    // …then this window saves on top of the revision it loaded.
    const result = await store.save(draft.id, { ...contentOf(draft), title: 'My title', summary: 'Mine' }, draft.rev);

    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.kind).toBe('conflict');
    if (result.error.kind !== 'conflict') return;
    expect(result.error.current).toEqual(theirs);
    expect(await dump(name)).toEqual(before);
    const stored = expectOk(await store.get(draft.id));
    expect(stored.rev).toBe(2);
    expect(stored.title).toBe('Their title');
    expect(stored.summary).toBe('');
    expect(expectOk(await store.revisions(draft.id)).items).toHaveLength(2);
  });

  it('refuses a save from a revision that does not exist yet', async () => {
    const { store, name } = await freshStore();
    const draft = expectOk(await store.create(coworkingContent()));
    const before = await dump(name);
    const result = await store.save(draft.id, { ...contentOf(draft), title: 'From the future' }, draft.rev + 5);
    expect(result.ok ? 'saved' : result.error.kind).toBe('conflict');
    expect(await dump(name)).toEqual(before);
  });

  it('refuses a title that is not text, names the field, and writes nothing', async () => {
    const { store, name } = await freshStore();
    const draft = expectOk(await store.create(coworkingContent()));
    const before = await dump(name);
    const result = await store.save(draft.id, { ...contentOf(draft), title: 42 } as unknown as DraftContent, draft.rev);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.kind).toBe('invalid');
    expect(result.error.message).toMatch(/\btitle\b/);
    expect(await dump(name)).toEqual(before);
  });

  it('refuses a tactic whose text is not text, and says where it is', async () => {
    const { store, name } = await freshStore();
    const draft = expectOk(await store.create(coworkingContent()));
    const before = await dump(name);
    const content = structuredClone(contentOf(draft));
    (content.segments[1]!.grid.keep[0] as unknown as { text: unknown }).text = ['not', 'text'];
    const result = await store.save(draft.id, content, draft.rev);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.kind).toBe('invalid');
    expect(result.error.message).toContain('segments[1].grid.keep[0].text');
    if (result.error.kind === 'invalid') expect(result.error.problems.length).toBeGreaterThan(0);
    expect(await dump(name)).toEqual(before);
  });

  it('refuses to create a draft with invalid content and creates nothing', async () => {
    const { store, name } = await freshStore();
    const result = await store.create({ title: 'x'.repeat(501) });
    expect(result.ok ? 'created' : result.error.kind).toBe('invalid');
    expect(Object.values(await dump(name)).flat()).toEqual([]);
  });

  it('says a save to a draft that no longer exists found nothing', async () => {
    const { store, name } = await freshStore();
    const result = await store.save('gone-draft', coworkingContent(), 1);
    expect(result.ok ? 'saved' : result.error.kind).toBe('not-found');
    expect(Object.values(await dump(name)).flat()).toEqual([]);
  });

  it('clears the source link when the user removes it', async () => {
    const { store } = await freshStore();
    const draft = expectOk(await store.create({ ...coworkingContent(), source: { url: 'https://example.com/canvas', title: 'Canvas' } }));
    const { source: _, ...withoutSource } = contentOf(draft);
    const saved = expectOk(await store.save(draft.id, withoutSource, draft.rev));
    expect(saved.source).toBeUndefined();
    expect(expectOk(await store.get(draft.id)).source).toBeUndefined();
  });
});

describe('drafts: trash', () => {
  it('moves a draft to the trash and brings it back unchanged', async () => {
    const { store } = await freshStore();
    const kept = expectOk(await store.create({ title: 'Kept' }));
    const draft = expectOk(await store.create(coworkingContent()));

    const trashed = expectOk(await store.trash(draft.id));
    expect(trashed.deletedAt).toBeDefined();
    expect(expectOk(await store.list()).items.map((d) => d.id)).toEqual([kept.id]);
    expect(expectOk(await store.list({ trash: true })).items.map((d) => d.id)).toEqual([draft.id]);

    const restored = expectOk(await store.restore(draft.id));
    expect(restored.deletedAt).toBeUndefined();
    expect(contentOf(restored)).toEqual(contentOf(draft));
    expect(expectOk(await store.list()).items.map((d) => d.id)).toEqual([draft.id, kept.id]);
    expect(expectOk(await store.list({ trash: true })).items).toEqual([]);
    const reasons = expectOk(await store.revisions(draft.id)).items.map((r) => r.reason);
    expect(reasons).toEqual(['untrash', 'trash', 'create']);
  });

  it('lists the trash with the most recently deleted first', async () => {
    const { store } = await freshStore();
    const a = expectOk(await store.create({ title: 'A' }));
    const b = expectOk(await store.create({ title: 'B' }));
    expectOk(await store.trash(b.id));
    expectOk(await store.trash(a.id));
    expect(expectOk(await store.list({ trash: true })).items.map((d) => d.title)).toEqual(['A', 'B']);
  });

  it('deletes the drafts in the trash and their history for good, and nothing else', async () => {
    const { store } = await freshStore();
    const kept = expectOk(await store.create({ title: 'Kept' }));
    expectOk(await store.save(kept.id, { ...contentOf(kept), summary: 'Still here' }, kept.rev));
    const doomed = expectOk(await store.create(coworkingContent()));
    expectOk(await store.save(doomed.id, { ...contentOf(doomed), title: 'Doomed' }, doomed.rev));
    expectOk(await store.trash(doomed.id));

    expect(expectOk(await store.emptyTrash())).toBe(1);

    const gone = await store.get(doomed.id);
    expect(gone.ok ? 'found' : gone.error.kind).toBe('not-found');
    expect(expectOk(await store.revisions(doomed.id)).items).toEqual([]);
    expect(expectOk(await store.list({ trash: true })).items).toEqual([]);
    expect(expectOk(await store.list()).items.map((d) => d.id)).toEqual([kept.id]);
    expect(expectOk(await store.revisions(kept.id)).items.map((r) => r.rev)).toEqual([2, 1]);
  });
});

describe('drafts: two windows and the trash', () => {
  it('never deletes for good a draft another window restored while the trash was being emptied', async () => {
    const { store, name } = await freshStore();
    const { store: other } = await openTestStore(name);
    opened.push(other);
    const draft = expectOk(await store.create(coworkingContent()));
    expectOk(await store.trash(draft.id));

    // Window A reads the trash to empty it; just then window B restores the draft.
    const list = store.list.bind(store);
    vi.spyOn(store, 'list').mockImplementationOnce(async (options) => {
      const listing = await list(options);
      expectOk(await other.restore(draft.id));
      return listing;
    });
    expect(expectOk(await store.emptyTrash())).toBe(0);

    const kept = expectOk(await store.get(draft.id));
    expect(kept.deletedAt).toBeUndefined();
    expect(contentOf(kept)).toEqual(coworkingContent());
    expect(expectOk(await store.revisions(draft.id)).items.length).toBe(3);
  });
});

describe('drafts: the drafts list', () => {
  it('shows each draft’s title, summary and segment names, kept in step with every write', async () => {
    const { store } = await freshStore();
    const bakery = expectOk(await store.create({ title: 'Bakery' }));
    const draft = expectOk(await store.create(coworkingContent()));
    let overview = expectOk(await store.overview());
    expect(overview.drafts.map((d) => [d.title, d.segmentNames, d.rev])).toEqual([
      ['Coworking space', ['Offices', 'Freelancers'], 1],
      ['Bakery', [], 1],
    ]);

    const saved = expectOk(await store.save(bakery.id, { ...contentOf(bakery), title: 'Bakery, Lyon', summary: 'Self-service' }, bakery.rev));
    overview = expectOk(await store.overview());
    expect(overview.drafts[0]).toMatchObject({ id: bakery.id, title: 'Bakery, Lyon', summary: 'Self-service', rev: 2, updatedAt: saved.updatedAt });

    expectOk(await store.trash(draft.id));
    overview = expectOk(await store.overview());
    expect(overview.drafts.map((d) => d.id)).toEqual([bakery.id]);
    expect(overview.trash.map((d) => d.id)).toEqual([draft.id]);

    expectOk(await store.restore(draft.id));
    overview = expectOk(await store.overview());
    expect(overview.drafts.map((d) => d.id)).toEqual([draft.id, bakery.id]);
    expect(overview.trash).toEqual([]);

    expectOk(await store.trash(draft.id));
    expectOk(await store.emptyTrash());
    overview = expectOk(await store.overview());
    expect(overview.drafts.map((d) => d.id)).toEqual([bakery.id]);
    expect(overview.trash).toEqual([]);
    expect(overview.problems).toEqual([]);
  });

  it('agrees with the full drafts after a refused save', async () => {
    const { store } = await freshStore();
    const draft = expectOk(await store.create(coworkingContent()));
    expectOk(await store.save(draft.id, { ...contentOf(draft), title: 'Theirs' }, draft.rev));
    expect((await store.save(draft.id, { ...contentOf(draft), title: 'Mine' }, draft.rev)).ok).toBe(false);
    expect(expectOk(await store.overview()).drafts.map((d) => [d.title, d.rev])).toEqual([['Theirs', 2]]);
  });
});

describe('drafts: copies and history', () => {
  it('duplicates a draft under a new id with "(copy)" in the title and the same segments', async () => {
    const { store } = await freshStore();
    const draft = expectOk(await store.create({ ...coworkingContent(), summary: 'Personal help for offices' }));
    const copy = expectOk(await store.duplicate(draft.id));
    expect(copy.id).not.toBe(draft.id);
    expect(copy.title).toBe('Coworking space (copy)');
    expect(copy.segments).toEqual(draft.segments);
    expect(copy.summary).toBe('Personal help for offices');
    expect(copy.rev).toBe(1);
    expect(expectOk(await store.list()).items).toHaveLength(2);
    // The original is untouched.
    expect(expectOk(await store.get(draft.id))).toEqual(draft);
  });

  it('lists revisions newest first', async () => {
    const { store } = await freshStore();
    let draft = expectOk(await store.create({ title: 'v1' }));
    for (const title of ['v2', 'v3', 'v4']) draft = expectOk(await store.save(draft.id, { ...contentOf(draft), title }, draft.rev));
    const history = expectOk(await store.revisions(draft.id));
    expect(history.items.map((r) => [r.rev, r.draft.title])).toEqual([[4, 'v4'], [3, 'v3'], [2, 'v2'], [1, 'v1']]);
    expect(history.problems).toEqual([]);
  });

  it('brings back an old version as a new revision, keeping the versions in between', async () => {
    const { store } = await freshStore();
    const first = expectOk(await store.create(coworkingContent()));
    let draft = expectOk(await store.save(first.id, { ...contentOf(first), title: 'Renamed', segments: [] }, first.rev));
    draft = expectOk(await store.save(draft.id, { ...contentOf(draft), summary: 'Nothing left' }, draft.rev));

    const restored = expectOk(await store.restoreRevision(draft.id, 1, draft.rev));
    expect(restored.rev).toBe(4);
    expect(contentOf(restored)).toEqual(contentOf(first));
    const history = expectOk(await store.revisions(draft.id)).items;
    expect(history.map((r) => [r.rev, r.reason])).toEqual([[4, 'restore'], [3, 'edit'], [2, 'edit'], [1, 'create']]);
  });

  it('refuses to restore an old version over a newer one it has not seen', async () => {
    const { store, name } = await freshStore();
    const first = expectOk(await store.create(coworkingContent()));
    const second = expectOk(await store.save(first.id, { ...contentOf(first), title: 'Second' }, first.rev));
    expectOk(await store.save(first.id, { ...contentOf(second), title: 'Third' }, second.rev));
    const before = await dump(name);
    const result = await store.restoreRevision(first.id, 1, second.rev);
    expect(result.ok ? 'restored' : result.error.kind).toBe('conflict');
    expect(await dump(name)).toEqual(before);
  });

  it('says an old version that is not kept cannot be restored', async () => {
    const { store } = await freshStore();
    const draft = expectOk(await store.create(coworkingContent()));
    const result = await store.restoreRevision(draft.id, 7, draft.rev);
    expect(result.ok ? 'restored' : result.error.kind).toBe('not-found');
  });

  it(`keeps only the last ${MAX_REVISIONS} revisions of a draft`, async () => {
    const { store } = await freshStore();
    let draft = expectOk(await store.create({ title: 'edit 0' }));
    const other = expectOk(await store.create({ title: 'Other draft' }));
    const saves = MAX_REVISIONS + 5;
    for (let i = 1; i <= saves; i++) draft = expectOk(await store.save(draft.id, { ...contentOf(draft), title: `edit ${i}` }, draft.rev));

    const history = expectOk(await store.revisions(draft.id)).items;
    expect(draft.rev).toBe(saves + 1);
    expect(history).toHaveLength(MAX_REVISIONS);
    expect(history[0]!.rev).toBe(saves + 1);
    expect(history.at(-1)!.rev).toBe(saves + 2 - MAX_REVISIONS);
    expect(history.at(-1)!.draft.title).toBe(`edit ${saves + 1 - MAX_REVISIONS}`);
    // Another draft's history is not pruned with it.
    expect(expectOk(await store.revisions(other.id)).items.map((r) => r.rev)).toEqual([1]);
  });
});

describe('drafts: records that cannot be read', () => {
  it('reports a corrupt record, lists the others, and never throws', async () => {
    const { store, name } = await freshStore();
    const good = expectOk(await store.create(coworkingContent()));
    await injectDraftRecord(name, { id: 'broken', title: 42, createdAt: 'yesterday', rev: 'one' });

    const listing = expectOk(await store.list());
    expect(listing.items.map((d) => d.id)).toEqual([good.id]);
    expect(listing.problems.length).toBeGreaterThan(0);
    expect(listing.problems.every((p) => p.startsWith('draft broken'))).toBe(true);
    expect(listing.problems.some((p) => p.includes('title'))).toBe(true);
    expect(expectOk(await store.list({ trash: true })).items).toEqual([]);
    // The drafts list (built from listing entries) reports it too, rather than hiding it.
    const overview = expectOk(await store.overview());
    expect(overview.drafts.map((d) => d.id)).toEqual([good.id]);
    expect(overview.problems.some((p) => p.startsWith('draft broken'))).toBe(true);

    const read = await store.get('broken');
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(read.error.kind).toBe('invalid');
    expect(read.error.message).toContain('broken');
  });

  it('refuses to save over a corrupt record and leaves it for repair', async () => {
    const { store, name } = await freshStore();
    await injectDraftRecord(name, { id: 'broken', title: 'Fine', segments: 'not a list', createdAt: '2025-01-01T00:00:00Z', updatedAt: '2025-01-01T00:00:00Z', rev: 3 });
    const before = await dump(name);
    const result = await store.save('broken', coworkingContent(), 3);
    expect(result.ok ? 'saved' : result.error.kind).toBe('invalid');
    expect(await dump(name)).toEqual(before);
  });
});

describe('drafts: telling other panels', () => {
  /** Collects store changes about `id` until `count` have arrived. */
  function changesAbout(id: string, count: number) {
    const seen: StoreChanged['drafts'][number][] = [];
    let stop = () => {};
    const done = new Promise<typeof seen>((resolve) => {
      stop = watchStore((change) => {
        seen.push(...change.drafts.filter((d) => d.id === id));
        if (seen.length >= count) resolve(seen);
      });
    });
    return { done, stop: () => stop(), seen };
  }

  it('announces a save with the new revision', async () => {
    const { store } = await freshStore();
    const draft = expectOk(await store.create(coworkingContent()));
    const watch = changesAbout(draft.id, 1);
    try {
      expectOk(await store.save(draft.id, { ...contentOf(draft), title: 'Announced' }, draft.rev));
      expect(await watch.done).toEqual([{ id: draft.id, rev: 2, deleted: false }]);
    } finally {
      watch.stop();
    }
  });

  it('announces the drafts deleted when the trash is emptied', async () => {
    const { store } = await freshStore();
    const draft = expectOk(await store.create(coworkingContent()));
    expectOk(await store.trash(draft.id));
    const watch = changesAbout(draft.id, 1);
    try {
      expectOk(await store.emptyTrash());
      const [change] = await watch.done;
      expect(change).toMatchObject({ id: draft.id, deleted: true });
    } finally {
      watch.stop();
    }
  });

  it('ignores junk posted on the channel', async () => {
    const received: StoreChanged[] = [];
    let resolveSentinel = () => {};
    const sentinelArrived = new Promise<void>((resolve) => { resolveSentinel = resolve; });
    const posted = ['../../etc', 'x', 'sentinel'];
    const stop = watchStore((change) => {
      // Saves made by tests running in parallel may be announced on the same channel: keep only ours.
      if (change.drafts.length === 0 || change.drafts.some((d) => posted.includes(d.id))) received.push(change);
      if (change.drafts[0]?.id === 'sentinel') resolveSentinel();
    });
    const sender = new BroadcastChannel(STORE_CHANNEL);
    try {
      sender.postMessage('store/changed');
      sender.postMessage({ type: 'store/changed' });
      sender.postMessage({ type: 'store/changed', drafts: [{ id: '../../etc', rev: 1, deleted: false }] });
      sender.postMessage({ type: 'store/changed', drafts: [{ id: 'x', rev: -1, deleted: false }] });
      sender.postMessage({ type: 'store/deleted', drafts: [] });
      // Messages from one sender arrive in order: once this one is in, the junk has been seen and dropped.
      sender.postMessage({ type: 'store/changed', drafts: [{ id: 'sentinel', rev: 1, deleted: false }] });
      await sentinelArrived;
      expect(received).toEqual([{ type: 'store/changed', drafts: [{ id: 'sentinel', rev: 1, deleted: false }] }]);
    } finally {
      sender.close();
      stop();
    }
  });
});

describe('drafts: tactics survive the round trip', () => {
  it('keeps a tactic’s metric and channel', async () => {
    const { store } = await freshStore();
    const content = coworkingContent();
    content.segments[0]!.grid.grow.push({ ...tactic('t-upsell', 'Offer a second floor', 'account manager'), metric: { name: 'expansion revenue', target: '+10 %' } });
    const draft = expectOk(await store.create(content));
    expect(expectOk(await store.get(draft.id)).segments[0]!.grid.grow).toEqual([
      { id: 't-upsell', text: 'Offer a second floor', channel: 'account manager', metric: { name: 'expansion revenue', target: '+10 %' } },
    ]);
  });
});
