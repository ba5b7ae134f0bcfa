import { openDB, type DBSchema, type IDBPDatabase, type IDBPTransaction, type StoreNames } from 'idb';
import { DraftSchema, listingOf } from '../model/draft';
import { fail, ok, storageError, type Result } from './errors';

export const DB_NAME = 'crc';

/** Records are stored as plain objects and validated when read (old or corrupt ones are skipped). */
export interface CrcSchema extends DBSchema {
  drafts: { key: string; value: Record<string, unknown> & { id: string }; indexes: { updatedAt: string } };
  listing: { key: string; value: Record<string, unknown> & { id: string } };
  revisions: {
    key: [string, number];
    value: Record<string, unknown> & { draftId: string; rev: number };
    indexes: { draftId: string };
  };
  annotations: { key: string; value: Record<string, unknown> & { id: string; url: string }; indexes: { url: string } };
  cohorts: { key: string; value: Record<string, unknown> & { id: string } };
  members: { key: string; value: Record<string, unknown> & { draftId: string; cohortId: string }; indexes: { cohortId: string } };
  pictures: { key: string; value: Record<string, unknown> & { draftId: string } };
}

export type CrcDatabase = IDBPDatabase<CrcSchema>;
type UpgradeTx = IDBPTransaction<CrcSchema, StoreNames<CrcSchema>[], 'versionchange'>;

/**
 * The upgrade ladder: step i moves a database from version i to i + 1. Steps are never edited once
 * released; a new version appends a step (and a fixture of the old version for the tests).
 */
export const UPGRADES: ((db: CrcDatabase, tx: UpgradeTx) => void)[] = [
  // 0 → 1: drafts, and every saved version of them.
  (db) => {
    db.createObjectStore('drafts', { keyPath: 'id' }).createIndex('updatedAt', 'updatedAt');
    db.createObjectStore('revisions', { keyPath: ['draftId', 'rev'] }).createIndex('draftId', 'draftId');
  },
  // 1 → 2: a small listing entry per draft, so the drafts list does not read every draft in full.
  (db, tx) => {
    db.createObjectStore('listing', { keyPath: 'id' });
    void (async () => {
      let cursor = await tx.objectStore('drafts').openCursor();
      while (cursor) {
        const parsed = DraftSchema.safeParse(cursor.value);
        // Unreadable drafts get no entry; overview() reports them, and they are never deleted.
        if (parsed.success) await tx.objectStore('listing').put(listingOf(parsed.data));
        cursor = await cursor.continue();
      }
    })().catch(() => {
      // A half-built listing must not be committed: abort, so the open fails and the old version stays.
      try {
        tx.abort();
      } catch {
        // already finished
      }
    });
  },
  // 2 → 3: students' annotations of articles, found by page.
  (db) => {
    db.createObjectStore('annotations', { keyPath: 'id' }).createIndex('url', 'url');
  },
  // 3 → 4: coaches' cohorts (with their rubric) and which draft belongs to which, with its scores.
  (db) => {
    db.createObjectStore('cohorts', { keyPath: 'id' });
    db.createObjectStore('members', { keyPath: 'draftId' }).createIndex('cohortId', 'cohortId');
  },
  // 4 → 5: the picture of a board a draft was read from, when the user keeps it (one per draft).
  (db) => {
    db.createObjectStore('pictures', { keyPath: 'draftId' });
  },
];
export const DB_VERSION = UPGRADES.length;

export interface OpenOptions {
  name?: string;
  /** Called when a newer version of the extension needs this connection closed. */
  onOutdated?: () => void;
  /** How many upgrade steps to run: tests use it to build databases of earlier versions. */
  version?: number;
}

/** Opens (creating or upgrading) the database; a blocked or refused open is an error value, not a throw. */
export async function openDatabase(options: OpenOptions = {}): Promise<Result<CrcDatabase>> {
  const version = options.version ?? DB_VERSION;
  try {
    if (typeof indexedDB === 'undefined') throw Object.assign(new Error('IndexedDB is not available'), { name: 'UnknownError' });
    let db: CrcDatabase | undefined;
    let rejectBlocked: (e: unknown) => void = () => {};
    const blocked = new Promise<never>((_, reject) => { rejectBlocked = reject; });
    const opening = openDB<CrcSchema>(options.name ?? DB_NAME, version, {
      upgrade(db, oldVersion, _newVersion, tx) {
        for (let v = oldVersion; v < version; v++) UPGRADES[v]!(db, tx);
      },
      blocked() {
        rejectBlocked(Object.assign(new Error('blocked'), { name: 'BlockedError' }));
        // The caller is told "blocked" now; if this open completes later, nobody holds that connection.
        void opening.then((late) => late.close(), () => {});
      },
      blocking() {
        // A newer version is waiting for us: step aside rather than keep it blocked.
        db?.close();
        options.onOutdated?.();
      },
    });
    db = await Promise.race([opening, blocked]);
    return ok(db);
  } catch (error) {
    if ((error as { name?: string }).name === 'BlockedError') {
      return fail({ kind: 'blocked', message: 'Another tab or window is using an older version of the extension’s data. Close it (or reload it) and try again.' });
    }
    return fail(storageError(error));
  }
}
