import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { STORE_CHANNEL } from '../../../lib/channels';
import type { StoreChanged } from '../../../lib/messages';
import { MAX_QUOTE_LENGTH } from '../../../lib/model/limits';
import { AnnotationStore, type NewAnnotation } from '../../../lib/store/annotations';
import { openDatabase } from '../../../lib/store/db';
import { DraftStore } from '../../../lib/store/drafts';
import { dump, expectOk, tickingClock, uniqueName } from './harness';

const ARTICLE = 'https://blog.example/retention';
const OTHER_ARTICLE = 'https://blog.example/pricing';

const opened: AnnotationStore[] = [];
afterEach(() => {
  vi.restoreAllMocks();
  for (const store of opened.splice(0)) store.close();
});

async function freshStore(name = uniqueName()): Promise<{ store: AnnotationStore; name: string }> {
  const store = expectOk(await AnnotationStore.open({ name, now: tickingClock() }));
  opened.push(store);
  return { store, name };
}

/** A passage of the retention article, at `start` in the page's text. */
function passage(exact: string, start: number, parts: Partial<NewAnnotation> = {}): NewAnnotation {
  return {
    url: ARTICLE,
    title: 'Why customers stay',
    quote: { exact, prefix: 'In our second year ', suffix: ', so we invested.' },
    position: { start, end: start + exact.length },
    ...parts,
  };
}

/** Puts a record straight into the annotations object store, as a broken disk or an old build might have left it. */
async function injectAnnotationRecord(name: string, record: Record<string, unknown> & { id: string; url: string }): Promise<void> {
  const db = expectOk(await openDatabase({ name }));
  await db.put('annotations', record);
  db.close();
}

function errorOf<T>(result: { ok: true; value: T } | { ok: false; error: { kind: string; message: string } }) {
  if (result.ok) expect.fail('expected the store to refuse, but it succeeded');
  return result.error;
}

describe('annotations: creating and reading', () => {
  it('gives back a new annotation with empty tags, a first revision and the page without its fragment', async () => {
    const { store } = await freshStore();
    const created = expectOk(await store.create(passage('members who post stay longer', 120, { url: `${ARTICLE}#comments` })));
    expect(created).toMatchObject({
      url: ARTICLE,
      title: 'Why customers stay',
      quote: { exact: 'members who post stay longer' },
      types: [],
      tags: [],
      note: '',
      rev: 1,
    });
    expect(created.phase).toBeUndefined();
    expect(created.deletedAt).toBeUndefined();
    expect(created.createdAt).toBe(created.updatedAt);
    expect(expectOk(await store.get(created.id))).toEqual(created);
  });

  it('keeps the tags, phase and note given when the passage is saved', async () => {
    const { store } = await freshStore();
    const created = expectOk(await store.create(passage('a forum', 5, { types: ['communities'], phase: 'keep', tags: ['evidence'], note: 'For the Keep column' })));
    expect(expectOk(await store.get(created.id))).toMatchObject({ types: ['communities'], phase: 'keep', tags: ['evidence'], note: 'For the Keep column' });
  });

  it('finds a page’s annotations whatever fragment the page was opened at, in reading order', async () => {
    const { store } = await freshStore();
    const third = expectOk(await store.create(passage('third passage', 900)));
    const first = expectOk(await store.create(passage('first passage', 10, { url: `${ARTICLE}#intro` })));
    const second = expectOk(await store.create(passage('second passage', 400, { url: `${ARTICLE}#:~:text=second` })));
    expectOk(await store.create(passage('on another page', 0, { url: OTHER_ARTICLE })));

    for (const url of [ARTICLE, `${ARTICLE}#comments`, `${ARTICLE}#:~:text=first%20passage`]) {
      const page = expectOk(await store.forPage(url));
      expect(page.items.map((a) => a.id), url).toEqual([first.id, second.id, third.id]);
      expect(page.problems).toEqual([]);
    }
    expect(expectOk(await store.forPage(OTHER_ARTICLE)).items.map((a) => a.quote.exact)).toEqual(['on another page']);
  });

  it('treats another query string as another page', async () => {
    const { store } = await freshStore();
    expectOk(await store.create(passage('page one', 0, { url: `${ARTICLE}?page=1` })));
    expect(expectOk(await store.forPage(`${ARTICLE}?page=2`)).items).toEqual([]);
    expect(expectOk(await store.forPage(`${ARTICLE}?page=1#top`)).items).toHaveLength(1);
  });

  it('lists every annotation with the newest first', async () => {
    const { store } = await freshStore();
    const older = expectOk(await store.create(passage('older', 500)));
    const middle = expectOk(await store.create(passage('middle', 0, { url: OTHER_ARTICLE })));
    const newest = expectOk(await store.create(passage('newest', 10)));
    const listing = expectOk(await store.list());
    expect(listing.items.map((a) => a.id)).toEqual([newest.id, middle.id, older.id]);
    expect(listing.problems).toEqual([]);
  });

  it('says an annotation that never existed is not found', async () => {
    const { store } = await freshStore();
    expect(errorOf(await store.get('no-such-annotation')).kind).toBe('not-found');
    expect(errorOf(await store.trash('no-such-annotation')).kind).toBe('not-found');
  });

  it('starts empty', async () => {
    const { store } = await freshStore();
    expect(expectOk(await store.list())).toEqual({ items: [], problems: [] });
    expect(expectOk(await store.forPage(ARTICLE))).toEqual({ items: [], problems: [] });
  });
});

