/**
 * Drafts and annotations refuse a write the same way (lib/store/transaction.ts): a record that is gone is
 * `not-found`, one that cannot be read or would not be valid is `invalid` with its problems, and a change based
 * on a revision another window replaced is a `conflict` carrying the stored record. Nothing is written in any case.
 */
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { contentOf } from '../../../lib/model/draft';
import { AnnotationStore } from '../../../lib/store/annotations';
import { openDatabase } from '../../../lib/store/db';
import { DraftStore } from '../../../lib/store/drafts';
import { coworkingContent, dump, expectOk, tickingClock, uniqueName } from './harness';

const ARTICLE = 'https://blog.example/retention';
const closers: { close(): void }[] = [];
afterEach(() => {
  for (const c of closers.splice(0)) c.close();
});

async function stores() {
  const name = uniqueName();
  const drafts = expectOk(await DraftStore.open({ name, now: tickingClock() }));
  const annotations = expectOk(await AnnotationStore.open({ name, now: tickingClock() }));
  closers.push(drafts, annotations);
  return { name, drafts, annotations };
}

async function putRaw(name: string, store: 'drafts' | 'annotations', record: Record<string, unknown> & { id: string; url?: string }) {
  const db = expectOk(await openDatabase({ name }));
  await db.put(store, record as never);
  db.close();
}

function refusal<T>(result: { ok: true; value: T } | { ok: false; error: { kind: string; message: string } }) {
  if (result.ok) expect.fail('expected the store to refuse, but it wrote');
  return result.error;
}

const passage = { url: ARTICLE, title: 'Why customers stay', quote: { exact: 'members stay', prefix: '', suffix: '' }, position: { start: 0, end: 12 } };
const edit = (note: string) => ({ types: [], tags: [], note });

describe('store refusals: drafts', () => {
  it('calls a save over a revision another window replaced a conflict, with their version attached', async () => {
    const { name, drafts } = await stores();
    const draft = expectOk(await drafts.create(coworkingContent()));
    const theirs = expectOk(await drafts.save(draft.id, { ...contentOf(draft), title: 'Theirs' }, draft.rev));
    const before = await dump(name);
    const error = refusal(await drafts.save(draft.id, { ...contentOf(draft), title: 'Mine' }, draft.rev));
    expect(error).toEqual({ kind: 'conflict', message: 'This draft was changed in another window.', current: theirs });
    expect(await dump(name)).toEqual(before);
  });

  it('calls content that breaks the schema invalid, naming the field', async () => {
    const { name, drafts } = await stores();
    const draft = expectOk(await drafts.create(coworkingContent()));
    const before = await dump(name);
    const error = refusal(await drafts.save(draft.id, { ...contentOf(draft), title: 'x'.repeat(501) }, draft.rev));
    expect(error).toMatchObject({ kind: 'invalid', message: expect.stringMatching(/^Not saved: draft\.title: /) });
    expect(await dump(name)).toEqual(before);
  });

  it('calls a stored draft that cannot be read invalid, for reading and for saving, and leaves it alone', async () => {
    const { name, drafts } = await stores();
    await putRaw(name, 'drafts', { id: 'broken', title: 'Fine', segments: 'not a list', rev: 3 });
    const before = await dump(name);
    for (const result of [await drafts.get('broken'), await drafts.save('broken', coworkingContent(), 3), await drafts.trash('broken')]) {
      expect(refusal(result)).toMatchObject({ kind: 'invalid', message: expect.stringMatching(/^This draft could not be read: draft broken\./) });
    }
    expect(await dump(name)).toEqual(before);
  });

  it('calls a draft that is not there not found', async () => {
    const { drafts } = await stores();
    for (const result of [await drafts.get('gone'), await drafts.save('gone', coworkingContent(), 1), await drafts.trash('gone')]) {
      expect(refusal(result).kind).toBe('not-found');
    }
  });
});

describe('store refusals: annotations', () => {
  it('calls an edit over a revision another window replaced a conflict (not invalid), with their version attached', async () => {
    const { name, annotations } = await stores();
    const created = expectOk(await annotations.create(passage));
    const theirs = expectOk(await annotations.edit(created.id, edit('theirs'), created.rev));
    const before = await dump(name);
    const error = refusal(await annotations.edit(created.id, edit('mine'), created.rev));
    expect(error).toEqual({ kind: 'conflict', message: expect.stringMatching(/changed in another window/), current: theirs });
    expect(await dump(name)).toEqual(before);
  });

  it('calls an edit that breaks the schema invalid, naming the field', async () => {
    const { name, annotations } = await stores();
    const created = expectOk(await annotations.create(passage));
    const before = await dump(name);
    const error = refusal(await annotations.edit(created.id, { ...edit('x'), phase: 'later' as never }, created.rev));
    expect(error).toMatchObject({ kind: 'invalid', message: expect.stringMatching(/^Not saved: phase: /) });
    expect(await dump(name)).toEqual(before);
  });

  it('calls a stored annotation that cannot be read invalid, and leaves it alone', async () => {
    const { name, annotations } = await stores();
    await putRaw(name, 'annotations', { id: 'broken', url: ARTICLE, rev: 'two' });
    const before = await dump(name);
    for (const result of [await annotations.get('broken'), await annotations.edit('broken', edit('x'), 1), await annotations.restore('broken')]) {
      expect(refusal(result)).toMatchObject({ kind: 'invalid', message: expect.stringMatching(/^This annotation could not be read: annotation broken\./) });
    }
    expect(await dump(name)).toEqual(before);
  });

  it('calls an annotation that is not there not found', async () => {
    const { annotations } = await stores();
    for (const result of [await annotations.get('gone'), await annotations.edit('gone', edit('x'), 1), await annotations.trash('gone')]) {
      expect(refusal(result).kind).toBe('not-found');
    }
  });
});
