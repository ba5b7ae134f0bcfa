import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { StoreChanged } from '../../../lib/messages';
import { contentOf, type Draft } from '../../../lib/model/draft';
import { removeSegment, updateSegment } from '../../../lib/model/edit';
import { watchStore } from '../../../lib/store/changes';
import type { DraftStore } from '../../../lib/store/drafts';
import { DraftSession, type SaveStatus } from '../../../lib/store/session';
import { describePlace } from '../../../lib/model/place';
import { ManualTimers, coworkingContent, expectOk, failNextWrite, openTestStore, settle } from './harness';

/** The fields a conflict names, in English words as the panel shows them. */
function conflictFields(session: DraftSession): string[] {
  const status = session.state.status;
  return status.kind === 'conflict' ? status.fields.map((f) => describePlace(f)) : [`no conflict: ${status.kind}`];
}

const cleanups: (() => void)[] = [];
afterEach(() => {
  vi.restoreAllMocks();
  for (const cleanup of cleanups.splice(0).reverse()) cleanup();
});

/** One side panel with a draft open: its own connection to the database, its own timers. */
async function openWindow(name?: string) {
  const { store, name: dbName } = await openTestStore(name);
  cleanups.push(() => store.close());
  return { store, name: dbName };
}

function editDraft(store: DraftStore, draft: Draft) {
  const timers = new ManualTimers();
  const statuses: SaveStatus['kind'][] = [];
  const session = new DraftSession(store, draft, {
    timers,
    onChange: (state) => {
      if (statuses.at(-1) !== state.status.kind) statuses.push(state.status.kind);
    },
  });
  cleanups.push(() => session.dispose());
  return { session, timers, statuses };
}

/** Waits until the session's status is `kind` (saves run on IndexedDB's own schedule). */
async function until(session: DraftSession, kind: SaveStatus['kind']): Promise<void> {
  await vi.waitFor(() => expect(session.state.status.kind).toBe(kind), { timeout: 2000, interval: 1 });
}

async function stored(store: DraftStore, id: string): Promise<Draft> {
  return expectOk(await store.get(id));
}

const setTitle = (title: string) => (c: ReturnType<typeof contentOf>) => ({ ...c, title });
const setNotes = (segmentId: string, notes: string) => (c: ReturnType<typeof contentOf>) => updateSegment(c, segmentId, (s) => ({ ...s, notes }));

describe('autosave', () => {
  it('saves once when the user pauses after typing', async () => {
    const { store } = await openWindow();
    const draft = expectOk(await store.create(coworkingContent()));
    const save = vi.spyOn(store, 'save');
    const { session, timers, statuses } = editDraft(store, draft);

    for (const title of ['C', 'Co', 'Cow', 'Cowo']) {
      session.edit(setTitle(title));
      timers.advance(200);
    }
    await settle();
    expect(save).not.toHaveBeenCalled();
    expect(session.state.status.kind).toBe('pending');
    expect(session.dirty).toBe(true);

    timers.advance(500);
    await until(session, 'saved');
    expect(save).toHaveBeenCalledTimes(1);
    expect(statuses).toEqual(['pending', 'saving', 'saved']);
    expect((await stored(store, draft.id)).title).toBe('Cowo');
    expect(session.state.draft.rev).toBe(2);
    expect(session.dirty).toBe(false);
  });

  it('saves at once when the panel is hidden, without waiting for the pause', async () => {
    const { store } = await openWindow();
    const draft = expectOk(await store.create(coworkingContent()));
    const { session, timers } = editDraft(store, draft);
    session.edit(setNotes('offices', 'Ask about parking'));
    await session.flush();
    expect(session.state.status.kind).toBe('saved');
    expect((await stored(store, draft.id)).segments[0]!.notes).toBe('Ask about parking');
    expect(timers.waiting).toEqual([]);
  });

  it('does not save when the text is back to what is stored', async () => {
    const { store } = await openWindow();
    const draft = expectOk(await store.create(coworkingContent()));
    const save = vi.spyOn(store, 'save');
    const { session, timers } = editDraft(store, draft);
    session.edit(setTitle('Typo'));
    session.edit(setTitle('Coworking space'));
    expect(session.state.status.kind).toBe('saved');
    timers.advance(1000);
    await session.flush();
    expect(save).not.toHaveBeenCalled();
  });

  it('saves what is typed during a save right after it', async () => {
    const { store } = await openWindow();
    const draft = expectOk(await store.create(coworkingContent()));
    const { session, timers } = editDraft(store, draft);

    session.edit(setTitle('Coworking'));
    const first = session.flush();
    expect(session.state.status.kind).toBe('saving');
    session.edit(setTitle('Coworking in Lyon'));
    await first;

    expect((await stored(store, draft.id)).title).toBe('Coworking');
    expect(session.state.content.title).toBe('Coworking in Lyon');
    expect(session.state.status.kind).toBe('pending');

    timers.advance(500);
    await until(session, 'saved');
    const after = await stored(store, draft.id);
    expect(after.title).toBe('Coworking in Lyon');
    expect(after.rev).toBe(3);
  });
});

