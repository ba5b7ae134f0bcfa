import type { Draft } from '../model/draft';

/**
 * Why a store operation did not happen. Nothing was written in any of these cases. A `conflict` carries the
 * stored record that moved on (`Current`: a Draft for drafts, an Annotation for annotations).
 */
export type StoreError<Current = Draft> =
  | { kind: 'conflict'; message: string; current: Current }
  | { kind: 'not-found'; message: string }
  | { kind: 'invalid'; message: string; problems: string[] }
  | { kind: 'quota' | 'blocked' | 'unavailable' | 'version' | 'closed'; message: string }
  /** `detail`: the browser's own words for the failure, shown as they are. */
  | { kind: 'unknown'; message: string; detail?: string };

export type Result<T, Current = Draft> = { ok: true; value: T } | { ok: false; error: StoreError<Current> };

export const ok = <T>(value: T): { ok: true; value: T } => ({ ok: true, value });
export const fail = <E>(error: E): { ok: false; error: E } => ({ ok: false, error });

/** Turns an IndexedDB failure into a message a user can act on. */
export function storageError(error: unknown): StoreError<never> {
  const name = error instanceof Error || (typeof error === 'object' && error && 'name' in error) ? String((error as { name: unknown }).name) : '';
  const detail = error instanceof Error ? error.message : String(error);
  switch (name) {
    case 'QuotaExceededError':
      return { kind: 'quota', message: 'The browser has no room left for this extension’s data. Free some disk space or delete drafts from the trash; your text stays here and is saved again automatically.' };
    case 'VersionError':
      return { kind: 'version', message: 'Your drafts were saved by a newer version of the extension. Update the extension to open them.' };
    case 'InvalidStateError':
      if (/clos/i.test(detail)) return { kind: 'closed', message: 'The connection to the drafts database closed. Reload the panel.' };
      return { kind: 'unavailable', message: 'This browser window cannot store data (private browsing may block it). Your text stays on screen but is not saved.' };
    case 'SecurityError':
    case 'UnknownError':
      return { kind: 'unavailable', message: 'The browser refused to open the drafts database (private browsing or a storage setting may block it). Your text stays on screen but is not saved.' };
    default:
      return { kind: 'unknown', message: `Saving failed: ${detail || 'unknown error'}. Your text stays here and is saved again automatically.`, detail };
  }
}

/** Thrown inside a write to abort its transaction with a reason the caller returns as a value. */
export class Refusal<E extends { message: string } = StoreError<unknown>> extends Error {
  constructor(readonly error: E) {
    super(error.message);
  }
}
