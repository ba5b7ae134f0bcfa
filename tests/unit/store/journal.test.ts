import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { contentOf, type Draft } from '../../../lib/model/draft';
import { updateSegment } from '../../../lib/model/edit';
import type { DraftStore } from '../../../lib/store/drafts';
import { storageJournal, type Journal } from '../../../lib/store/journal';
import { DraftSession, type SaveStatus } from '../../../lib/store/session';
import { ManualTimers, coworkingContent, expectOk, openTestStore, settle } from './harness';

/** A Storage stand-in: what localStorage keeps between two panels of one profile. */
class MemoryStorage {
  private readonly map = new Map<string, string>();
  get length() { return this.map.size; }
  key(i: number) { return [...this.map.keys()][i] ?? null; }
  getItem(k: string) { return this.map.get(k) ?? null; }
  setItem(k: string, v: string) { this.map.set(k, v); }
  removeItem(k: string) { this.map.delete(k); }
}

const cleanups: (() => void)[] = [];
afterEach(() => {
  vi.restoreAllMocks();
  for (const c of cleanups.splice(0).reverse()) c();
});

async function open() {
  const { store } = await openTestStore();
  cleanups.push(() => store.close());
  return store;
}

function session(store: DraftStore, draft: Draft, journal: Journal) {
  const timers = new ManualTimers();
  const s = new DraftSession(store, draft, { timers, journal });
  cleanups.push(() => s.dispose());
  return { s, timers };
}

async function until(s: DraftSession, kind: SaveStatus['kind']) {
  await vi.waitFor(() => expect(s.state.status.kind).toBe(kind), { timeout: 2000, interval: 1 });
}

describe('unsaved-edits journal', () => {
  it('brings back text typed just before the panel closed, and saves it', async () => {
    const storage = new MemoryStorage();
    const journal = storageJournal(storage);
    const store = await open();
    const draft = expectOk(await store.create(coworkingContent()));
    const first = session(store, draft, journal);
    first.s.edit((c) => ({ ...c, title: 'Typed, then the panel closed' }));
    first.s.dispose(); // closed before the pause ended: nothing reached IndexedDB
    expect(expectOk(await store.get(draft.id)).title).toBe(draft.title);

    const second = session(store, expectOk(await store.get(draft.id)), journal);
    expect(second.s.state.recovered).toBe(true);
    expect(second.s.state.content.title).toBe('Typed, then the panel closed');
    second.timers.advance(0);
    await until(second.s, 'saved');
    expect(expectOk(await store.get(draft.id)).title).toBe('Typed, then the panel closed');
    expect(storage.length).toBe(0);
  });

  it('merges recovered text with what another window saved since', async () => {
    const journal = storageJournal(new MemoryStorage());
    const store = await open();
    const draft = expectOk(await store.create(coworkingContent()));
    const crashed = session(store, draft, journal);
    const segmentId = draft.segments[0]!.id;
    crashed.s.edit((c) => updateSegment(c, segmentId, (s) => ({ ...s, notes: 'Written before the crash' })));
    crashed.s.dispose();
    // Meanwhile another window renames the draft.
    expectOk(await store.save(draft.id, { ...contentOf(draft), title: 'Renamed elsewhere' }, draft.rev));

    const reopened = session(store, expectOk(await store.get(draft.id)), journal);
    reopened.timers.advance(0);
    await until(reopened.s, 'saved');
    const now = expectOk(await store.get(draft.id));
    expect(now.title).toBe('Renamed elsewhere');
    expect(now.segments[0]!.notes).toBe('Written before the crash');
  });

  it('keeps every review comment when edits typed before a crash are recovered on the same revision', async () => {
    const journal = storageJournal(new MemoryStorage());
    const store = await open();
    const coach = { author: 'Coach', createdAt: '2026-11-02T10:00:00.000Z', resolved: false };
    const reviewed = expectOk(await store.create({
      ...coworkingContent(),
      comments: [
        { ...coach, id: 'c-draft', target: { kind: 'draft' }, text: 'Who is the segment?' },
        { ...coach, id: 'c-seg', target: { kind: 'segment', segmentId: 'placeholder' }, text: 'Name the phase.', resolved: true },
      ],
    }));
    const crashed = session(store, reviewed, journal);
    const segmentId = reviewed.segments[0]!.id;
    crashed.s.edit((c) => updateSegment({ ...c, title: 'Edited after the review' }, segmentId, (s) => ({ ...s, notes: 'Typed before the crash' })));
    crashed.s.dispose(); // the panel is killed before the save: only the journal has the edits

    const reopened = session(store, expectOk(await store.get(reviewed.id)), journal);
    expect(reopened.s.state.recovered).toBe(true);
    expect(reopened.s.state.content.comments).toEqual(reviewed.comments);
    reopened.timers.advance(0);
    await until(reopened.s, 'saved');
    const now = expectOk(await store.get(reviewed.id));
    expect(now.title).toBe('Edited after the review');
    expect(now.segments[0]!.notes).toBe('Typed before the crash');
    expect(now.comments).toEqual(reviewed.comments);
  });

  it('forgets the entry once the edits are saved', async () => {
    const storage = new MemoryStorage();
    const store = await open();
    const draft = expectOk(await store.create(coworkingContent()));
    const { s } = session(store, draft, storageJournal(storage));
    s.edit((c) => ({ ...c, title: 'Saved normally' }));
    expect(storage.length).toBe(1);
    await s.flush();
    await settle();
    expect(storage.length).toBe(0);
    const again = session(store, expectOk(await store.get(draft.id)), storageJournal(storage));
    expect(again.s.state.recovered).toBe(false);
  });

  it('ignores an unreadable entry instead of failing to open the draft', async () => {
    const storage = new MemoryStorage();
    const store = await open();
    const draft = expectOk(await store.create(coworkingContent()));
    storage.setItem(`crc-unsaved:${draft.id}:junk`, '{not json');
    storage.setItem(`crc-unsaved:${draft.id}:wrong`, JSON.stringify({ draftId: draft.id, baseRev: 'x' }));
    const { s } = session(store, draft, storageJournal(storage));
    expect(s.state.recovered).toBe(false);
    expect(s.state.content).toEqual(contentOf(draft));
  });
});