describe('when storage fails', () => {
  it('keeps the text on screen, says why, and saves it once storage works again', async () => {
    const { store } = await openWindow();
    const draft = expectOk(await store.create(coworkingContent()));
    const { session, timers } = editDraft(store, draft);
    failNextWrite('put', 'drafts');

    session.edit(setTitle('Written on a full disk'));
    await session.flush();

    const status = session.state.status;
    expect(status.kind).toBe('error');
    if (status.kind === 'error') {
      expect(status.error.message).toMatch(/no room/);
      expect(status.retryInMs).toBe(1000);
    }
    expect(session.state.content.title).toBe('Written on a full disk');
    expect(session.dirty).toBe(true);
    expect(await stored(store, draft.id)).toEqual(draft);
    expect(timers.waiting).toEqual([1000]);

    timers.advance(1000);
    await until(session, 'saved');
    const after = await stored(store, draft.id);
    expect(after.title).toBe('Written on a full disk');
    expect(after.rev).toBe(2);
    expect(expectOk(await store.revisions(draft.id)).items).toHaveLength(2);
  });

  it('clears the error when the user undoes the edit that could not be saved', async () => {
    const { store } = await openWindow();
    const draft = expectOk(await store.create(coworkingContent()));
    const { session } = editDraft(store, draft);
    failNextWrite('put', 'drafts');
    session.edit(setTitle('Not saved'));
    await session.flush();
    expect(session.state.status.kind).toBe('error');

    session.edit(setTitle('Coworking space'));
    await session.flush();
    expect(session.dirty).toBe(false);
    expect(session.state.status.kind).toBe('saved');
  });

  it('shows nothing wrong when the user undid the edit while its save was failing', async () => {
    const { store } = await openWindow();
    const draft = expectOk(await store.create(coworkingContent()));
    const { session, timers } = editDraft(store, draft);
    failNextWrite('put', 'drafts');
    session.edit(setTitle('Not saved'));
    const saving = session.flush();
    session.edit(setTitle('Coworking space'));
    await saving;
    expect(session.dirty).toBe(false);
    expect(session.state.status.kind).toBe('saved');
    expect(timers.waiting.filter((ms) => ms >= 1000)).toEqual([]);
  });

  it('waits longer between retries while storage keeps failing', async () => {
    const { store } = await openWindow();
    const draft = expectOk(await store.create(coworkingContent()));
    const { session, timers } = editDraft(store, draft);
    const save = vi.spyOn(store, 'save').mockResolvedValue({ ok: false, error: { kind: 'quota', message: 'No room.' } });

    session.edit(setTitle('Still not saved'));
    await session.flush();
    expect(session.state.status).toMatchObject({ kind: 'error', retryInMs: 1000 });
    timers.advance(1000);
    await vi.waitFor(() => expect(save).toHaveBeenCalledTimes(2), { timeout: 2000, interval: 1 });
    await settle();
    expect(session.state.status).toMatchObject({ kind: 'error', retryInMs: 2000 });
    expect(timers.waiting).toEqual([2000]);

    save.mockRestore();
    timers.advance(2000);
    await until(session, 'saved');
    expect((await stored(store, draft.id)).title).toBe('Still not saved');
  });

  it('keeps a title that is too long on screen and says what is wrong', async () => {
    const { store } = await openWindow();
    const draft = expectOk(await store.create(coworkingContent()));
    const { session } = editDraft(store, draft);
    const long = 'Coworking '.repeat(60);
    session.edit(setTitle(long));
    await session.flush();
    expect(session.state.status.kind).toBe('error');
    if (session.state.status.kind === 'error') expect(session.state.status.error.message).toMatch(/title/);
    expect(session.state.content.title).toBe(long);
    expect(await stored(store, draft.id)).toEqual(draft);
  });

  it('keeps the text when the draft was deleted for good elsewhere', async () => {
    const { store } = await openWindow();
    const draft = expectOk(await store.create(coworkingContent()));
    const { session } = editDraft(store, draft);
    expectOk(await store.trash(draft.id));
    expectOk(await store.emptyTrash());

    session.edit(setTitle('Typed into a deleted draft'));
    await session.flush();
    expect(session.state.status.kind).toBe('gone');
    expect(session.state.content.title).toBe('Typed into a deleted draft');
  });
});

