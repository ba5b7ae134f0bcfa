/**
 * An editing session on one draft: keeps what the user typed on screen, saves it after a pause (or at
 * once on `flush`), merges edits made meanwhile in another window, and never drops text on failure.
 */
import { contentOf, newId, type Draft, type DraftContent } from '../model/draft';
import { deepEqual, mergeDrafts, placeOf, type Place } from '../model/merge';
import { measureSince } from '../perf';
import type { DraftStore } from './drafts';
import type { StoreError } from './errors';
import type { Journal } from './journal';

export type SaveStatus =
  | { kind: 'saved' }
  | { kind: 'pending' }
  | { kind: 'saving' }
  /** Storage failed; the text stays and the save is retried after `retryInMs`. */
  | { kind: 'error'; error: StoreError; retryInMs: number }
  /** Another window changed the same fields; autosave waits for the user's choice. */
  | { kind: 'conflict'; theirs: Draft; fields: Place[] }
  /** The draft no longer exists (its trash was emptied elsewhere). */
  | { kind: 'gone' };

export interface SessionState {
  /** The draft as last stored (the base of the edits on screen). */
  draft: Draft;
  /** What the user sees and edits. */
  content: DraftContent;
  status: SaveStatus;
  /** True when edits left unsaved by an earlier session (closed panel, crash) were brought back. */
  recovered: boolean;
}

export interface Timers {
  set(fn: () => void, ms: number): unknown;
  clear(handle: unknown): void;
}

export interface SessionOptions {
  /** Pause after the last keystroke before saving. */
  delayMs?: number;
  timers?: Timers;
  onChange?: (state: SessionState) => void;
  /** Keeps unsaved edits synchronously so a closed or crashed panel loses nothing. */
  journal?: Journal;
}

const DEFAULT_TIMERS: Timers = { set: (fn, ms) => setTimeout(fn, ms), clear: (h) => clearTimeout(h as number) };
const MAX_RETRY_MS = 30_000;

export class DraftSession {
  private base: Draft;
  private content: DraftContent;
  private status: SaveStatus = { kind: 'saved' };
  private timer: unknown;
  private saving: Promise<void> | undefined;
  private retryMs = 1000;
  private disposed = false;
  private readonly delayMs: number;
  private readonly timers: Timers;
  private readonly journalKey: string;
  private recovered = false;

  constructor(private readonly store: DraftStore, draft: Draft, private readonly options: SessionOptions = {}) {
    this.base = draft;
    this.content = contentOf(draft);
    this.delayMs = options.delayMs ?? 500;
    this.timers = options.timers ?? DEFAULT_TIMERS;
    this.journalKey = `${draft.id}:${newId()}`;
    this.recover();
  }

  get state(): SessionState {
    return { draft: this.base, content: this.content, status: this.status, recovered: this.recovered };
  }

  /** Brings back edits an earlier session left unsaved, merged onto the stored draft, and saves them soon. */
  private recover(): void {
    const journal = this.options.journal;
    if (!journal) return;
    for (const { key, entry } of journal.entries(this.base.id)) {
      const merged = mergeDrafts(entry.baseRev === this.base.rev ? contentOf(this.base) : entry.base, entry.content, this.content);
      if (!deepEqual(merged.value, this.content)) this.recovered = true;
      this.content = merged.value; // on a conflict the recovered text wins; the stored version stays in history
      journal.remove(key);
    }
    if (this.dirty) {
      this.status = { kind: 'pending' };
      this.journalWrite();
      this.schedule(0);
    }
  }

  /** Records what is on screen but not stored (or forgets it once stored). */
  private journalWrite(): void {
    const journal = this.options.journal;
    if (!journal) return;
    if (!this.dirty) {
      journal.remove(this.journalKey);
      return;
    }
    journal.write(this.journalKey, {
      draftId: this.base.id, baseRev: this.base.rev, base: contentOf(this.base), content: this.content, at: new Date().toISOString(),
    });
  }

  /** True while something on screen is not yet in the database. */
  get dirty(): boolean {
    return !deepEqual(this.content, contentOf(this.base));
  }

  /** Applies the user's edit on screen and schedules a save. */
  edit(change: DraftContent | ((content: DraftContent) => DraftContent)): void {
    if (this.disposed) return;
    this.content = typeof change === 'function' ? change(this.content) : change;
    if (this.status.kind !== 'conflict' && this.status.kind !== 'gone') {
      // An error stays shown until saved, unless the edit undid everything unsaved.
      if (this.status.kind !== 'error' || !this.dirty) this.status = this.dirty ? { kind: 'pending' } : { kind: 'saved' };
      this.schedule(this.delayMs);
    }
    this.emit();
  }

  /** Saves now whatever is pending (the panel is being hidden or closed). */
  async flush(): Promise<void> {
    this.cancelTimer();
    await this.run();
  }

