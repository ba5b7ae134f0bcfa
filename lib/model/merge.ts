/**
 * Three-way merge of draft content: what two windows did to the same base version. Changes to different
 * fields both survive; lists of items with ids (segments, tactics, type choices) merge item by item; the
 * same field changed two ways is a conflict, for the user to settle.
 */
import type { DraftContent, PhaseId } from './draft';

export type Path = (string | number)[];

export interface MergeResult<T> {
  value: T;
  /** Fields changed differently on both sides; `value` holds "mine" there. */
  conflicts: Path[];
}

type Json = unknown;

function isObject(x: Json): x is Record<string, Json> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

export function deepEqual(a: Json, b: Json): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => deepEqual(x, b[i]));
  if (isObject(a) && isObject(b)) {
    const ka = Object.keys(a).filter((k) => a[k] !== undefined);
    const kb = Object.keys(b).filter((k) => b[k] !== undefined);
    return ka.length === kb.length && ka.every((k) => deepEqual(a[k], b[k]));
  }
  return false;
}

/** The key that identifies an item of a list across versions, if items have one. */
function itemKey(x: Json): string | undefined {
  if (!isObject(x)) return undefined;
  if (typeof x.id === 'string') return `id:${x.id}`;
  if (typeof x.typeId === 'string') return `type:${x.typeId}`;
  return undefined;
}

function keyedList(xs: Json): Map<string, Json> | undefined {
  if (!Array.isArray(xs)) return undefined;
  const map = new Map<string, Json>();
  for (const x of xs) {
    const k = itemKey(x);
    if (!k || map.has(k)) return undefined;
    map.set(k, x);
  }
  return map;
}

function mergeValue(base: Json, mine: Json, theirs: Json, path: Path, conflicts: Path[]): Json {
  if (deepEqual(mine, theirs)) return mine;
  if (deepEqual(base, mine)) return theirs;
  if (deepEqual(base, theirs)) return mine;
  if (isObject(mine) && isObject(theirs)) {
    const b = isObject(base) ? base : {};
    const out: Record<string, Json> = {};
    for (const k of new Set([...Object.keys(mine), ...Object.keys(theirs)])) {
      const v = mergeValue(b[k], mine[k], theirs[k], [...path, k], conflicts);
      if (v !== undefined) out[k] = v;
    }
    return out;
  }
  const m = keyedList(mine);
  const t = keyedList(theirs);
  const b = base === undefined ? new Map<string, Json>() : keyedList(base);
  if (m && t && b) return mergeList(b, m, t, path, conflicts);
  conflicts.push(path);
  return mine;
}

function mergeList(base: Map<string, Json>, mine: Map<string, Json>, theirs: Map<string, Json>, path: Path, conflicts: Path[]): Json[] {
  // Their order wins; items only I added follow the item they followed in my list.
  const order = [...theirs.keys()];
  let previous: string | undefined;
  for (const k of mine.keys()) {
    if (!theirs.has(k) && !base.has(k)) {
      order.splice(previous === undefined ? 0 : order.indexOf(previous) + 1, 0, k);
    }
    if (order.includes(k)) previous = k;
  }
  for (const k of base.keys()) if (mine.has(k) && !theirs.has(k) && !order.includes(k)) order.push(k);

  const out: Json[] = [];
  for (const k of order) {
    const inBase = base.get(k);
    const inMine = mine.get(k);
    const inTheirs = theirs.get(k);
    const label = [...path, k];
    if (inMine !== undefined && inTheirs !== undefined) {
      out.push(mergeValue(inBase, inMine, inTheirs, label, conflicts));
    } else if (inBase === undefined) {
      out.push(inMine ?? inTheirs); // added on one side
    } else if (inMine === undefined && inTheirs !== undefined) {
      // I deleted it; keep it if they changed it meanwhile, and say so.
      if (!deepEqual(inBase, inTheirs)) {
        conflicts.push(label);
        out.push(inTheirs);
      }
    } else if (inTheirs === undefined && inMine !== undefined) {
      if (!deepEqual(inBase, inMine)) {
        conflicts.push(label);
        out.push(inMine);
      }
    }
  }
  return out;
}

/** Merges my edits and theirs, both made from `base`. */
export function mergeDrafts(base: DraftContent, mine: DraftContent, theirs: DraftContent): MergeResult<DraftContent> {
  const conflicts: Path[] = [];
  const value = mergeValue(base, mine, theirs, [], conflicts) as DraftContent;
  return { value, conflicts };
}

/** One step of a place in a draft, without words: the UI names it in the reader's language (`describePlace`). */
export type PlacePart =
  | { kind: 'segment'; name: string }
  | { kind: 'type'; typeId: string }
  | { kind: 'phase'; phase: PhaseId }
  | { kind: 'field'; field: string };
export type Place = PlacePart[];

/** Where a path points, as the user knows it: a segment by its name, a type, a phase, a field. */
export function placeOf(path: Path, draft: DraftContent): Place {
  const parts: Place = [];
  let node: Json = draft;
  for (const step of path) {
    if (typeof step === 'string' && step.startsWith('id:') && Array.isArray(node)) {
      const item: Json = node.find((x) => itemKey(x) === step);
      if (isObject(item) && typeof item.name === 'string') parts.push({ kind: 'segment', name: item.name });
      node = item;
    } else if (typeof step === 'string' && step.startsWith('type:')) {
      parts.push({ kind: 'type', typeId: step.slice(5) });
      node = Array.isArray(node) ? node.find((x) => itemKey(x) === step) : undefined;
    } else if (step === 'get' || step === 'keep' || step === 'grow') {
      parts.push({ kind: 'phase', phase: step });
      node = isObject(node) ? node[step] : undefined;
    } else if (step === 'segments' || step === 'grid' || step === 'types') {
      node = isObject(node) ? node[step] : undefined;
    } else {
      parts.push({ kind: 'field', field: String(step) });
      node = isObject(node) ? node[String(step)] : undefined;
    }
  }
  return parts;
}
