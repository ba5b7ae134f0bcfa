/**
 * "Changes since": what differs between two versions of a draft, as a list a reader can follow
 * (`Segment “Offices” › Keep › tactic: changed`). Items of lists are matched by id, like the merge does, so
 * a reordered or edited item is one change, not a removal and an addition.
 */
import type { DraftContent } from './draft';
import { deepEqual, placeOf, type Path, type Place } from './merge';

export interface Change {
  kind: 'added' | 'removed' | 'changed';
  /** Where (`describePlace` names it). */
  where: Place;
  before?: string;
  after?: string;
}

type Json = unknown;
const isObject = (x: Json): x is Record<string, Json> => typeof x === 'object' && x !== null && !Array.isArray(x);
const keyOf = (x: Json): string | undefined =>
  isObject(x) ? (typeof x.id === 'string' ? `id:${x.id}` : typeof x.typeId === 'string' ? `type:${x.typeId}` : undefined) : undefined;

/** A short text for a value: the text of a tactic, the quote of evidence, the name of a segment… */
function summary(x: Json): string {
  if (typeof x === 'string') return x;
  if (typeof x === 'number' || typeof x === 'boolean') return String(x);
  if (isObject(x)) {
    for (const field of ['text', 'name', 'quote', 'typeId', 'title']) if (typeof x[field] === 'string' && x[field]) return String(x[field]);
  }
  return '';
}

function walk(before: Json, after: Json, path: Path, out: { path: Path; kind: Change['kind']; before?: Json; after?: Json }[]): void {
  // An optional list (comments, evidence) that did not exist yet is an empty one: its items are the changes.
  if (before === undefined && Array.isArray(after)) before = [];
  if (after === undefined && Array.isArray(before)) after = [];
  if (deepEqual(before, after)) return;
  if (isObject(before) && isObject(after)) {
    for (const k of new Set([...Object.keys(before), ...Object.keys(after)])) walk(before[k], after[k], [...path, k], out);
    return;
  }
  if (Array.isArray(before) && Array.isArray(after) && [...before, ...after].every((x) => keyOf(x))) {
    const old = new Map(before.map((x) => [keyOf(x)!, x]));
    const now = new Map(after.map((x) => [keyOf(x)!, x]));
    for (const [k, x] of old) if (!now.has(k)) out.push({ path: [...path, k], kind: 'removed', before: x });
    for (const [k, x] of now) {
      if (!old.has(k)) out.push({ path: [...path, k], kind: 'added', after: x });
      else walk(old.get(k), x, [...path, k], out);
    }
    return;
  }
  if (before === undefined) {
    out.push({ path, kind: 'added', after });
  } else if (after === undefined) out.push({ path, kind: 'removed', before });
  else out.push({ path, kind: 'changed', before, after });
}

/** Every change from `before` to `after`, in the order of the draft. */
export function diffDrafts(before: DraftContent, after: DraftContent): Change[] {
  const raw: { path: Path; kind: Change['kind']; before?: Json; after?: Json }[] = [];
  walk(before, after, [], raw);
  return raw
    // Whether the summary was typed or suggested is bookkeeping, not a change a reader cares about.
    .filter((c) => c.path[0] !== 'summaryEdited')
    .map((c) => {
      // Removed items are described from the old version, where they still exist.
      const where = placeOf(c.path, c.kind === 'removed' ? before : after);
      const change: Change = { kind: c.kind, where };
      const b = summary(c.before);
      const a = summary(c.after);
      if (b) change.before = b;
      if (a) change.after = a;
      return change;
    });
}
