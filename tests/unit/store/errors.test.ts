import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { contentOf } from '../../../lib/model/draft';
import { DB_VERSION, openDatabase } from '../../../lib/store/db';
import { DraftStore } from '../../../lib/store/drafts';
import { storageError } from '../../../lib/store/errors';
import { coworkingContent, dump, expectOk, failNextWrite, openTestStore, quotaError, settle, uniqueName } from './harness';

const cleanups: (() => void)[] = [];
afterEach(() => {
  vi.restoreAllMocks();
  for (const cleanup of cleanups.splice(0).reverse()) cleanup();
});

function openRaw(name: string, version: number, onUpgrade: (db: IDBDatabase) => void = () => {}): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(name, version);
    request.onupgradeneeded = () => onUpgrade(request.result);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

describe('storage errors in words a user can act on', () => {
  it('says the disk is full for a quota error', () => {
    const error = storageError(quotaError());
    expect(error.kind).toBe('quota');
    expect(error.message).toMatch(/no room/);
    expect(error.message).toMatch(/saved again automatically/);
  });

  it('asks for an update when the data is from a newer version', () => {
    const error = storageError(new DOMException('requested version is less than the existing version', 'VersionError'));
    expect(error.kind).toBe('version');
    expect(error.message).toMatch(/Update the extension/);
  });

  it('asks for a reload when the connection has closed (Chrome and Firefox wording)', () => {
    const chrome = storageError(new DOMException("Failed to execute 'transaction' on 'IDBDatabase': The database connection is closing.", 'InvalidStateError'));
    expect(chrome.kind).toBe('closed');
    expect(chrome.message).toMatch(/Reload/);
    const firefox = storageError(new DOMException('IDBDatabase.transaction: Can’t start a transaction on a closed database', 'InvalidStateError'));
    expect(firefox.kind).toBe('closed');
  });

  it('says storage is unavailable when the browser refuses it', () => {
    expect(storageError(new DOMException('denied', 'SecurityError')).kind).toBe('unavailable');
    expect(storageError(new DOMException('no', 'UnknownError')).kind).toBe('unavailable');
    expect(storageError(new DOMException('private mode', 'InvalidStateError')).kind).toBe('unavailable');
  });

  it('passes on the detail of an unexpected error', () => {
    const error = storageError(new TypeError('cannot read x'));
    expect(error.kind).toBe('unknown');
    expect(error.message).toContain('cannot read x');
    expect(storageError('a string').message).toContain('a string');
  });
});

