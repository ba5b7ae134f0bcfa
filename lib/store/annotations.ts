/**
 * Students' annotations in IndexedDB. Only extension pages (background, side panel) open it; the reader
 * script in a page asks the background by message. Each action is one transaction; an edit based on a stale
 * `rev` is refused; deletes go to the trash, emptied only on request.
 */
import type { StoreChanged } from '../messages';
import { AnnotationEditSchema, AnnotationSchema, pageKey, type Annotation, type AnnotationEdit } from '../model/annotation';
import { newId } from '../model/draft';
import { openStore, StoreConnection, type StoreOptions } from './connection';
import { broadcast } from './changes';
import type { Result as StoreResult, StoreError } from './errors';
import { readRecords, type Page } from './records';
import { inRead, inWriteTransaction, storedRecord, validRecord, type RecordWords, type WriteTx } from './transaction';

export type AnnotationPage = Page<Annotation>;

/** What a new annotation needs; the store adds id, times and rev. */
export type NewAnnotation = Pick<Annotation, 'url' | 'title' | 'quote' | 'position'> & AnnotationEdit;

/** An annotation store's answer; a refused stale edit (`conflict`) carries the stored annotation. */
export type Result<T> = StoreResult<T, Annotation>;

type AnnotationTx = WriteTx<['annotations']>;

const readAll = (raw: readonly Record<string, unknown>[]): AnnotationPage =>
  readRecords(raw, AnnotationSchema, (record) => `annotation ${String(record.id ?? '?')}`);

const ANNOTATION: RecordWords = {
  name: 'annotation',
  gone: 'This annotation no longer exists.',
  changed: 'This annotation was changed in another window; reopen it to see the change.',
};

// Problems are named by their field alone (`url: …`): the user edits one annotation at a time.
const validate = (candidate: unknown): Annotation => validRecord(AnnotationSchema, candidate, '');

export class AnnotationStore extends StoreConnection {
  static open(options: StoreOptions = {}): Promise<StoreResult<AnnotationStore>> {
    return openStore(options, (db, now) => new AnnotationStore(db, now));
  }

  /** Live annotations of one page (any fragment of its URL), in reading order of their position. */
  async forPage(url: string): Promise<Result<AnnotationPage>> {
    return this.read(async () => {
      const page = readAll(await this.db.getAllFromIndex('annotations', 'url', pageKey(url)));
      page.items = page.items.filter((a) => !a.deletedAt).sort((a, b) => a.position.start - b.position.start);
      return page;
    });
  }

  /** Every annotation (or the trashed ones), newest first. */
  async list(options: { trash?: boolean } = {}): Promise<Result<AnnotationPage>> {
    return this.read(async () => {
      const page = readAll(await this.db.getAll('annotations'));
      page.items = page.items.filter((a) => Boolean(a.deletedAt) === Boolean(options.trash));
      page.items.sort((a, b) => (a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : 0));
      return page;
    });
  }

  async get(id: string): Promise<Result<Annotation>> {
    return this.read(async () => storedRecord(await this.db.get('annotations', id), AnnotationSchema, id, ANNOTATION));
  }

  async create(input: NewAnnotation): Promise<Result<Annotation>> {
    const at = this.now().toISOString();
    const candidate = { types: [], tags: [], note: '', ...input, url: pageKey(input.url), id: newId(), createdAt: at, updatedAt: at, rev: 1 };
    return this.write(async (tx) => {
      const annotation = validate(candidate);
      await tx.objectStore('annotations').add(annotation);
      return annotation;
    });
  }

  /**
   * Changes tags, phase or note. With `baseRev`, refuses with `conflict` (and the stored annotation), writing
   * nothing, when another window changed it since.
   */
  async edit(id: string, edit: AnnotationEdit, baseRev?: number): Promise<Result<Annotation>> {
    return this.update(id, (current) => ({ ...current, ...validRecord(AnnotationEditSchema, edit, '') }), baseRev);
  }

  /** Moves an annotation to the trash; `restore` brings it back as it was. */
  trash(id: string): Promise<Result<Annotation>> {
    return this.update(id, (current) => ({ ...current, deletedAt: this.now().toISOString() }));
  }

  restore(id: string): Promise<Result<Annotation>> {
    return this.update(id, ({ deletedAt: _, ...current }) => current);
  }

  /** Deletes every trashed annotation for good. */
  async emptyTrash(): Promise<Result<number>> {
    return this.write(async (tx) => {
      let count = 0;
      let cursor = await tx.objectStore('annotations').openCursor();
      while (cursor) {
        if (cursor.value.deletedAt) {
          await cursor.delete();
          count++;
        }
        cursor = await cursor.continue();
      }
      return count;
    });
  }

  /** Read-modify-write of one annotation in one transaction, refusing a stale `baseRev`. */
  private update(id: string, change: (current: Annotation) => Record<string, unknown>, baseRev?: number): Promise<Result<Annotation>> {
    return this.write(async (tx) => {
      const current = storedRecord(await tx.objectStore('annotations').get(id), AnnotationSchema, id, ANNOTATION, baseRev);
      const next = validate({ ...change(current), rev: current.rev + 1, updatedAt: this.now().toISOString() });
      await tx.objectStore('annotations').put(next);
      return next;
    });
  }

  private read<T>(work: () => Promise<T>): Promise<Result<T>> {
    return inRead(work);
  }

  /** Runs `work` in one readwrite transaction; once committed, other panels are told which page changed. */
  private write<T extends Annotation | number>(work: (tx: AnnotationTx) => Promise<T>): Promise<Result<T>> {
    return inWriteTransaction<['annotations'], T, StoreError<Annotation>>(this.db, ['annotations'], work, (value) => announce(typeof value === 'number' ? [] : [{ id: value.id, url: value.url }]));
  }
}

function announce(annotations: NonNullable<StoreChanged['annotations']>): void {
  broadcast({ type: 'store/changed', drafts: [], annotations });
}
