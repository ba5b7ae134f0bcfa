/** Reading stored records back: each is validated; bad ones are reported with their path and skipped. */
import { issuePath } from '../catalogue/validate';
import { unwrap, type IDBPObjectStore } from 'idb';
import type { z } from '../model/zod';

export interface Page<T> {
  items: T[];
  /** Records that could not be read (old or corrupt), skipped with the reason. */
  problems: string[];
}

/** Each problem with its path, after `where` (`draft d1.title: …`); with no `where`, the path alone (`url: …`). */
export function problemsOf(error: z.core.$ZodError, where: string): string[] {
  return error.issues.map((i) => `${[where, issuePath(i.path)].filter(Boolean).join('.') || 'record'}: ${i.message}`);
}

/** Records that pass `schema`, and a problem (with its path) for each one that does not: skipped, never thrown. */
export function readRecords<T>(raw: readonly Record<string, unknown>[], schema: z.ZodMiniType<T>, name: (record: Record<string, unknown>) => string): Page<T> {
  const items: T[] = [];
  const problems: string[] = [];
  for (const record of raw) {
    const parsed = schema.safeParse(record);
    if (parsed.success) items.push(parsed.data);
    else problems.push(...problemsOf(parsed.error, name(record)));
  }
  return { items, problems };
}

/**
 * The records of `keys` in `store` (undefined where there is none), in order. Hundreds of gets are issued on the
 * plain IndexedDB store and settle as one promise: a promise and a wrapper per request cost more than the read.
 */
export function getMany(store: IDBPObjectStore<any, any, any, any>, keys: readonly IDBValidKey[]): Promise<unknown[]> {
  const raw = unwrap(store) as IDBObjectStore;
  return new Promise((resolve, reject) => {
    const values: unknown[] = new Array(keys.length);
    let left = keys.length;
    if (!left) return resolve(values);
    keys.forEach((key, i) => {
      const request = raw.get(key);
      request.onsuccess = () => {
        values[i] = request.result;
        if (--left === 0) resolve(values);
      };
      request.onerror = () => reject(request.error);
    });
  });
}