describe('annotations: refusing what must not be stored', () => {
  it.each(['javascript:alert(1)', 'file:///home/student/notes.html', 'data:text/html,<b>hi</b>', 'chrome://settings', 'blog.example/retention'])(
    'refuses a passage from %s and writes nothing',
    async (url) => {
      const { store, name } = await freshStore();
      const before = await dump(name);
      const error = errorOf(await store.create(passage('a passage', 0, { url })));
      expect(error.kind).toBe('invalid');
      expect(error.message).toMatch(/^Not saved: url: /);
      expect(error.message).toContain('http');
      expect(await dump(name)).toEqual(before);
      expect(expectOk(await store.list()).items).toEqual([]);
    },
  );

  it('refuses an empty or over-long quote, naming the quote', async () => {
    const { store, name } = await freshStore();
    const before = await dump(name);
    expect(errorOf(await store.create(passage('', 0))).message).toMatch(/^Not saved: quote\.exact: /);
    expect(errorOf(await store.create(passage('x'.repeat(MAX_QUOTE_LENGTH + 1), 0))).message).toMatch(/^Not saved: quote\.exact: /);
    expect(await dump(name)).toEqual(before);
  });

  it('refuses a position that ends before it starts', async () => {
    const { store } = await freshStore();
    const error = errorOf(await store.create(passage('backwards', 50, { position: { start: 50, end: 10 } })));
    expect(error.message).toMatch(/^Not saved: position\.end: /);
  });
});

