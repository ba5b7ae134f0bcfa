/**
 * What the store tests share: a fresh database per test, a clock the test moves by hand, timers that fire
 * only when the test says so, and a small draft to edit.
 */
import 'fake-indexeddb/auto';
import { expect, vi } from 'vitest';
import type { DraftContent, Segment, Tactic } from '../../../lib/model/draft';
import { openDatabase } from '../../../lib/store/db';
import { DraftStore } from '../../../lib/store/drafts';
import type { Timers } from '../../../lib/store/session';

export function uniqueName(): string {
  return `test-${crypto.randomUUID()}`;
}

/** A clock that moves one minute on every reading, so every write has its own timestamp. */
export function tickingClock(start = Date.parse('2025-03-01T09:00:00.000Z')): () => Date {
  let t = start;
  return () => {
    t += 60_000;
    return new Date(t);
  };
}

/** Opens a store on a database nobody else uses; fails the test if it cannot. */
export async function openTestStore(name = uniqueName()): Promise<{ store: DraftStore; name: string }> {
  const opened = await DraftStore.open({ name, now: tickingClock() });
  if (!opened.ok) throw new Error(`could not open the test store: ${opened.error.message}`);
  return { store: opened.value, name };
}

/** Everything in a database, store by store, read through a connection of its own: to check that nothing was written. */
export async function dump(name: string): Promise<Record<string, unknown[]>> {
  const opened = await openDatabase({ name });
  if (!opened.ok) throw new Error(`could not open ${name}: ${opened.error.message}`);
  const db = opened.value;
  try {
    const out: Record<string, unknown[]> = {};
    for (const store of [...db.objectStoreNames].sort()) out[store] = await db.getAll(store);
    return out;
  } finally {
    db.close();
  }
}

/** Unwraps a store result the test expects to succeed, showing the store's message when it does not. */
export function expectOk<T>(result: { ok: true; value: T } | { ok: false; error: { kind: string; message: string } }): T {
  if (!result.ok) expect.fail(`expected success, got ${result.error.kind}: ${result.error.message}`);
  return result.value;
}

export function quotaError(): DOMException {
  return new DOMException('The quota has been exceeded.', 'QuotaExceededError');
}

/** Makes the next write (`put` or `add`) into `storeName` fail the way a full disk does. Undone by vi.restoreAllMocks(). */
export function failNextWrite(method: 'put' | 'add', storeName: string) {
  const write = IDBObjectStore.prototype[method];
  let failed = false;
  return vi.spyOn(IDBObjectStore.prototype, method).mockImplementation(function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
    if (!failed && this.name === storeName) {
      failed = true;
      throw quotaError();
    }
    return write.apply(this, args);
  });
}

/** Timers that fire only when the test advances them: the debounce and retry delays become steps. */
export class ManualTimers implements Timers {
  private time = 0;
  private nextHandle = 1;
  private readonly due = new Map<number, { at: number; fn: () => void }>();

  set(fn: () => void, ms: number): unknown {
    const handle = this.nextHandle++;
    this.due.set(handle, { at: this.time + ms, fn });
    return handle;
  }

  clear(handle: unknown): void {
    this.due.delete(handle as number);
  }

  /** Delays (from now) of the timers still waiting, soonest first. */
  get waiting(): number[] {
    return [...this.due.values()].map((t) => t.at - this.time).sort((a, b) => a - b);
  }

  /** Moves time on by `ms`, firing every timer that falls due, in order. */
  advance(ms: number): void {
    const until = this.time + ms;
    for (;;) {
      const next = [...this.due.entries()].filter(([, t]) => t.at <= until).sort((a, b) => a[1].at - b[1].at || a[0] - b[0])[0];
      if (!next) break;
      this.due.delete(next[0]);
      this.time = next[1].at;
      next[1].fn();
    }
    this.time = until;
  }
}

/** Lets IndexedDB requests and promise chains run (fake-indexeddb works on macrotasks). */
export async function settle(rounds = 5): Promise<void> {
  for (let i = 0; i < rounds; i++) await new Promise<void>((resolve) => setImmediate(resolve));
}

export function tactic(id: string, text: string, channel = ''): Tactic {
  return { id, text, channel };
}

export function segment(id: string, name: string, parts: Partial<Omit<Segment, 'id' | 'name'>> = {}): Segment {
  return { id, name, types: [], grid: { get: [], keep: [], grow: [] }, notes: '', ...parts };
}

/** A draft about a coworking space with two customer segments. */
export function coworkingContent(): DraftContent {
  return {
    title: 'Coworking space',
    segments: [
      segment('offices', 'Offices', {
        types: [{ typeId: 'dedicated-personal-assistance', rationale: 'Companies rent whole floors' }],
        grid: { get: [tactic('t-visit', 'Guided visit')], keep: [tactic('t-review', 'Quarterly review')], grow: [] },
      }),
      segment('freelancers', 'Freelancers', {
        types: [{ typeId: 'community', rationale: '' }],
        grid: { get: [], keep: [tactic('t-meetup', 'Monthly meetup')], grow: [] },
      }),
    ],
    summary: '',
    summaryEdited: false,
  };
}
