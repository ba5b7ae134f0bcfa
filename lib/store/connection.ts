import { openDatabase, type CrcDatabase, type OpenOptions } from './db';
import { ok, type Result } from './errors';

/** How a store is opened: the database's options, and a clock that tests can control. */
export type StoreOptions = OpenOptions & { now?: () => Date };

/** What every store (drafts, annotations, imports) holds: one connection to the database and a clock. */
export abstract class StoreConnection {
  protected constructor(
    protected readonly db: CrcDatabase,
    protected readonly now: () => Date,
  ) {}

  close(): void {
    this.db.close();
  }
}

/** Opens the database and builds a store on it; the database's error when it cannot be opened. */
export async function openStore<S>(options: StoreOptions, make: (db: CrcDatabase, now: () => Date) => S): Promise<Result<S>> {
  const opened = await openDatabase(options);
  return opened.ok ? ok(make(opened.value, options.now ?? (() => new Date()))) : opened;
}
