/**
 * Anchoring on a live page: places many stored annotations in a DOM subtree at once, and describes a
 * user's selection for storage. Builds the text index once per call; never throws: whatever goes wrong
 * for one annotation makes it an orphan, and a selection that cannot be read describes to undefined.
 */
import type { PositionSelector, QuoteSelector } from '../model/annotation';
import { searchable, type SearchableText } from './approx';
import { describe, locate, type MatchMethod } from './match';
import { wordTable, type WordTable } from './reworded';
import { textIndex, type TextIndex } from './text';

export interface AnchorItem {
  id: string;
  quote: QuoteSelector;
  position: PositionSelector;
}

export interface PlacedItem {
  id: string;
  range: Range;
  /** Offsets in the index text of `root` (lib/anchor/text.ts). */
  start: number;
  end: number;
  method: MatchMethod;
}

export interface AnchorResult {
  /** In the order of the items given. */
  placed: PlacedItem[];
  /** Ids of the items that could not be placed, in the order given. */
  orphans: string[];
}

/**
 * Places each item's passage in `root`'s text. Items are taken in the order of their stored positions so
 * that each one's expected position can follow the shift of the one placed before it (text inserted
 * above a passage moves every passage below it by the same amount). Never throws: if even the page's text
 * cannot be read, every item is an orphan.
 */
export function anchorAll(root: Node, items: readonly AnchorItem[]): AnchorResult {
  try {
    return placeAll(textIndex(root), items);
  } catch {
    const ids = Array.isArray(items) ? items.flatMap((item) => (typeof item?.id === 'string' ? [item.id] : [])) : [];
    return { placed: [], orphans: ids };
  }
}

function placeAll(index: TextIndex, all: readonly AnchorItem[]): AnchorResult {
  // An item without an id cannot be reported either way; it is left out rather than failing the others.
  const items = all.filter((item) => typeof item?.id === 'string');
  const byOrder = items.map((item, order) => ({ item, order })).sort((a, b) => startOf(a.item) - startOf(b.item));
  const found = new Map<number, PlacedItem>();
  const shared: Shared = {};
  let shift = 0;
  for (const { item, order } of byOrder) {
    const placed = placeOne(index, item, startOf(item) + shift, shared);
    if (!placed) continue;
    found.set(order, placed);
    shift = placed.start - startOf(item);
  }
  const placed: PlacedItem[] = [];
  const orphans: string[] = [];
  items.forEach((item, order) => {
    const hit = found.get(order);
    if (hit) placed.push(hit);
    else orphans.push(item.id);
  });
  return { placed, orphans };
}

function startOf(item: AnchorItem): number {
  const start = item?.position?.start;
  return typeof start === 'number' && Number.isFinite(start) ? start : 0;
}

/** What searches prepare from the page's text, made at most once per page and shared by its annotations. */
interface Shared {
  source?: SearchableText;
  words?: WordTable;
}

/** One item, or undefined for an orphan. */
function placeOne(index: TextIndex, item: AnchorItem, expected: number, shared: Shared): PlacedItem | undefined {
  try {
    const prepared = () => (shared.source ??= searchable(index.text));
    const words = () => (shared.words ??= wordTable(index.text));
    const match = locate(index.text, { quote: item.quote, position: item.position }, { expected, searchable: prepared, words });
    if (!match) return undefined;
    const range = index.rangeAt(match.start, match.end);
    if (!range) return undefined;
    return { id: item.id, range, start: match.start, end: match.end, method: match.method };
  } catch {
    return undefined;
  }
}

/**
 * Selectors for the text a DOM range covers in `root` (e.g. the user's selection), trimmed of surrounding
 * whitespace; undefined for an empty or whitespace-only selection, or one that cannot be related to `root`.
 * The quote's length is not checked here: the caller refuses quotes over MAX_QUOTE_LENGTH with a message.
 */
export function describeRange(root: Node, range: AbstractRange): { quote: QuoteSelector; position: PositionSelector } | undefined {
  try {
    const index = textIndex(root);
    const offsets = index.offsetsOf(range);
    if (!offsets) return undefined;
    let { start, end } = offsets;
    while (start < end && index.text.charCodeAt(start) === 0x20) start += 1;
    while (end > start && index.text.charCodeAt(end - 1) === 0x20) end -= 1;
    return start < end ? describe(index.text, start, end) : undefined;
  } catch {
    return undefined;
  }
}