describe('annotations: editing', () => {
  it('saves new tags, phase and note as the next revision', async () => {
    const { store } = await freshStore();
    const created = expectOk(await store.create(passage('members who post stay longer', 120)));
    const edited = expectOk(await store.edit(created.id, { types: ['communities'], phase: 'keep', tags: ['forum', 'evidence'], note: 'Quote in the report' }, created.rev));
    expect(edited).toMatchObject({ types: ['communities'], phase: 'keep', tags: ['forum', 'evidence'], note: 'Quote in the report', rev: 2 });
    expect(edited.updatedAt > created.updatedAt).toBe(true);
    expect(edited.createdAt).toBe(created.createdAt);
    expect(expectOk(await store.get(created.id))).toEqual(edited);
  });

  it('changes only the fields an edit gives, keeping the others', async () => {
    const { store } = await freshStore();
    const created = expectOk(await store.create(passage('a passage', 0, { types: ['community'], tags: ['forum'], note: 'keep me', phase: 'keep' })));
    const edited = expectOk(await store.edit(created.id, { note: 'new note' }));
    expect(edited).toMatchObject({ types: ['community'], tags: ['forum'], note: 'new note', phase: 'keep' });
    expect(expectOk(await store.edit(created.id, { tags: ['x'] }))).toMatchObject({ types: ['community'], note: 'new note', phase: 'keep' });
  });

  it('clears the phase when the student unticks it', async () => {
    const { store } = await freshStore();
    const created = expectOk(await store.create(passage('a passage', 0, { phase: 'grow' })));
    const edited = expectOk(await store.edit(created.id, { types: [], phase: undefined, tags: [], note: '' }, created.rev));
    expect(edited.phase).toBeUndefined();
    expect(expectOk(await store.get(created.id)).phase).toBeUndefined();
  });

  it('never lets an edit move the passage to another page or rewrite what was quoted', async () => {
    const { store } = await freshStore();
    const created = expectOk(await store.create(passage('the real quote', 10)));
    const sneaky = { types: [], tags: [], note: 'ok', url: 'javascript:alert(1)', quote: { exact: 'forged', prefix: '', suffix: '' }, rev: 99 };
    const edited = expectOk(await store.edit(created.id, sneaky as never));
    expect(edited).toMatchObject({ url: ARTICLE, quote: { exact: 'the real quote' }, note: 'ok', rev: 2 });
  });

  it.each([
    ['tags', { tags: ['   '] }, /^Not saved: tags\[0\]: /],
    ['types', { types: ['Not A Type!'] }, /^Not saved: types\[0\]: /],
    ['phase', { phase: 'later' }, /^Not saved: phase: /],
    ['note', { note: 'x'.repeat(20_001) }, /^Not saved: note: /],
    ['tags (too many)', { tags: Array.from({ length: 31 }, (_, i) => `tag ${i}`) }, /^Not saved: tags: /],
  ])('refuses an invalid %s, naming the field and changing nothing', async (_field, edit, message) => {
    const { store, name } = await freshStore();
    const created = expectOk(await store.create(passage('a passage', 0, { tags: ['kept'], note: 'kept note' })));
    const before = await dump(name);
    const error = errorOf(await store.edit(created.id, { types: [], tags: ['kept'], note: 'kept note', ...edit } as never, created.rev));
    expect(error.kind).toBe('invalid');
    expect(error.message).toMatch(message);
    expect(await dump(name)).toEqual(before);
    expect(expectOk(await store.get(created.id))).toEqual(created);
  });

  it('refuses an edit based on a revision another window has replaced, and keeps the other window’s edit', async () => {
    const { store, name } = await freshStore();
    const created = expectOk(await store.create(passage('a passage', 0)));
    const otherWindow = expectOk(await store.edit(created.id, { types: [], tags: ['from the other window'], note: 'theirs' }, created.rev));
    const before = await dump(name);

    const error = errorOf(await store.edit(created.id, { types: [], tags: ['mine'], note: 'mine' }, created.rev));
    expect(error.message).toMatch(/another window/);
    expect(await dump(name)).toEqual(before);
    expect(expectOk(await store.get(created.id))).toEqual(otherWindow);
  });

  it('says an edit of an annotation that is gone is not found, and writes nothing', async () => {
    const { store, name } = await freshStore();
    const before = await dump(name);
    expect(errorOf(await store.edit('gone', { types: [], tags: [], note: 'x' })).kind).toBe('not-found');
    expect(await dump(name)).toEqual(before);
  });
});

describe('annotations: trash', () => {
  it('hides a trashed annotation from its page and the list, and shows it in the trash', async () => {
    const { store } = await freshStore();
    const kept = expectOk(await store.create(passage('kept', 0)));
    const binned = expectOk(await store.create(passage('binned', 50)));
    const trashed = expectOk(await store.trash(binned.id));
    expect(trashed.deletedAt).toBeDefined();
    expect(trashed.rev).toBe(binned.rev + 1);

    expect(expectOk(await store.forPage(ARTICLE)).items.map((a) => a.id)).toEqual([kept.id]);
    expect(expectOk(await store.list()).items.map((a) => a.id)).toEqual([kept.id]);
    expect(expectOk(await store.list({ trash: true })).items.map((a) => a.id)).toEqual([binned.id]);
  });

  it('restores a trashed annotation as it was', async () => {
    const { store } = await freshStore();
    const created = expectOk(await store.create(passage('back again', 30, { tags: ['forum'], note: 'my note', phase: 'get' })));
    expectOk(await store.trash(created.id));
    const restored = expectOk(await store.restore(created.id));
    expect(restored.deletedAt).toBeUndefined();
    expect('deletedAt' in restored).toBe(false);
    expect(restored).toMatchObject({ tags: ['forum'], note: 'my note', phase: 'get', quote: created.quote, position: created.position, rev: 3 });
    expect(expectOk(await store.forPage(ARTICLE)).items.map((a) => a.id)).toEqual([created.id]);
    expect(expectOk(await store.list({ trash: true })).items).toEqual([]);
  });

  it('empties the trash for good, leaving live annotations alone', async () => {
    const { store } = await freshStore();
    const live = expectOk(await store.create(passage('live', 0)));
    const a = expectOk(await store.create(passage('binned one', 10)));
    const b = expectOk(await store.create(passage('binned two', 20, { url: OTHER_ARTICLE })));
    expectOk(await store.trash(a.id));
    expectOk(await store.trash(b.id));

    expect(expectOk(await store.emptyTrash())).toBe(2);
    expect(expectOk(await store.list({ trash: true })).items).toEqual([]);
    expect(expectOk(await store.list()).items.map((x) => x.id)).toEqual([live.id]);
    expect(errorOf(await store.get(a.id)).kind).toBe('not-found');
    expect(errorOf(await store.restore(b.id)).kind).toBe('not-found');
    expect(expectOk(await store.emptyTrash())).toBe(0);
  });
});

