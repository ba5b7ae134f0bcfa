/**
 * Drafts in IndexedDB. Every user action is one transaction; every save is a revision; a save based on a
 * stale `rev` is refused with the current version attached, never written over it. Deletes go to the trash.
 */
import { DraftSchema, ListingSchema, RevisionSchema, contentOf, listingOf, newId, withContent, type Draft, type DraftContent, type Listing, type Revision } from '../model/draft';
import type { CrcSchema } from './db';
import { openStore, StoreConnection, type StoreOptions } from './connection';
import { broadcast } from './changes';
import { fail, ok, storageError, type Result } from './errors';
import { problemsOf, readRecords, type Page } from './records';
import { allRequests, inRead, inWriteTransaction, storedRecord, validRecord, type RecordWords, type WriteTx as Tx } from './transaction';

export type { Page };

/** Revisions kept per draft; older ones are pruned in the same transaction as the save. */
export const MAX_REVISIONS = 50;

export type RevisionReason = Revision['reason'];

/**
 * More requests for a draft's own write transaction, given the draft being written: how a board's picture
 * (lib/store/pictures.ts) is kept in the same transaction as the draft read from it.
 */
export type AlsoWrite = (tx: DraftWriteTx, draft: Draft) => Promise<unknown>[];

const newestFirst = <T>(key: (x: T) => string) => (a: T, b: T) => (key(a) < key(b) ? 1 : key(a) > key(b) ? -1 : 0);

const draftName = (record: Record<string, unknown>) => `draft ${String(record.id ?? '?')}`;

const DRAFT: RecordWords = {
  name: 'draft',
  gone: 'This draft no longer exists (its trash may have been emptied).',
  changed: 'This draft was changed in another window.',
};

export class DraftStore extends StoreConnection {
  /** Opens the drafts database. `now` is injectable so tests control time. */
  static open(options: StoreOptions = {}): Promise<Result<DraftStore>> {
    return openStore(options, (db, now) => new DraftStore(db, now));
  }

  /** Live drafts (or the trash) in full, most recently changed first; unreadable records are reported and skipped. */
  async list(options: { trash?: boolean } = {}): Promise<Result<Page<Draft>>> {
    try {
      const { items: all, problems } = readRecords(await this.db.getAll('drafts'), DraftSchema, draftName);
      const items = all.filter((d) => Boolean(d.deletedAt) === Boolean(options.trash));
      items.sort(newestFirst((d) => (options.trash ? d.deletedAt! : d.updatedAt)));
      return ok({ items, problems });
    } catch (e) {
      return fail(storageError(e));
    }
  }

  /**
   * What the drafts list needs — live drafts by last change, trashed ones by deletion, newest first —
   * read from the small listing entries rather than the drafts themselves.
   */
  async overview(): Promise<Result<{ drafts: Listing[]; trash: Listing[]; problems: string[] }>> {
    try {
      const raw = await this.db.getAll('listing');
      const { items, problems } = readRecords(raw, ListingSchema, draftName);
      const drafts = items.filter((d) => !d.deletedAt);
      const trash = items.filter((d) => d.deletedAt);
      // Drafts with no listing entry (unreadable when the listing was built) are reported, not hidden.
      const listed = new Set(raw.map((r) => r.id));
      const unlisted = (await this.db.count('drafts')) === listed.size ? [] : await this.db.getAllKeys('drafts');
      for (const key of unlisted) {
        if (listed.has(key)) continue;
        const record = await this.db.get('drafts', key);
        const parsed = DraftSchema.safeParse(record);
        if (parsed.success) (parsed.data.deletedAt ? trash : drafts).push(listingOf(parsed.data));
        else problems.push(...problemsOf(parsed.error, `draft ${key}`));
      }
      drafts.sort(newestFirst((d) => d.updatedAt));
      trash.sort(newestFirst((d) => d.deletedAt!));
      return ok({ drafts, trash, problems });
    } catch (e) {
      return fail(storageError(e));
    }
  }

