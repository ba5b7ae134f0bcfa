/**
 * Two students' drafts side by side. They share no ids (each made their own), so parts are matched by what
 * they say: segments by name (then by position for the rest), types by id, tactics by their text.
 */
import { normalise } from '../catalogue/text';
import { PHASE_IDS, type Draft, type Segment } from '../model/draft';
import { phaseName, typeName } from './names';

export interface CompareItem {
  text: string;
  /** Also in the other draft's matching place. */
  shared: boolean;
}

export interface CompareRow {
  /** What the row is about: `Title`, or a segment's name on either side. */
  section: string;
  /** `Segment`, `Types`, `Get`, `Keep`, `Grow`, `Summary`… */
  label: string;
  left: CompareItem[];
  right: CompareItem[];
  /** Both sides say the same. */
  same: boolean;
}

function row(section: string, label: string, left: string[], right: string[]): CompareRow {
  const key = (s: string) => normalise(s);
  const l = new Set(left.map(key));
  const r = new Set(right.map(key));
  const mark = (items: string[], other: Set<string>) => items.filter((t) => t.trim()).map((text) => ({ text, shared: other.has(key(text)) }));
  const leftItems = mark(left, r);
  const rightItems = mark(right, l);
  const same = leftItems.every((i) => i.shared) && rightItems.every((i) => i.shared);
  return { section, label, left: leftItems, right: rightItems, same };
}

/** Segments of both drafts in pairs: same name first, then the rest in order; a side without one is undefined. */
export function pairSegments(a: readonly Segment[], b: readonly Segment[]): [Segment | undefined, Segment | undefined][] {
  const rest = [...b];
  const pairs: [Segment | undefined, Segment | undefined][] = [];
  const unmatched: Segment[] = [];
  for (const s of a) {
    const i = rest.findIndex((o) => normalise(o.name) && normalise(o.name) === normalise(s.name));
    if (i >= 0) pairs.push([s, rest.splice(i, 1)[0]]);
    else unmatched.push(s);
  }
  for (const s of unmatched) pairs.push([s, rest.shift()]);
  for (const o of rest) pairs.push([undefined, o]);
  return pairs;
}

/** Every row of the comparison, in the order of the drafts. */
export function compareDrafts(left: Draft, right: Draft): CompareRow[] {
  const rows = [row('Draft', 'Title', [left.title], [right.title]), row('Draft', 'Summary', [left.summary], [right.summary])];
  for (const [a, b] of pairSegments(left.segments, right.segments)) {
    const section = a && b && normalise(a.name) !== normalise(b.name) ? `${a.name || 'Unnamed'} / ${b.name || 'Unnamed'}` : (a ?? b)!.name || 'Unnamed segment';
    rows.push(row(section, 'Segment', a ? [a.name || 'Unnamed segment'] : [], b ? [b.name || 'Unnamed segment'] : []));
    rows.push(row(section, 'Types', a?.types.map((t) => typeName(t.typeId)) ?? [], b?.types.map((t) => typeName(t.typeId)) ?? []));
    for (const p of PHASE_IDS) rows.push(row(section, phaseName(p), a?.grid[p].map((t) => t.text) ?? [], b?.grid[p].map((t) => t.text) ?? []));
  }
  return rows;
}