describe('annotations: unreadable records', () => {
  it('reports a corrupt record by id and field and still shows the good ones', async () => {
    const { store, name } = await freshStore();
    const good = expectOk(await store.create(passage('a good one', 0)));
    await injectAnnotationRecord(name, { id: 'broken', url: ARTICLE, quote: 42 });

    const page = expectOk(await store.forPage(ARTICLE));
    expect(page.items.map((a) => a.id)).toEqual([good.id]);
    expect(page.problems.some((p) => p.startsWith('annotation broken.quote'))).toBe(true);

    const listing = expectOk(await store.list());
    expect(listing.items.map((a) => a.id)).toEqual([good.id]);
    expect(listing.problems.some((p) => p.startsWith('annotation broken.'))).toBe(true);
    expect(expectOk(await store.list({ trash: true })).problems.length).toBeGreaterThan(0);
  });

  it('skips a stored record whose address is a script rather than a web page', async () => {
    const { store, name } = await freshStore();
    const good = expectOk(await store.create(passage('a good one', 0)));
    await injectAnnotationRecord(name, { ...good, id: 'poisoned', url: 'javascript:alert(1)' });
    const listing = expectOk(await store.list());
    expect(listing.items.map((a) => a.id)).toEqual([good.id]);
    expect(listing.problems).toEqual([expect.stringMatching(/^annotation poisoned\.url: /)]);
  });

  it('says a corrupt record cannot be read, naming it, instead of throwing, and leaves it on disk', async () => {
    const { store, name } = await freshStore();
    const broken = { id: 'broken', url: ARTICLE, rev: 'two' };
    await injectAnnotationRecord(name, broken);
    for (const result of [await store.get('broken'), await store.edit('broken', { types: [], tags: [], note: 'x' }), await store.trash('broken')]) {
      const error = errorOf(result);
      expect(error.kind).toBe('invalid');
      expect(error.message).toMatch(/^This annotation could not be read: annotation broken\./);
    }
    expect((await dump(name)).annotations).toEqual([broken]);
  });
});

describe('annotations: telling other panels', () => {
  /** Resolves with the first store change that mentions annotation `id`. */
  function nextChangeAbout(id: string) {
    const channel = new BroadcastChannel(STORE_CHANNEL);
    const heard = new Promise<StoreChanged>((resolve) => {
      channel.onmessage = (e: MessageEvent) => {
        const change = e.data as StoreChanged;
        if (change.annotations?.some((a) => a.id === id)) resolve(change);
      };
    });
    return { heard, stop: () => channel.close() };
  }

  it('announces an edit, naming the annotation and its page', async () => {
    const { store } = await freshStore();
    const created = expectOk(await store.create(passage('first', 0)));
    const listener = nextChangeAbout(created.id);
    try {
      expectOk(await store.edit(created.id, { types: [], tags: ['announced'], note: '' }, created.rev));
      expect(await listener.heard).toEqual({ type: 'store/changed', drafts: [], annotations: [{ id: created.id, url: ARTICLE }] });
    } finally {
      listener.stop();
    }
  });

  it('announces a creation, a trash and a restore', async () => {
    const { store } = await freshStore();
    const heard: StoreChanged[] = [];
    const channel = new BroadcastChannel(STORE_CHANNEL);
    channel.onmessage = (e: MessageEvent) => heard.push(e.data as StoreChanged);
    try {
      const created = expectOk(await store.create(passage('watched', 0, { url: `${ARTICLE}#top` })));
      expectOk(await store.trash(created.id));
      expectOk(await store.restore(created.id));
      const mine = () => heard.filter((c) => c.annotations?.some((a) => a.id === created.id));
      await vi.waitFor(() => expect(mine()).toHaveLength(3));
      for (const change of mine()) expect(change.annotations).toEqual([{ id: created.id, url: ARTICLE }]);
    } finally {
      channel.close();
    }
  });

  it('posts nothing when a write is refused', async () => {
    const { store } = await freshStore();
    const created = expectOk(await store.create(passage('quiet', 0)));
    const post = vi.spyOn(BroadcastChannel.prototype, 'postMessage');
    errorOf(await store.edit(created.id, { note: 'x'.repeat(20_001) }));
    errorOf(await store.edit(created.id, { types: [], tags: [], note: 'stale' }, created.rev + 5));
    errorOf(await store.create(passage('refused', 0, { url: 'javascript:alert(1)' })));
    expect(post).not.toHaveBeenCalled();
  });
});

