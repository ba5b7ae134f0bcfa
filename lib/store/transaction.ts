/**
 * The one way the store writes: a readwrite transaction per user action, refused as a whole with an error
 * value when a check inside it fails. Drafts, annotations and imports all write through here, so a refusal
 * looks the same wherever it comes from: `not-found`, `invalid` (with every problem), `conflict` (with the
 * stored record), or a storage error.
 */
import type { IDBPTransaction, StoreNames } from 'idb';
import type { z } from '../model/zod';
import type { CrcDatabase, CrcSchema } from './db';
import { fail, ok, Refusal, storageError, type Result, type StoreError } from './errors';
import { problemsOf } from './records';

export type WriteTx<Names extends StoreNames<CrcSchema>[]> = IDBPTransaction<CrcSchema, Names, 'readwrite'>;

/**
 * Runs `work` in one readwrite transaction over `stores`. A `Refusal` thrown inside aborts it — nothing is
 * written — and comes back as the error; any other failure comes back as a storage error. `committed` runs
 * only once the transaction has committed (to tell other panels).
 */
export async function inWriteTransaction<Names extends StoreNames<CrcSchema>[], T, E extends { kind: string; message: string } = StoreError>(
  db: CrcDatabase,
  stores: Names,
  work: (tx: WriteTx<Names>) => Promise<T>,
  committed?: (value: T) => void,
): Promise<{ ok: true; value: T } | { ok: false; error: E | StoreError<never> }> {
  let tx: WriteTx<Names> | undefined;
  try {
    tx = db.transaction(stores, 'readwrite');
    // A refused write aborts the transaction and its `done` rejects: expected, reported below, never unhandled.
    tx.done.catch(() => {});
    const value = await work(tx);
    await tx.done;
    committed?.(value);
    return { ok: true, value };
  } catch (e) {
    try {
      tx?.abort();
    } catch {
      // already finished or aborted
    }
    return e instanceof Refusal ? { ok: false, error: e.error as E } : fail(storageError(e));
  }
}

/** Runs a read; a `Refusal` comes back as its error, any other failure as a storage error. */
export async function inRead<T, Current = never>(work: () => Promise<T>): Promise<Result<T, Current>> {
  try {
    return ok(await work());
  } catch (e) {
    return e instanceof Refusal ? fail(e.error as StoreError<Current>) : fail(storageError(e));
  }
}

/** How the refusals about one kind of record read. */
export interface RecordWords {
  /** Names a record in problem paths: `draft`, `annotation`. */
  name: string;
  /** When the record is not there. */
  gone: string;
  /** When another window changed it since the caller read it. */
  changed: string;
}

/**
 * The stored record a read or write is about, checked: refused as `not-found` when it is not there, `invalid`
 * (every problem listed, the record left as it is) when it cannot be read, and — when the caller says which
 * revision it based its change on — `conflict` with the stored record when that is no longer the current one.
 */
export function storedRecord<T extends { rev: number }>(record: unknown, schema: z.ZodMiniType<T>, id: string, words: RecordWords, baseRev?: number): T {
  if (record === undefined) throw new Refusal({ kind: 'not-found', message: words.gone });
  const parsed = schema.safeParse(record);
  if (!parsed.success) {
    const problems = problemsOf(parsed.error, `${words.name} ${id}`);
    throw new Refusal({ kind: 'invalid', message: `This ${words.name} could not be read: ${problems[0]}`, problems });
  }
  if (baseRev !== undefined && parsed.data.rev !== baseRev) {
    throw new Refusal({ kind: 'conflict', message: words.changed, current: parsed.data });
  }
  return parsed.data;
}

/**
 * A record about to be written, validated: refused as `invalid`, the message naming the first problem after
 * `lead` (`Not saved`, `Nothing was imported`), `problems` listing them all, each prefixed by `where`.
 */
export function validRecord<T>(schema: z.ZodMiniType<T>, candidate: unknown, where: string, lead = 'Not saved'): T {
  const parsed = schema.safeParse(candidate);
  if (parsed.success) return parsed.data;
  throw new Refusal(invalidError(problemsOf(parsed.error, where), lead));
}

/** The `invalid` refusal of a record with these problems (at least one), worded as `validRecord` words it. */
export function invalidError(problems: string[], lead = 'Not saved'): { kind: 'invalid'; message: string; problems: string[] } {
  return { kind: 'invalid', message: `${lead}: ${problems[0]}`, problems };
}

/**
 * Issues requests together and awaits them all, one round trip for a whole action: the first failure
 * rejects; the others, aborted with the transaction, are observed so they do not surface as unhandled
 * rejections (even when a later request throws while being issued).
 */
export async function allRequests(...issue: (() => Promise<unknown> | Promise<unknown>[])[]): Promise<void> {
  const requests: Promise<unknown>[] = [];
  for (const make of issue) {
    for (const request of [make()].flat()) {
      request.catch(() => {});
      requests.push(request);
    }
  }
  await Promise.all(requests);
}
