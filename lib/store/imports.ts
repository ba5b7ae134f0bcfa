/**
 * Writing an import: every draft, listing entry, revision and annotation in ONE readwrite transaction, so a
 * file goes in whole or not at all. What to write is decided beforehand (lib/exchange/import.ts builds the
 * plan the user previews); this module re-checks, inside the transaction, that the database still looks the
 * way the preview assumed, and writes nothing when it does not.
 */
import { AnnotationSchema, type Annotation } from '../model/annotation';
import { DraftSchema, listingOf, type Draft } from '../model/draft';
import { openStore, StoreConnection, type StoreOptions } from './connection';
import { revisionRequests } from './drafts';
import { broadcast } from './changes';
import { ok, Refusal, storageError, type Result, type StoreError } from './errors';
import { allRequests, inWriteTransaction, validRecord, type WriteTx } from './transaction';
import { cohortRequests, type CohortWrites } from './cohort-writes';
import { getMany } from './records';
import type { z } from '../model/zod';

/** What the profile already holds, for planning an import: every id, with the record when it can be read. */
export interface Existing {
  /** Live and trashed drafts; `null` for a record that exists but cannot be read (its id is still taken). */
  drafts: ReadonlyMap<string, Draft | null>;
  annotations: ReadonlyMap<string, Annotation | null>;
}

/**
 * One draft to write and the condition for writing it: `add` needs its id to be free; `merge` (a reviewed
 * draft) needs the stored draft to still be at `baseRev`, the version the merge was made from.
 */
export type DraftWrite = { kind: 'add'; draft: Draft } | { kind: 'merge'; draft: Draft; baseRev: number };

export interface ImportWrites {
  drafts: DraftWrite[];
  /** Written as new records: each id must be free. */
  annotations: Annotation[];
  /** A coach's import into a cohort: the cohort (put, so each file of a batch may carry it) and its new members. */
  cohort?: CohortWrites;
}

export interface ImportOutcome {
  /** Ids of drafts added (new ones and copies). */
  added: string[];
  /** Ids of drafts a review was merged into. */
  merged: string[];
  annotations: string[];
}

/** Why an import was not written; nothing was, in every case. `changed`: the data moved on since the preview. */
export type ImportError = StoreError | { kind: 'changed'; message: string; changed: string[] };
export type ImportResult<T> = { ok: true; value: T } | { ok: false; error: ImportError };

type ImportStores = ('drafts' | 'listing' | 'revisions' | 'annotations' | 'cohorts' | 'members')[];
type ImportTx = WriteTx<ImportStores>;


export class ImportStore extends StoreConnection {
  static open(options: StoreOptions = {}): Promise<Result<ImportStore>> {
    return openStore(options, (db, now) => new ImportStore(db, now));
  }

  /**
   * Every draft and annotation id in the profile (trash included), read in one transaction. With `only`, just
   * the records of those ids are read and checked; every other id is there as taken (`null`), its record unread,
   * so planning files whose ids are all in `only` costs what the files hold, not what the profile holds.
   */
  async existing(only?: ReadonlySet<string>): Promise<Result<Existing>> {
    try {
      const tx = this.db.transaction(['drafts', 'annotations'], 'readonly');
      const read = async <T>(name: 'drafts' | 'annotations', schema: z.ZodMiniType<T>): Promise<Map<string, T | null>> => {
        const store = tx.objectStore(name);
        const records = only
          ? (await getMany(store, [...only])).filter((r): r is { id: string } => r !== undefined)
          : await store.getAll();
        const map = new Map<string, T | null>(only ? (await store.getAllKeys()).map((k) => [String(k), null]) : []);
        for (const r of records) {
          const parsed = schema.safeParse(r);
          map.set(r.id, parsed.success ? parsed.data : null);
        }
        return map;
      };
      const [drafts, annotations] = await Promise.all([read('drafts', DraftSchema), read('annotations', AnnotationSchema)]);
      return ok({ drafts, annotations });
    } catch (e) {
      return { ok: false, error: storageError(e) };
    }
  }

  /**
   * Writes `writes` in one transaction: refused as a whole (`changed`) when an id to add has been taken or a
   * draft to merge has moved on since the preview, (`invalid`) when a record fails its schema. New drafts get
   * a revision with reason `import`; merged ones keep their stored version in history and add one with reason
   * `review`. Other panels are told after the commit.
   */
  async apply(writes: ImportWrites): Promise<ImportResult<ImportOutcome>> {
    const written: Written = { drafts: [], annotations: [] };
    return this.write(writes, written, () => announce(written.drafts, written.annotations));
  }

  /**
   * Writes each of `files` in its own transaction, as `apply` does one: a file refused leaves the others
   * written and itself not at all. The transactions are all begun at once — IndexedDB runs them one after the
   * other in that order, each seeing the ones before — and other panels are told once, after the last.
   */
  async applyEach(files: readonly ImportWrites[]): Promise<ImportResult<ImportOutcome>[]> {
    const written: Written = { drafts: [], annotations: [] };
    const results = await Promise.all(files.map((writes) => this.write(writes, written)));
    announce(written.drafts, written.annotations);
    return results;
  }