describe('annotations: a database from an earlier version', () => {
  interface Fixture {
    drafts: (Record<string, unknown> & { id: string })[];
    revisions: (Record<string, unknown> & { draftId: string; rev: number })[];
    listing: (Record<string, unknown> & { id: string })[];
    annotations?: (Record<string, unknown> & { id: string; url: string })[];
  }
  const loadFixture = (version: number): Fixture => JSON.parse(readFileSync(new URL(`./fixtures/v${version}.json`, import.meta.url), 'utf8')) as Fixture;

  /** A database as version `version` left it, holding that version's fixture. */
  async function databaseOfVersion(version: number, fixture: Fixture): Promise<string> {
    const name = uniqueName();
    const db = expectOk(await openDatabase({ name, version }));
    const stores = (['drafts', 'revisions', 'listing', 'annotations'] as const).filter((s) => fixture[s]);
    const tx = db.transaction(stores, 'readwrite');
    for (const store of stores) for (const record of fixture[store] ?? []) await tx.objectStore(store).put(record as never);
    await tx.done;
    db.close();
    return name;
  }

  it('opens a version 2 database, keeps every draft and starts annotating', async () => {
    const fixture = loadFixture(2);
    const name = await databaseOfVersion(2, fixture);
    const old = expectOk(await openDatabase({ name, version: 2 }));
    expect([...old.objectStoreNames]).not.toContain('annotations');
    old.close();

    const { store } = await freshStore(name);
    expect(expectOk(await store.list())).toEqual({ items: [], problems: [] });
    const created = expectOk(await store.create(passage('after the upgrade', 0)));
    expect(expectOk(await store.forPage(ARTICLE)).items.map((a) => a.id)).toEqual([created.id]);

    const after = await dump(name);
    expect(after.drafts).toEqual(fixture.drafts);
    expect(after.revisions).toEqual(expect.arrayContaining(fixture.revisions));
    expect(after.revisions).toHaveLength(fixture.revisions.length);
    expect(after.listing).toEqual(expect.arrayContaining(fixture.listing));
    expect(after.annotations).toEqual([created]);

    const drafts = expectOk(await DraftStore.open({ name, now: tickingClock() }));
    try {
      const overview = expectOk(await drafts.overview());
      expect([...overview.drafts, ...overview.trash].map((d) => d.id).sort()).toEqual(fixture.drafts.map((d) => d.id).sort());
    } finally {
      drafts.close();
    }
  });

  it('reads the annotations a version 3 database holds', async () => {
    const fixture = loadFixture(3);
    const stored = fixture.annotations?.[0];
    expect(stored).toBeDefined();
    const name = await databaseOfVersion(3, fixture);
    const { store } = await freshStore(name);
    const page = expectOk(await store.forPage(`${stored!.url}#section-2`));
    expect(page.problems).toEqual([]);
    expect(page.items).toEqual([stored]);
    const edited = expectOk(await store.edit(stored!.id, { types: ['communities'], phase: 'keep', tags: ['evidence', 'forum'], note: 'Use for the Keep column' }, stored!.rev as number));
    expect(edited.rev).toBe((stored!.rev as number) + 1);
  });
});
