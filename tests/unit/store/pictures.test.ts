// A board's picture kept with the draft read from it: written with the draft in one transaction, replaced by
// a later read, trashed and restored with the draft, and gone only when the trash is emptied.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { NewPicture } from '../../../lib/model/picture';
import { saveCanvasDraft } from '../../../lib/store/canvas-drafts';
import { keepPicture, PictureStore } from '../../../lib/store/pictures';
import { dump, expectOk, openTestStore } from './harness';

/** The picture kept with a draft, read through a connection of its own as the editor reads it. */
async function pictureOf(name: string, draftId: string) {
  const pictures = expectOk(await PictureStore.open({ name }));
  try {
    return expectOk(await pictures.get(draftId));
  } finally {
    pictures.close();
  }
}

const picture = (first: number, at = '2026-12-07T10:00:00.000Z'): NewPicture => ({
  bytes: new Uint8Array([first, 80, 78, 71]), type: 'image/png', width: 1280, height: 900, url: 'https://board.example/b/1', takenAt: at,
});
const source = { url: 'https://board.example/b/1', title: 'Our board' };

describe('pictures kept with drafts', () => {
  it('keeps the picture with the draft made from the board, and replaces it when the board is read again', async () => {
    const { store, name } = await openTestStore();
    const made = expectOk(await saveCanvasDraft(store, source, ['Personal onboarding call'], [], picture(1)));
    expect((await pictureOf(name, made.id))).toEqual({ ...picture(1), draftId: made.id });

    const again = expectOk(await saveCanvasDraft(store, source, ['Community forum'], [], picture(2, '2026-12-07T11:00:00.000Z')));
    expect(again.id).toBe(made.id);
    expect((await pictureOf(name, made.id))?.bytes).toEqual(picture(2).bytes);
    // Read again without keeping the picture: the one kept before stays.
    expectOk(await saveCanvasDraft(store, source, ['Newsletter'], []));
    expect((await pictureOf(name, made.id))?.bytes).toEqual(picture(2).bytes);
    store.close();
  });

  it('has no picture for a draft made without one', async () => {
    const { store, name } = await openTestStore();
    const draft = expectOk(await store.create({ title: 'Typed by hand' }));
    expect((await pictureOf(name, draft.id))).toBeUndefined();
    store.close();
  });

  it('refuses a broken picture and writes nothing of the draft either', async () => {
    const { store, name } = await openTestStore();
    const refused = await saveCanvasDraft(store, source, ['Personal onboarding call'], [], { ...picture(1), bytes: new Uint8Array(0) });
    expect(refused.ok ? 'written' : refused.error.message).toMatch(/^Not saved: picture\.bytes/);
    const refusedType = await saveCanvasDraft(store, source, ['Personal onboarding call'], [], { ...picture(1), type: 'image/svg+xml' as 'image/png' });
    expect(refusedType.ok ? 'written' : refusedType.error.kind).toBe('invalid');
    expect(await dump(name)).toMatchObject({ drafts: [], listing: [], revisions: [], pictures: [] });
    store.close();
  });

  it('is written with its draft or not at all: a failed write leaves neither, a refused draft keeps no picture', async () => {
    const { store, name } = await openTestStore();
    const kept = keepPicture(picture(3));
    if (!kept.ok) throw new Error(kept.error.message);
    // The picture's write fails inside the draft's transaction (a full disk, say): the draft goes too.
    const failing = await store.create({ title: 'From a board' }, 'create', (tx, draft) => [...kept.value(tx, draft), Promise.reject(new Error('disk full'))]);
    expect(failing.ok).toBe(false);
    // The draft is refused (a title far over its limit): its picture is not written either.
    const refused = await saveCanvasDraft(store, { ...source, title: 'x'.repeat(5000) }, ['Personal onboarding call'], [], picture(3));
    expect(refused.ok ? 'written' : refused.error.kind).toBe('invalid');
    expect(await dump(name)).toMatchObject({ drafts: [], listing: [], revisions: [], pictures: [] });
    store.close();
  });

  it('goes to the trash and comes back with the draft, and is deleted only with it', async () => {
    const { store, name } = await openTestStore();
    const draft = expectOk(await saveCanvasDraft(store, source, ['Personal onboarding call'], [], picture(7)));
    expectOk(await store.trash(draft.id));
    expect((await pictureOf(name, draft.id))?.bytes).toEqual(picture(7).bytes);
    expectOk(await store.restore(draft.id));
    expectOk(await store.trash(draft.id));
    expect(expectOk(await store.emptyTrash())).toBe(1);
    expect((await pictureOf(name, draft.id))).toBeUndefined();
    expect((await dump(name)).pictures).toEqual([]);
    store.close();
  });
});