describe('two windows on one draft', () => {
  it('keeps both edits when two windows change different fields', async () => {
    const a = await openWindow();
    const b = await openWindow(a.name);
    const draft = expectOk(await a.store.create(coworkingContent()));
    const mine = editDraft(a.store, draft);
    const theirs = editDraft(b.store, draft);

    mine.session.edit(setTitle('Coworking in Lyon'));
    theirs.session.edit(setNotes('offices', 'Ask about parking'));
    await theirs.session.flush();
    // Window A hears about B's save while its own edit is still waiting for the pause.
    await mine.session.external(2);
    await mine.session.flush();
    await theirs.session.external(mine.session.state.draft.rev);

    const result = await stored(a.store, draft.id);
    expect(result.title).toBe('Coworking in Lyon');
    expect(result.segments[0]!.notes).toBe('Ask about parking');
    expect(result.rev).toBe(3);
    for (const window of [mine, theirs]) {
      expect(window.session.state.status.kind).toBe('saved');
      expect(window.session.state.content).toEqual(contentOf(result));
      expect(window.session.state.draft.rev).toBe(3);
    }
  });

  it('keeps both edits even when the other window’s save is only found out on saving', async () => {
    const a = await openWindow();
    const b = await openWindow(a.name);
    const draft = expectOk(await a.store.create(coworkingContent()));
    const mine = editDraft(a.store, draft);
    const theirs = editDraft(b.store, draft);

    theirs.session.edit(setNotes('freelancers', 'Slack channel'));
    await theirs.session.flush();
    mine.session.edit(setTitle('Coworking in Lyon'));
    const saving = mine.session.flush();
    // Typed while the refused save and its merge are under way.
    mine.session.edit((c) => ({ ...c, summary: 'Personal help for offices' }));
    await saving;
    await mine.session.flush();

    const result = await stored(a.store, draft.id);
    expect(result.title).toBe('Coworking in Lyon');
    expect(result.summary).toBe('Personal help for offices');
    expect(result.segments[1]!.notes).toBe('Slack channel');
    expect(mine.session.state.status.kind).toBe('saved');
  });

  it('settles as saved when typing during a refused save undid the edit', async () => {
    const a = await openWindow();
    const b = await openWindow(a.name);
    const draft = expectOk(await a.store.create(coworkingContent()));
    const mine = editDraft(a.store, draft);
    const theirs = editDraft(b.store, draft);

    theirs.session.edit(setTitle('Coworking in Lyon'));
    await theirs.session.flush();
    mine.session.edit(setNotes('offices', 'x'));
    const saving = mine.session.flush();
    mine.session.edit(setNotes('offices', ''));
    await saving;
    await mine.session.flush();

    expect(mine.session.dirty).toBe(false);
    expect(mine.session.state.status.kind).toBe('saved');
    expect(mine.session.state.content.title).toBe('Coworking in Lyon');
    expect((await stored(a.store, draft.id)).rev).toBe(2);
  });

  it('stops and asks when two windows change the same field, overwriting nothing', async () => {
    const a = await openWindow();
    const b = await openWindow(a.name);
    const draft = expectOk(await a.store.create(coworkingContent()));
    const mine = editDraft(a.store, draft);
    const theirs = editDraft(b.store, draft);

    theirs.session.edit(setTitle('Their title'));
    await theirs.session.flush();
    mine.session.edit(setTitle('My title'));
    await mine.session.flush();

    const status = mine.session.state.status;
    expect(status.kind).toBe('conflict');
    if (status.kind === 'conflict') {
      expect(status.fields.map((f) => describePlace(f))).toEqual(['Title']);
      expect(status.theirs.title).toBe('Their title');
    }
    expect(mine.session.state.content.title).toBe('My title');
    const after = await stored(a.store, draft.id);
    expect(after.title).toBe('Their title');
    expect(after.rev).toBe(2);

    // Autosave waits for the user's choice: more typing is kept on screen but not saved.
    const save = vi.spyOn(a.store, 'save');
    mine.session.edit(setTitle('My title, longer'));
    expect(mine.timers.waiting).toEqual([]);
    await mine.session.flush();
    await mine.session.external(2);
    expect(save).not.toHaveBeenCalled();
    expect(mine.session.state.status.kind).toBe('conflict');
  });

  it('names the segment and tactic when both windows reworded the same tactic', async () => {
    const a = await openWindow();
    const b = await openWindow(a.name);
    const draft = expectOk(await a.store.create(coworkingContent()));
    const mine = editDraft(a.store, draft);
    const theirs = editDraft(b.store, draft);
    const reword = (text: string) => (c: ReturnType<typeof contentOf>) =>
      updateSegment(c, 'offices', (s) => ({ ...s, grid: { ...s.grid, keep: s.grid.keep.map((t) => ({ ...t, text })) } }));

    theirs.session.edit(reword('Monthly review'));
    await theirs.session.flush();
    mine.session.edit(reword('Weekly review'));
    await mine.session.flush();

    expect(conflictFields(mine.session)).toEqual(['Segment “Offices” › Keep › tactic']);
  });

  it('names a segment the other window deleted while it was edited here', async () => {
    const a = await openWindow();
    const b = await openWindow(a.name);
    const draft = expectOk(await a.store.create(coworkingContent()));
    const mine = editDraft(a.store, draft);
    const theirs = editDraft(b.store, draft);

    theirs.session.edit((c) => removeSegment(c, 'freelancers'));
    await theirs.session.flush();
    mine.session.edit(setNotes('freelancers', 'Slack channel'));
    await mine.session.flush();

    expect(conflictFields(mine.session)).toEqual(['Segment “Freelancers”']);
    expect(mine.session.state.content.segments[1]!.notes).toBe('Slack channel');
  });

  it('keeps mine on top when the user chooses so, with theirs still in the history', async () => {
    const a = await openWindow();
    const b = await openWindow(a.name);
    const draft = expectOk(await a.store.create(coworkingContent()));
    const mine = editDraft(a.store, draft);
    const theirs = editDraft(b.store, draft);
    theirs.session.edit(setTitle('Their title'));
    await theirs.session.flush();
    mine.session.edit(setTitle('My title'));
    await mine.session.flush();
    expect(mine.session.state.status.kind).toBe('conflict');

    await mine.session.keepMine();

    expect(mine.session.state.status.kind).toBe('saved');
    const after = await stored(a.store, draft.id);
    expect(after.title).toBe('My title');
    expect(after.rev).toBe(3);
    const history = expectOk(await a.store.revisions(draft.id)).items;
    expect(history.map((r) => r.draft.title)).toEqual(['My title', 'Their title', 'Coworking space']);
  });

  it('settles as saved when the user, in a conflict, typed the same as the other window and keeps it', async () => {
    const a = await openWindow();
    const b = await openWindow(a.name);
    const draft = expectOk(await a.store.create(coworkingContent()));
    const mine = editDraft(a.store, draft);
    const theirs = editDraft(b.store, draft);
    theirs.session.edit(setTitle('Their title'));
    await theirs.session.flush();
    mine.session.edit(setTitle('My title'));
    await mine.session.flush();
    expect(mine.session.state.status.kind).toBe('conflict');

    mine.session.edit(setTitle('Their title'));
    await mine.session.keepMine();

    expect(mine.session.state.status.kind).toBe('saved');
    expect(mine.session.dirty).toBe(false);
    expect(mine.session.state.draft.rev).toBe(2);
  });

  it('keeps both as two drafts when the user chooses so, and shows theirs here', async () => {
    const a = await openWindow();
    const b = await openWindow(a.name);
    const draft = expectOk(await a.store.create(coworkingContent()));
    const mine = editDraft(a.store, draft);
    const theirs = editDraft(b.store, draft);
    theirs.session.edit(setTitle('Their title'));
    await theirs.session.flush();
    mine.session.edit((c) => setNotes('offices', 'My notes')(setTitle('My title')(c)));
    await mine.session.flush();

    const copy = await mine.session.keepBoth();

    expect(copy).toBeDefined();
    expect(copy!.id).not.toBe(draft.id);
    expect(copy!.title).toBe('My title (my version)');
    expect(copy!.segments[0]!.notes).toBe('My notes');
    expect((await stored(a.store, copy!.id)).title).toBe('My title (my version)');
    expect(expectOk(await a.store.revisions(copy!.id)).items[0]!.reason).toBe('merge');

    expect(mine.session.state.status.kind).toBe('saved');
    expect(mine.session.state.content.title).toBe('Their title');
    expect(mine.session.state.content.segments[0]!.notes).toBe('');
    const original = await stored(a.store, draft.id);
    expect(original.title).toBe('Their title');
    expect(original.rev).toBe(2);
  });

  it('shows the newer version when another window saved and nothing is typed here', async () => {
    const a = await openWindow();
    const b = await openWindow(a.name);
    const draft = expectOk(await a.store.create(coworkingContent()));
    const mine = editDraft(a.store, draft);
    const theirs = editDraft(b.store, draft);
    const save = vi.spyOn(a.store, 'save');

    theirs.session.edit(setNotes('freelancers', 'Slack channel'));
    await theirs.session.flush();
    await mine.session.external(2);

    expect(mine.session.state.draft.rev).toBe(2);
    expect(mine.session.state.content.segments[1]!.notes).toBe('Slack channel');
    expect(mine.session.state.status.kind).toBe('saved');
    expect(save).not.toHaveBeenCalled();
  });

  it('ignores news of a version it already has', async () => {
    const { store } = await openWindow();
    const draft = expectOk(await store.create(coworkingContent()));
    const { session } = editDraft(store, draft);
    session.edit(setTitle('Mine'));
    await session.flush();
    const get = vi.spyOn(store, 'get');
    await session.external(2);
    await session.external(1);
    expect(get).not.toHaveBeenCalled();
    expect(session.state.content.title).toBe('Mine');
  });

  it('says so at once when another window deletes the draft for good, keeping the text', async () => {
    const a = await openWindow();
    const b = await openWindow(a.name);
    const draft = expectOk(await a.store.create(coworkingContent()));
    const mine = editDraft(a.store, draft);
    mine.session.edit(setTitle('Still typing'));

    // What the side panel does: pass the store's announcement for this draft on to the session.
    const announced = new Promise<StoreChanged['drafts'][number]>((resolve) => {
      const stop = watchStore((change) => {
        const about = change.drafts.find((d) => d.id === draft.id && d.deleted);
        if (about) {
          stop();
          resolve(about);
        }
      });
      cleanups.push(stop);
    });
    expectOk(await b.store.trash(draft.id));
    expectOk(await b.store.emptyTrash());
    const change = await announced;
    await mine.session.external(change.rev, change.deleted);

    expect(mine.session.state.status.kind).toBe('gone');
    expect(mine.session.state.content.title).toBe('Still typing');
  });
});