  /** Another window wrote this draft: adopt it, or merge it with what is on screen. */
  async external(rev: number, deleted = false): Promise<void> {
    if (this.disposed) return;
    // Checked before the rev: a delete for good is announced with rev 0.
    if (deleted) {
      this.status = { kind: 'gone' };
      this.emit();
      return;
    }
    if (rev <= this.base.rev) return;
    if (this.saving) await this.saving;
    if (this.dirty || this.status.kind === 'conflict') return this.run();
    const current = await this.store.get(this.base.id);
    if (!current.ok || current.value.rev <= this.base.rev || this.dirty) return;
    this.base = current.value;
    this.content = contentOf(current.value);
    this.emit();
  }

  /** Settles a conflict by saving what is on screen over the other window's version (which stays in history). */
  async keepMine(): Promise<void> {
    if (this.status.kind !== 'conflict') return;
    this.base = this.status.theirs;
    // Nothing to save when what is on screen already matches theirs.
    this.status = this.dirty ? { kind: 'pending' } : { kind: 'saved' };
    this.emit();
    await this.run();
  }

  /**
   * Settles a conflict by keeping both: what is on screen becomes a new draft (titled by `copyTitle`, in the
   * reader's language); this one shows the other version.
   */
  async keepBoth(copyTitle: (title: string) => string = (title) => `${title} (my version)`): Promise<Draft | undefined> {
    if (this.status.kind !== 'conflict') return undefined;
    const theirs = this.status.theirs;
    const copy = await this.store.create({ ...this.content, title: copyTitle(this.content.title) }, 'merge');
    if (!copy.ok) {
      this.status = { kind: 'error', error: copy.error, retryInMs: 0 };
      this.emit();
      return undefined;
    }
    this.base = theirs;
    this.content = contentOf(theirs);
    this.status = { kind: 'saved' };
    this.emit();
    return copy.value;
  }

  /** Adopts a draft written by this panel through another path (restore, add type), when nothing is pending. */
  adopt(draft: Draft): void {
    if (draft.id !== this.base.id || draft.rev <= this.base.rev) return;
    if (this.dirty) {
      void this.run();
      return;
    }
    this.base = draft;
    this.content = contentOf(draft);
    this.status = { kind: 'saved' };
    this.emit();
  }

  dispose(): void {
    this.disposed = true;
    this.cancelTimer();
  }

  private schedule(ms: number): void {
    this.cancelTimer();
    this.timer = this.timers.set(() => {
      this.timer = undefined;
      void this.run();
    }, ms);
  }

  private cancelTimer(): void {
    if (this.timer !== undefined) this.timers.clear(this.timer);
    this.timer = undefined;
  }

  /** One save at a time; edits typed during a save are saved right after it. */
  private async run(): Promise<void> {
    while (this.saving) await this.saving;
    if (!this.dirty || this.status.kind === 'conflict' || this.status.kind === 'gone') return;
    this.saving = this.saveOnce().finally(() => {
      this.saving = undefined;
    });
    await this.saving;
    if (this.dirty && this.status.kind === 'pending' && this.timer === undefined) await this.run();
  }

  private async saveOnce(): Promise<void> {
    const snapshot = this.content;
    this.status = { kind: 'saving' };
    this.emit();
    const started = performance.now();
    const result = await this.store.save(this.base.id, snapshot, this.base.rev);
    measureSince('crc:autosave', started);
    if (result.ok) {
      this.base = result.value;
      this.retryMs = 1000;
      this.status = this.dirty ? { kind: 'pending' } : { kind: 'saved' };
      this.emit();
      return;
    }
    const { error } = result;
    if (error.kind === 'conflict') {
      const theirs = error.current;
      const merged = mergeDrafts(contentOf(this.base), snapshot, contentOf(theirs));
      // Keep what was typed while the save was in flight, on top of the merge.
      const onScreen = this.content === snapshot ? merged.value : mergeDrafts(snapshot, this.content, merged.value).value;
      if (merged.conflicts.length === 0) {
        this.base = theirs;
        this.content = onScreen;
        // Typing during the save may have undone my edit: then theirs is all there is.
        this.status = this.dirty ? { kind: 'pending' } : { kind: 'saved' };
      } else {
        // Named from the merge, which keeps every item in conflict (theirs lacks one they deleted).
        this.status = { kind: 'conflict', theirs, fields: merged.conflicts.map((p) => placeOf(p, merged.value)) };
      }
    } else if (error.kind === 'not-found') {
      this.status = { kind: 'gone' };
    } else if (!this.dirty) {
      // Typing during the failed save undid every unsaved edit: nothing is left to retry.
      this.status = { kind: 'saved' };
    } else if (error.kind === 'invalid') {
      // Retrying cannot help: the message names the field; the next edit tries again.
      this.status = { kind: 'error', error, retryInMs: 0 };
    } else {
      this.status = { kind: 'error', error, retryInMs: this.retryMs };
      this.schedule(this.retryMs);
      this.retryMs = Math.min(this.retryMs * 2, MAX_RETRY_MS);
    }
    this.emit();
  }

  private emit(): void {
    this.journalWrite();
    if (!this.disposed) this.options.onChange?.(this.state);
  }
}
