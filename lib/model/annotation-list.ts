/**
 * Finding annotations again: search, filter by tag, group by page. Pure, so the side panel's list and the
 * tests share one definition of "matches".
 */
import { normalise } from '../catalogue/text';
import type { Annotation } from './annotation';

/** A tag as the filter offers it: a relationship type, a phase, or a free tag. */
export type TagFilter = { kind: 'type' | 'phase' | 'tag'; value: string };

/** Free tags match whatever their case ("Pricing" = "pricing"), so their key ignores it too. */
export const tagKey = (t: TagFilter) => `${t.kind}:${t.kind === 'tag' ? t.value.toLowerCase() : t.value}`;

export function parseTagKey(key: string): TagFilter | undefined {
  const m = /^(type|phase|tag):(.+)$/.exec(key);
  return m ? { kind: m[1] as TagFilter['kind'], value: m[2]! } : undefined;
}

function hasTag(a: Annotation, tag: TagFilter): boolean {
  if (tag.kind === 'type') return a.types.includes(tag.value);
  if (tag.kind === 'phase') return a.phase === tag.value;
  return a.tags.some((t) => t.toLowerCase() === tag.value.toLowerCase());
}

/** Every word of the query appears in the quote, note, tags or page title (accents and case ignored). */
export function filterAnnotations(list: readonly Annotation[], query: string, tag?: TagFilter): Annotation[] {
  const words = normalise(query).split(' ').filter(Boolean);
  return list.filter((a) => {
    if (tag && !hasTag(a, tag)) return false;
    if (words.length === 0) return true;
    const text = normalise([a.quote.exact, a.note, a.title, a.url, ...a.tags, ...a.types.map((t) => t.replace(/-/g, ' '))].join(' '));
    return words.every((w) => text.includes(w));
  });
}

/** The tags in use, for the filter: types, phases, then free tags, each once. */
export function tagsInUse(list: readonly Annotation[]): TagFilter[] {
  const seen = new Map<string, TagFilter>();
  const add = (t: TagFilter) => seen.has(tagKey(t)) || seen.set(tagKey(t), t);
  for (const a of list) a.types.forEach((value) => add({ kind: 'type', value }));
  for (const a of list) if (a.phase) add({ kind: 'phase', value: a.phase });
  for (const a of list) a.tags.forEach((value) => add({ kind: 'tag', value }));
  return [...seen.values()];
}

export interface PageGroup {
  url: string;
  title: string;
  items: Annotation[];
}

/** Groups by page, pages by their newest annotation first, passages in reading order within a page. */
export function groupByPage(list: readonly Annotation[]): PageGroup[] {
  const groups = new Map<string, PageGroup & { newest: string }>();
  for (const a of list) {
    const g = groups.get(a.url) ?? { url: a.url, title: a.title, items: [], newest: a.createdAt };
    g.items.push(a);
    if (a.createdAt > g.newest) g.newest = a.createdAt;
    if (!g.title && a.title) g.title = a.title;
    groups.set(a.url, g);
  }
  return [...groups.values()]
    .sort((x, y) => (x.newest < y.newest ? 1 : x.newest > y.newest ? -1 : 0))
    .map(({ newest: _, ...g }) => ({ ...g, items: g.items.sort((p, q) => p.position.start - q.position.start) }));
}

/** Splits what the user typed in the tags field ("pricing, interview notes") into tags. */
export function parseTags(text: string): string[] {
  const out: string[] = [];
  for (const part of text.split(',')) {
    const tag = part.trim().replace(/\s+/g, ' ').slice(0, 60).trim();
    if (tag && !out.some((t) => t.toLowerCase() === tag.toLowerCase())) out.push(tag);
  }
  return out.slice(0, 30);
}