  async get(id: string): Promise<Result<Draft>> {
    return inRead(async () => storedRecord(await this.db.get('drafts', id), DraftSchema, id, DRAFT));
  }

  /** Creates a draft (revision 1); `also` adds requests to the same transaction. */
  async create(content: Partial<DraftContent> = {}, reason: RevisionReason = 'create', also?: AlsoWrite): Promise<Result<Draft>> {
    const at = this.now().toISOString();
    const candidate = { title: '', segments: [], summary: '', summaryEdited: false, ...content, id: newId(), createdAt: at, updatedAt: at, rev: 1 };
    return this.write([candidate.id], async (tx) => {
      const draft = validRecord(DraftSchema, candidate, 'draft');
      await allRequests(
        () => tx.objectStore('drafts').add(draft),
        () => tx.objectStore('listing').put(listingOf(draft)),
        () => this.addRevision(tx, draft, reason),
        () => also?.(tx, draft) ?? [],
      );
      return draft;
    });
  }

  /**
   * Saves new content over revision `baseRev`. Refused with `conflict` (and the current draft) when the
   * stored draft has moved on, so the caller can merge; nothing is written then.
   */
  async save(id: string, content: DraftContent, baseRev: number, reason: RevisionReason = 'edit', also?: AlsoWrite): Promise<Result<Draft>> {
    // Only content fields are taken from the caller; id, rev and times stay the store's. Validated in the write.
    return this.update(id, baseRev, reason, (current) => withContent(current, content), also);
  }

  /**
   * Read-modify-write of a draft's content for one-off actions (rename, add a type, apply advice): reads
   * the current version, applies `change`, saves on that revision, and starts over if another window saved
   * in between (a few times at most). `change` must be pure: it may run more than once; so may `also`.
   */
  async modify(id: string, change: (content: DraftContent) => DraftContent, reason: RevisionReason = 'edit', also?: AlsoWrite): Promise<Result<Draft>> {
    for (let attempt = 1; ; attempt++) {
      const current = await this.get(id);
      if (!current.ok) return current;
      const saved = await this.save(id, change(contentOf(current.value)), current.value.rev, reason, also);
      if (saved.ok || saved.error.kind !== 'conflict' || attempt === 3) return saved;
    }
  }

  /** Moves a draft to the trash (a revision records it; restoring brings it back as it was). */
  async trash(id: string): Promise<Result<Draft>> {
    return this.update(id, undefined, 'trash', (current) => ({ ...current, deletedAt: this.now().toISOString() }));
  }

  async restore(id: string): Promise<Result<Draft>> {
    return this.update(id, undefined, 'untrash', ({ deletedAt: _, ...current }) => current);
  }

  /** Deletes every draft in the trash, with its history and its picture, for good. */
  async emptyTrash(): Promise<Result<number>> {
    const trashed = await this.list({ trash: true });
    if (!trashed.ok) return trashed;
    const ids = trashed.value.items.map((d) => d.id);
    const deleted: string[] = []; // announced after the write: only what really went
    return this.write(deleted, async (tx) => {
      for (const id of ids) {
        // Another window may have restored it since the trash was read: check again inside the transaction.
        if (!(await tx.objectStore('drafts').get(id))?.deletedAt) continue;
        await allRequests(
          () => tx.objectStore('drafts').delete(id),
          () => tx.objectStore('listing').delete(id),
          () => tx.objectStore('revisions').delete(IDBKeyRange.bound([id, 0], [id, Infinity])),
          () => tx.objectStore('pictures').delete(id),
        );
        deleted.push(id);
      }
      return deleted.length;
    }, true);
  }

  async duplicate(id: string): Promise<Result<Draft>> {
    const source = await this.get(id);
    if (!source.ok) return source;
    const content = contentOf(structuredClone(source.value));
    return this.create({ ...content, title: `${content.title} (copy)` });
  }