  /** One import's transaction; what it wrote is added to `written` once it has committed. */
  private write(writes: ImportWrites, written: Written, committed?: () => void): Promise<ImportResult<ImportOutcome>> {
    const at = this.now().toISOString();
    let mine: Written = { drafts: [], annotations: [] };
    return inWriteTransaction<ImportStores, ImportOutcome, ImportError>(
      this.db,
      ['drafts', 'listing', 'revisions', 'annotations', 'cohorts', 'members'],
      async (tx) => {
        // Checked first thing in the transaction: a refusal here aborts it before anything is written.
        const drafts = writes.drafts.map((w) => ({ ...w, draft: validRecord(DraftSchema, w.kind === 'merge' ? { ...w.draft, rev: w.baseRev + 1, updatedAt: at } : w.draft, `draft ${w.draft.id}`, NOT_IMPORTED) }));
        const annotations = writes.annotations.map((a) => validRecord(AnnotationSchema, a, `annotation ${a.id}`, NOT_IMPORTED));
        refuseDuplicates(drafts.map((w) => w.draft.id), 'draft');
        refuseDuplicates(annotations.map((a) => a.id), 'annotation');
        const { changed, unrecorded } = await preconditions(tx, drafts, annotations);
        if (changed.length) {
          throw new Refusal<ImportError>({
            kind: 'changed',
            message: `${NOT_IMPORTED}: your drafts or annotations changed since the preview. Import the file again to see an up-to-date preview.`,
            changed,
          });
        }
        const cohort = writes.cohort;
        await allRequests(...writeRequests(tx, drafts, annotations, unrecorded), ...(cohort ? [() => cohortRequests(tx, cohort)] : []));
        mine = { drafts: drafts.map((w) => w.draft), annotations };
        return {
          added: drafts.filter((w) => w.kind === 'add').map((w) => w.draft.id),
          merged: drafts.filter((w) => w.kind === 'merge').map((w) => w.draft.id),
          annotations: annotations.map((a) => a.id),
        };
      },
      () => {
        written.drafts.push(...mine.drafts);
        written.annotations.push(...mine.annotations);
        committed?.();
      },
    );
  }
}

interface Written {
  drafts: Draft[];
  annotations: Annotation[];
}

const NOT_IMPORTED = 'Nothing was imported';

function refuseDuplicates(ids: string[], what: string): void {
  const seen = new Set<string>();
  const twice = ids.filter((id) => seen.size === seen.add(id).size);
  if (twice.length) {
    const problems = twice.map((id) => `${what} ${id}: written twice by one import`);
    throw new Refusal<ImportError>({ kind: 'invalid', message: `${NOT_IMPORTED}: ${problems[0]}`, problems });
  }
}

interface Preconditions {
  /** What no longer holds since the plan was made, one line per record. */
  changed: string[];
  /** Stored drafts about to be merged whose current version is missing from history (pruned, or an old record). */
  unrecorded: Draft[];
}

/** Reads, inside the write transaction, whether the database still looks the way the preview assumed. */
async function preconditions(tx: ImportTx, drafts: DraftWrite[], annotations: Annotation[]): Promise<Preconditions> {
  const draftStore = tx.objectStore('drafts');
  const [storedDrafts, history, storedAnnotations] = await Promise.all([
    Promise.all(drafts.map((w) => draftStore.get(w.draft.id))),
    Promise.all(drafts.map((w) => (w.kind === 'merge' ? tx.objectStore('revisions').getKey([w.draft.id, w.baseRev]) : undefined))),
    Promise.all(annotations.map((a) => tx.objectStore('annotations').getKey(a.id))),
  ]);
  const changed: string[] = [];
  const unrecorded: Draft[] = [];
  drafts.forEach((w, i) => {
    const stored = storedDrafts[i];
    const name = `“${w.draft.title || 'Untitled draft'}”`;
    if (w.kind === 'add') {
      if (stored) changed.push(`A draft with the id of ${name} (${w.draft.id}) now exists.`);
      return;
    }
    if (!stored) return changed.push(`The draft ${name} was deleted.`);
    if (stored.rev !== w.baseRev) return changed.push(`The draft ${name} was changed.`);
    const previous = DraftSchema.safeParse(stored);
    if (history[i] === undefined && previous.success) unrecorded.push(previous.data);
  });
  annotations.forEach((a, i) => {
    if (storedAnnotations[i] !== undefined) changed.push(`An annotation with the id ${a.id} now exists.`);
  });
  return { changed, unrecorded };
}

/** Every write, as requests to issue together (lib/store/transaction.ts's `allRequests`). */
function writeRequests(tx: ImportTx, drafts: DraftWrite[], annotations: Annotation[], unrecorded: Draft[]): (() => Promise<unknown> | Promise<unknown>[])[] {
  const draftStore = tx.objectStore('drafts');
  const revisions = tx.objectStore('revisions');
  return [
    // A merged draft's previous version goes into history first, so the review can always be undone there.
    ...unrecorded.map((d) => () => revisions.put({ draftId: d.id, rev: d.rev, savedAt: d.updatedAt, reason: 'edit', draft: d })),
    ...drafts.flatMap((w) => [
      () => (w.kind === 'add' ? draftStore.add(w.draft) : draftStore.put(w.draft)),
      () => revisionRequests(revisions, w.draft, w.kind === 'add' ? 'import' : 'review'),
      () => tx.objectStore('listing').put(listingOf(w.draft)),
    ]),
    ...annotations.map((a) => () => tx.objectStore('annotations').add(a)),
  ];
}

function announce(drafts: Draft[], annotations: Annotation[]): void {
  if (!drafts.length && !annotations.length) return;
  broadcast({
    type: 'store/changed',
    drafts: drafts.map((d) => ({ id: d.id, rev: d.rev, deleted: false })),
    annotations: annotations.map((a) => ({ id: a.id, url: a.url })),
  });
}
