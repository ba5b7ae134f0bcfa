/**
 * Students' annotations in IndexedDB. Only extension pages (background, side panel) open it; the reader
 * script in a page asks the background by message. Each action is one transaction; an edit based on a stale
 * `rev` is refused; deletes go to the trash, emptied only on request.
 */
import type { IDBPTransaction } from 'idb';
import type { StoreChanged } from '../messages';
import { AnnotationEditSchema, AnnotationSchema, pageKey, type Annotation, type AnnotationEdit } from '../model/annotation';
import { newId } from '../model/draft';
import { issuePath } from '../catalogue/validate';
import { openDatabase, type CrcDatabase, type CrcSchema, type OpenOptions } from './db';
import { broadcast } from './changes';
import { fail, ok, Refusal, storageError, type Result } from './errors';
import { readRecords, type Page } from './records';

export type AnnotationPage = Page<Annotation>;

/** What a new annotation needs; the store adds id, times and rev. */
export type NewAnnotation = Pick<Annotation, 'url' | 'title' | 'quote' | 'position'> & AnnotationEdit;

type AnnotationTx = IDBPTransaction<CrcSchema, ['annotations'], 'readwrite'>;

const readAll = (raw: readonly Record<string, unknown>[]): AnnotationPage =>
  readRecords(raw, AnnotationSchema, (record) => `annotation ${String(record.id ?? '?')}`);

function validate(candidate: unknown): Annotation {
  const parsed = AnnotationSchema.safeParse(candidate);
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues.map((i) => `${issuePath(i.path) || 'annotation'}: ${i.message}`);
  throw new Refusal({ kind: 'invalid', message: `Not saved: ${problems[0]}`, problems });
}

export class AnnotationStore {
  private constructor(
    private readonly db: CrcDatabase,
    private readonly now: () => Date,
  ) {}

  static async open(options: OpenOptions & { now?: () => Date } = {}): Promise<Result<AnnotationStore>> {
    const opened = await openDatabase(options);
    return opened.ok ? ok(new AnnotationStore(opened.value, options.now ?? (() => new Date()))) : opened;
  }

  close(): void {
    this.db.close();
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
    return this.read(async () => {
      const parsed = AnnotationSchema.safeParse(await this.db.get('annotations', id));
      if (!parsed.success) throw new Refusal({ kind: 'not-found', message: 'This annotation no longer exists.' });
      return parsed.data;
    });
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

  /** Changes tags, phase or note. With `baseRev`, refuses (writing nothing) when another window changed it since. */
  async edit(id: string, edit: AnnotationEdit, baseRev?: number): Promise<Result<Annotation>> {
    const parsed = AnnotationEditSchema.safeParse(edit);
    if (!parsed.success) return fail({ kind: 'invalid', message: `Not saved: ${issuePath(parsed.error.issues[0]!.path)}: ${parsed.error.issues[0]!.message}`, problems: parsed.error.issues.map((i) => i.message) });
    return this.update(id, (current) => {
      if (baseRev !== undefined && current.rev !== baseRev) {
        throw new Refusal({ kind: 'invalid', message: 'This annotation was changed in another window; reopen it to see the change.', problems: [] });
      }
      return { ...current, ...parsed.data };
    });
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

  private update(id: string, change: (current: Annotation) => Record<string, unknown>): Promise<Result<Annotation>> {
    return this.write(async (tx) => {
      const parsed = AnnotationSchema.safeParse(await tx.objectStore('annotations').get(id));
      if (!parsed.success) throw new Refusal({ kind: 'not-found', message: 'This annotation no longer exists.' });
      const next = validate({ ...change(parsed.data), rev: parsed.data.rev + 1, updatedAt: this.now().toISOString() });
      await tx.objectStore('annotations').put(next);
      return next;
    });
  }

  private async read<T>(work: () => Promise<T>): Promise<Result<T>> {
    try {
      return ok(await work());
    } catch (e) {
      return e instanceof Refusal ? fail(e.error) : fail(storageError(e));
    }
  }

  private async write<T extends Annotation | number>(work: (tx: AnnotationTx) => Promise<T>): Promise<Result<T>> {
    let tx: AnnotationTx | undefined;
    try {
      tx = this.db.transaction(['annotations'], 'readwrite');
      tx.done.catch(() => {});
      const value = await work(tx);
      await tx.done;
      announce(typeof value === 'number' ? [] : [{ id: value.id, url: value.url }]);
      return ok(value);
    } catch (e) {
      try {
        tx?.abort();
      } catch {
        // already finished or aborted
      }
      return e instanceof Refusal ? fail(e.error) : fail(storageError(e));
    }
  }
}

function announce(annotations: NonNullable<StoreChanged['annotations']>): void {
  broadcast({ type: 'store/changed', drafts: [], annotations });
}