  /** Saved versions of a draft, newest first; unreadable ones are reported and skipped. */
  async revisions(id: string): Promise<Result<Page<Revision>>> {
    try {
      const raw = await this.db.getAll('revisions', IDBKeyRange.bound([id, 0], [id, Infinity]));
      const { items, problems } = readRecords(raw, RevisionSchema, (record) => `revision ${String(record.rev)}`);
      return ok({ items: items.reverse(), problems });
    } catch (e) {
      return fail(storageError(e));
    }
  }

  /** Brings back the content of revision `rev` as a new revision on top of `baseRev`. */
  async restoreRevision(id: string, rev: number, baseRev: number): Promise<Result<Draft>> {
    try {
      const record = await this.db.get('revisions', [id, rev]);
      const parsed = RevisionSchema.safeParse(record);
      if (!parsed.success) return fail({ kind: 'not-found', message: `Version ${rev} of this draft cannot be read.` });
      return this.save(id, contentOf(parsed.data.draft), baseRev, 'restore');
    } catch (e) {
      return fail(storageError(e));
    }
  }

  /** Read-modify-write of one draft in one transaction, refusing a stale base. */
  private update(id: string, baseRev: number | undefined, reason: RevisionReason, change: (current: Draft) => Record<string, unknown>, also?: AlsoWrite) {
    return this.write([id], async (tx) => {
      const current = storedRecord(await tx.objectStore('drafts').get(id), DraftSchema, id, DRAFT, baseRev);
      const next = validRecord(DraftSchema, { ...change(current), rev: current.rev + 1, updatedAt: this.now().toISOString() }, 'draft');
      await allRequests(
        () => tx.objectStore('drafts').put(next),
        () => tx.objectStore('listing').put(listingOf(next)),
        () => this.addRevision(tx, next, reason),
        () => also?.(tx, next) ?? [],
      );
      return next;
    });
  }

  /**
   * Requests that record a revision and prune old ones; the caller awaits them together with its other
   * writes, so one save costs one round trip to the database rather than one per request.
   */
  private addRevision(tx: WriteTx, draft: Draft, reason: RevisionReason): Promise<unknown>[] {
    return revisionRequests(tx.objectStore('revisions'), draft, reason);
  }

  /** Runs `work` in one readwrite transaction; once committed, other panels are told. */
  private write<T>(ids: string[], work: (tx: WriteTx) => Promise<T>, deleted = false): Promise<Result<T>> {
    return inWriteTransaction(this.db, ['drafts', 'listing', 'revisions', 'pictures'], work, (value) => announce(ids, value, deleted));
  }
}

/** A draft write's transaction: the draft, its listing entry, its history and its picture. */
export type DraftWriteTx = Tx<('drafts' | 'listing' | 'revisions' | 'pictures')[]>;
type WriteTx = DraftWriteTx;

/** The `revisions` store of any readwrite transaction that includes it (this store's writes, imports). */
export interface RevisionWriter {
  put(value: CrcSchema['revisions']['value']): Promise<unknown>;
  delete(range: IDBKeyRange): Promise<unknown>;
}

/**
 * Requests that record `draft` as a revision and prune those beyond the last MAX_REVISIONS; the caller awaits
 * them with its other writes. Shared with lib/store/imports.ts so every write path keeps history the same way.
 */
export function revisionRequests(revisions: RevisionWriter, draft: Draft, reason: RevisionReason): Promise<unknown>[] {
  const requests: Promise<unknown>[] = [revisions.put({ draftId: draft.id, rev: draft.rev, savedAt: draft.updatedAt, reason, draft })];
  if (draft.rev > MAX_REVISIONS) {
    requests.push(revisions.delete(IDBKeyRange.bound([draft.id, 0], [draft.id, draft.rev - MAX_REVISIONS], false, false)));
  }
  return requests;
}

function announce(ids: string[], value: unknown, deleted: boolean): void {
  const rev = typeof value === 'object' && value && 'rev' in value ? Number((value as Draft).rev) : 0;
  broadcast({ type: 'store/changed', drafts: ids.map((id) => ({ id, rev, deleted })) });
}