describe('opening the drafts database', () => {
  it('says storage is unavailable when the browser has no IndexedDB', async () => {
    const descriptor = Object.getOwnPropertyDescriptor(globalThis, 'indexedDB');
    cleanups.push(() => {
      if (descriptor) Object.defineProperty(globalThis, 'indexedDB', descriptor);
    });
    Reflect.deleteProperty(globalThis, 'indexedDB');
    expect(typeof indexedDB).toBe('undefined');

    const opened = await DraftStore.open({ name: uniqueName() });
    expect(opened.ok).toBe(false);
    if (!opened.ok) {
      expect(opened.error.kind).toBe('unavailable');
      expect(opened.error.message).toMatch(/private browsing/);
    }
  });

  it('says storage is unavailable when the browser refuses to open it', async () => {
    vi.spyOn(indexedDB, 'open').mockImplementation(() => {
      throw new DOMException('Access denied', 'SecurityError');
    });
    const opened = await DraftStore.open({ name: uniqueName() });
    expect(opened.ok ? 'opened' : opened.error.kind).toBe('unavailable');
  });

  it('asks for an update when the drafts were saved by a newer version of the extension', async () => {
    const name = uniqueName();
    (await openRaw(name, DB_VERSION + 1)).close();
    const opened = await DraftStore.open({ name });
    expect(opened.ok ? 'opened' : opened.error.kind).toBe('version');
  });

  it('says another window is in the way when an old connection will not let go', async () => {
    const name = uniqueName();
    expectOk(await openDatabase({ name, version: DB_VERSION - 1 })).close();
    // An old tab holds the previous version and ignores requests to close (no versionchange handler).
    const oldTab = await openRaw(name, DB_VERSION - 1);

    const opened = await DraftStore.open({ name });
    expect(opened.ok).toBe(false);
    if (!opened.ok) {
      expect(opened.error.kind).toBe('blocked');
      expect(opened.error.message).toMatch(/Close it/);
    }

    // Once the old tab is gone, opening again works.
    oldTab.close();
    const retried = expectOk(await DraftStore.open({ name }));
    expect(expectOk(await retried.list()).items).toEqual([]);
    retried.close();
  });

  it('leaves no stray connection behind after a blocked open, so later upgrades are not blocked', async () => {
    const name = uniqueName();
    expectOk(await openDatabase({ name, version: DB_VERSION - 1 })).close();
    const oldTab = await openRaw(name, DB_VERSION - 1);
    const opened = await DraftStore.open({ name });
    expect(opened.ok ? 'opened' : opened.error.kind).toBe('blocked');
    oldTab.close();
    await settle(20);

    // A later version of the extension upgrades the database: nothing of ours may hold it up.
    const outcome = await new Promise<string>((resolve, reject) => {
      const request = indexedDB.open(name, DB_VERSION + 1);
      request.onblocked = () => resolve('blocked');
      request.onsuccess = () => {
        request.result.close();
        resolve('opened');
      };
      request.onerror = () => reject(request.error);
    });
    expect(outcome).toBe('opened');
  });

  it('steps aside for a newer version of the extension and says so', async () => {
    const name = uniqueName();
    const onOutdated = vi.fn();
    const old = expectOk(await DraftStore.open({ name, onOutdated }));
    // A newer build opens the same database at a higher version: it must not be blocked by us.
    const newer = await openRaw(name, DB_VERSION + 1);
    expect(onOutdated).toHaveBeenCalledTimes(1);
    expect(newer.version).toBe(DB_VERSION + 1);
    newer.close();
    // The outdated connection now answers with an error value rather than throwing. (Which kind depends on
    // the browser's wording of the error; fake-indexeddb's does not mention closing.)
    const listed = await old.list();
    expect(listed.ok).toBe(false);
  });
});

describe('writes that fail', () => {
  it('reports a full disk on save and keeps the stored draft as it was', async () => {
    const { store, name } = await openTestStore();
    cleanups.push(() => store.close());
    const draft = expectOk(await store.create(coworkingContent()));
    const before = await dump(name);

    // The draft itself is written, then its revision hits the quota: the whole save must be undone.
    const put = failNextWrite('put', 'revisions');
    const result = await store.save(draft.id, { ...contentOf(draft), title: 'Too big to store' }, draft.rev);

    expect(put).toHaveBeenCalled();
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.kind).toBe('quota');
      expect(result.error.message).toMatch(/no room/);
    }
    expect(await dump(name)).toEqual(before);

    // Once there is room again, the same save goes through.
    vi.restoreAllMocks();
    expect(expectOk(await store.save(draft.id, { ...contentOf(draft), title: 'Stored' }, draft.rev)).rev).toBe(2);
  });

  it('reports a full disk on create and creates nothing', async () => {
    const { store, name } = await openTestStore();
    cleanups.push(() => store.close());
    failNextWrite('add', 'drafts');
    const result = await store.create(coworkingContent());
    expect(result.ok ? 'created' : result.error.kind).toBe('quota');
    expect(Object.values(await dump(name)).flat()).toEqual([]);
  });

  it('does not trash a draft when the write fails', async () => {
    const { store } = await openTestStore();
    cleanups.push(() => store.close());
    const draft = expectOk(await store.create(coworkingContent()));
    failNextWrite('put', 'revisions');
    const result = await store.trash(draft.id);
    expect(result.ok ? 'trashed' : result.error.kind).toBe('quota');
    expect(expectOk(await store.list()).items.map((d) => d.id)).toEqual([draft.id]);
    expect(expectOk(await store.get(draft.id)).deletedAt).toBeUndefined();
  });

  it('answers with an error, not an exception, when the store is used after closing', async () => {
    const { store, name } = await openTestStore();
    const draft = expectOk(await store.create(coworkingContent()));
    const before = await dump(name);
    store.close();
    const saved = await store.save(draft.id, { ...contentOf(draft), title: 'After closing' }, draft.rev);
    expect(saved.ok).toBe(false);
    expect((await store.get(draft.id)).ok).toBe(false);
    expect((await store.list()).ok).toBe(false);
    expect(await dump(name)).toEqual(before);
  });
});
