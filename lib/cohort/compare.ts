/**
 * Two students' drafts side by side. They share no ids (each made their own), so parts are matched by what
 * they say: segments by name (then by position for the rest), types by id, tactics by their text.
 */
import { normalise } from '../catalogue/text';
import { PHASE_IDS, type Draft, type Segment } from '../model/draft';
import type { Translate } from '../i18n/catalogue';
import { ENGLISH_NAMES, type CohortNames } from './names';
import { ENGLISH_REVIEW } from './words';

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

/** Every row of the comparison, in the order of the drafts, labelled in the coach's language (`t`, `names`). */
export function compareDrafts(left: Draft, right: Draft, t: Translate<'review'> = ENGLISH_REVIEW, names: CohortNames = ENGLISH_NAMES): CompareRow[] {
  const draft = t('row.draft');
  const rows = [row(draft, t('row.title'), [left.title], [right.title]), row(draft, t('row.summary'), [left.summary], [right.summary])];
  const unnamed = t('row.unnamedSegment');
  for (const [a, b] of pairSegments(left.segments, right.segments)) {
    const section = a && b && normalise(a.name) !== normalise(b.name) ? `${a.name || t('row.unnamed')} / ${b.name || t('row.unnamed')}` : (a ?? b)!.name || unnamed;
    rows.push(row(section, t('row.segment'), a ? [a.name || unnamed] : [], b ? [b.name || unnamed] : []));
    rows.push(row(section, t('row.types'), a?.types.map((x) => names.type(x.typeId)) ?? [], b?.types.map((x) => names.type(x.typeId)) ?? []));
    for (const p of PHASE_IDS) rows.push(row(section, names.phase(p), a?.grid[p].map((x) => x.text) ?? [], b?.grid[p].map((x) => x.text) ?? []));
  }
  return rows;
}
