/**
 * Writing a cohort and its members inside another write's transaction (an import into a cohort). Kept apart
 * from CohortStore, and free of schemas, so the plain import view does not load the cohort code: the records
 * come validated from lib/exchange/batch.ts (`batchWrites`).
 */
import type { Cohort, Member } from '../model/cohort';

/** What an import adds to a cohort, written in the import's transaction; both validated by whoever builds it. */
export interface CohortWrites {
  cohort: Cohort;
  members: Member[];
}

interface WriterTx {
  objectStore(name: 'cohorts' | 'members'): { put(value: never): Promise<unknown> };
}

/** The requests that write a cohort and its new members into a transaction that holds both stores. */
export function cohortRequests(tx: WriterTx, writes: CohortWrites): Promise<unknown>[] {
  const requests = [tx.objectStore('cohorts').put(writes.cohort as never), ...writes.members.map((m) => tx.objectStore('members').put(m as never))];
  for (const r of requests) r.catch(() => {}); // observed at once: an abort rejects them all, reported by the caller
  return requests;
}
