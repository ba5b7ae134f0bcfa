/**
 * Approximate string search: where does `pattern` occur in a text with at most k edits (insertions,
 * deletions, substitutions)? Myers' bit-parallel algorithm (J. ACM 1999) in 32-row blocks, with Ukkonen's
 * cut-off so that only the blocks that can still be within k are computed: O(n·k/32) for a text of n chars.
 * Pure string code, no DOM. The matcher (lib/anchor/match.ts) decides which occurrence is the passage.
 */

/** One approximate occurrence: `text.slice(start, end)` is within `errors` edits of the pattern. */
export interface ApproxMatch {
  start: number;
  end: number;
  errors: number;
}

/**
 * A text prepared for many searches: each code unit replaced by a small dense id, so a pattern's match
 * masks live in a flat typed array instead of a Map looked up for every character of the text.
 */
export interface SearchableText {
  readonly text: string;
  readonly ids: Uint16Array;
  readonly idOf: Map<number, number>;
}

const WORD = 32;
const ALL_ONES = -1;

/** Prepares `text` for `searchApprox`; one pass over the text. */
export function searchable(text: string): SearchableText {
  const idOf = new Map<number, number>();
  const ids = new Uint16Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    let id = idOf.get(code);
    if (id === undefined) {
      id = idOf.size;
      idOf.set(code, id);
    }
    ids[i] = id;
  }
  return { text, ids, idOf };
}

/** The bit masks of a pattern: for each text character id, which pattern rows it matches, block by block. */
interface PatternMasks {
  blocks: number;
  /** Row of `masks` for each text id; -1 when the character does not occur in the pattern. */
  rowOfId: Int32Array;
  masks: Int32Array;
  /** Per block, the bit of its last pattern row (the last block may be partly empty). */
  lastBit: Int32Array;
  /** Pattern rows held by each block. */
  rows: Int32Array;
}

function patternMasks(source: SearchableText, pattern: string, reversed: boolean): PatternMasks {
  const m = pattern.length;
  const blocks = Math.ceil(m / WORD);
  const rowOfId = new Int32Array(source.idOf.size).fill(-1);
  let distinct = 0;
  for (let i = 0; i < m; i++) {
    const id = source.idOf.get(pattern.charCodeAt(i));
    if (id !== undefined && rowOfId[id] === -1) rowOfId[id] = distinct++;
  }
  const masks = new Int32Array(Math.max(1, distinct * blocks));
  for (let i = 0; i < m; i++) {
    const id = source.idOf.get(pattern.charCodeAt(reversed ? m - 1 - i : i));
    if (id === undefined) continue; // a character the text lacks matches nowhere: no bit to set
    const at = rowOfId[id]! * blocks + ((i / WORD) | 0);
    masks[at] = masks[at]! | (1 << i % WORD);
  }
  const lastBit = new Int32Array(blocks).fill(1 << (WORD - 1));
  const rows = new Int32Array(blocks).fill(WORD);
  const tail = m - (blocks - 1) * WORD;
  lastBit[blocks - 1] = 1 << (tail - 1);
  rows[blocks - 1] = tail;
  return { blocks, rowOfId, masks, lastBit, rows };
}

/** Vertical deltas of the dynamic-programming column, block by block, and each block's last-row score. */
interface Column {
  pv: Int32Array;
  mv: Int32Array;
  score: Int32Array;
}

function freshColumn(p: PatternMasks): Column {
  const score = new Int32Array(p.blocks);
  let rowsSoFar = 0;
  for (let b = 0; b < p.blocks; b++) {
    rowsSoFar += p.rows[b]!;
    score[b] = rowsSoFar;
  }
  return { pv: new Int32Array(p.blocks).fill(ALL_ONES), mv: new Int32Array(p.blocks), score };
}

/**
 * Advances block `b` of the column (`pv`, `mv`) by one text character whose match mask is `eq`, given the
 * horizontal delta `hin` entering its top row; returns the delta leaving its last row (Myers 1999).
 */
function advance(pv: Int32Array, mv: Int32Array, b: number, eq: number, hin: number, lastBit: number): number {
  const pvb = pv[b]!;
  const mvb = mv[b]!;
  const xv = eq | mvb;
  const eqIn = hin < 0 ? eq | 1 : eq;
  // The addition runs in doubles; the XOR truncates it to 32 bits, dropping the carry out of the block.
  const xh = (((eqIn & pvb) + pvb) ^ pvb) | eqIn;
  let ph = mvb | ~(xh | pvb);
  let mh = pvb & xh;
  const hout = ph & lastBit ? 1 : mh & lastBit ? -1 : 0;
  ph <<= 1;
  mh <<= 1;
  if (hin < 0) mh |= 1;
  else if (hin > 0) ph |= 1;
  pv[b] = mh | ~(xv | ph);
  mv[b] = ph & xv;
  return hout;
}

function maskAt(p: PatternMasks, id: number, b: number): number {
  const row = p.rowOfId[id]!;
  return row < 0 ? 0 : p.masks[row * p.blocks + b]!;
}

/**
 * Ends (exclusive) of the occurrences of `pattern` in `text[from, to)` within `maxErrors` edits, with the
 * fewest errors of any occurrence ending there; Ukkonen's cut-off keeps the work near O(n·k/32).
 */
function matchEnds(source: SearchableText, p: PatternMasks, maxErrors: number, from: number, to: number) {
  const { pv, mv, score } = freshColumn(p);
  const { rowOfId, masks, blocks, lastBit, rows } = p;
  const ids = source.ids;
  const last = blocks - 1;
  const ends: number[] = [];
  const errors: number[] = [];
  let y = Math.min(last, Math.max(0, Math.ceil(maxErrors / WORD) - 1));
  for (let j = from; j < to; j++) {
    const row = rowOfId[ids[j]!]!;
    // Masks of this character, block by block, start at `base`; -1 when it occurs nowhere in the pattern.
    const base = row < 0 ? -1 : row * blocks;
    let carry = 0;
    for (let b = 0; b <= y; b++) {
      carry = advance(pv, mv, b, base < 0 ? 0 : masks[base + b]!, carry, lastBit[b]!);
      score[b] = score[b]! + carry;
    }
    const below = y < last && base >= 0 ? masks[base + y + 1]! : 0;
    if (score[y]! - carry <= maxErrors && y < last && ((below & 1) !== 0 || carry < 0)) {
      // The block below may now hold values within reach: start it from an upper bound of its column.
      y += 1;
      pv[y] = ALL_ONES;
      mv[y] = 0;
      score[y] = score[y - 1]! - carry + rows[y]! + advance(pv, mv, y, below, carry, lastBit[y]!);
    } else {
      while (y > 0 && score[y]! >= maxErrors + WORD) y -= 1;
    }
    if (y === last && score[last]! <= maxErrors) {
      ends.push(j + 1);
      errors.push(score[last]!);
    }
  }
  return { ends, errors };
}

/**
 * Ends where the error count bottoms out: one per occurrence instead of the run of neighbours around it.
 * A flat bottom (several neighbouring ends with the same fewest errors) is kept whole, since it may hold
 * overlapping occurrences ("a" in "aa") as well as one occurrence with a loose end. Only ends from `known`
 * to `knownTo` have the counts of a scan of the whole text: a bottom is kept only if it and both its
 * neighbours lie there.
 */
function localMinima(ends: number[], errors: number[], known = 0, knownTo = Infinity): { end: number; errors: number }[] {
  const out: { end: number; errors: number }[] = [];
  let i = 0;
  while (i < ends.length) {
    let j = i;
    while (j + 1 < ends.length && ends[j + 1] === ends[j]! + 1 && errors[j + 1] === errors[i]) j += 1;
    const e = errors[i]!;
    const before = i > 0 && ends[i - 1] === ends[i]! - 1 ? errors[i - 1]! : Infinity;
    const after = j + 1 < ends.length && ends[j + 1] === ends[j]! + 1 ? errors[j + 1]! : Infinity;
    const whole = ends[i]! - 1 >= known && ends[j]! + 1 <= knownTo;
    if (e < before && e < after && whole) for (let k = i; k <= j; k++) out.push({ end: ends[k]!, errors: e });
    i = j + 1;
  }
  return out;
}

/**
 * Edits between `pattern` and the text read from `at` in direction `dir`, for every length read: entry t is
 * the distance to `text.slice(at, at + t)` (dir 1) or to `text.slice(at - t, at)` (dir -1), for t from 0
 * to `maxLength` (fewer if the text ends first). The alignment is anchored at `at` and free at the far side.
 */
export function anchoredErrors(source: SearchableText, pattern: string, at: number, dir: 1 | -1, maxLength: number): Int32Array {
  if (pattern.length === 0) return new Int32Array(Math.max(0, maxLength) + 1);
  return anchoredWith(source, patternMasks(source, pattern, dir < 0), pattern.length, at, dir, maxLength);
}

/** `anchoredErrors` with the pattern's masks already made (reversed ones for dir -1). */
function anchoredWith(source: SearchableText, masks: PatternMasks, m: number, at: number, dir: 1 | -1, maxLength: number): Int32Array {
  const available = dir > 0 ? source.text.length - at : at;
  const length = Math.max(0, Math.min(maxLength, available));
  const out = new Int32Array(length + 1);
  out[0] = m;
  const { pv, mv, score } = freshColumn(masks);
  const last = masks.blocks - 1;
  for (let t = 1; t <= length; t++) {
    const id = source.ids[dir > 0 ? at + t - 1 : at - t]!;
    // The top row of an anchored alignment grows by one per character: its horizontal delta is +1.
    let carry = 1;
    for (let b = 0; b <= last; b++) {
      carry = advance(pv, mv, b, maskAt(masks, id, b), carry, masks.lastBit[b]!);
      score[b] = score[b]! + carry;
    }
    out[t] = score[last]!;
  }
  return out;
}

/**
 * A measure of one stored pattern against any text: fewest edits turning `pattern` into the text read from
 * `at` in direction `dir` (1: forwards, the pattern's first character nearest `at`; -1: backwards, its last
 * character nearest `at`), for the best length read up to `maxLength`; the minimum of what `anchoredErrors`
 * lists, on a plain string. Made once per pattern and applied next to every candidate, before (and whether
 * or not) the text is prepared for searching; bit-parallel, so a 32-character context costs one step per
 * character read instead of 32.
 */
export function aligner(pattern: string, dir: 1 | -1): (text: string, at: number, maxLength: number) => number {
  const m = pattern.length;
  const blocks = Math.ceil(m / WORD);
  // Masks per character: most text is ASCII, looked up in a flat table; anything else in a map.
  const ascii = new Int32Array(128 * blocks);
  const other = new Map<number, Int32Array>();
  for (let i = 0; i < m; i++) {
    const code = pattern.charCodeAt(dir < 0 ? m - 1 - i : i);
    const b = (i / WORD) | 0;
    if (code < 128) {
      ascii[code * blocks + b] = ascii[code * blocks + b]! | (1 << i % WORD);
      continue;
    }
    let masks = other.get(code);
    if (!masks) other.set(code, (masks = new Int32Array(blocks)));
    masks[b] = masks[b]! | (1 << i % WORD);
  }
  const tail = m - (blocks - 1) * WORD;
  const last = blocks - 1;
  const pv = new Int32Array(blocks);
  const mv = new Int32Array(blocks);
  return (text, at, maxLength) => {
    const available = dir > 0 ? text.length - at : at;
    const length = Math.max(0, Math.min(maxLength, available));
    pv.fill(ALL_ONES);
    mv.fill(0);
    let score = m;
    let best = m;
    for (let t = 1; t <= length && best > 0; t++) {
      const code = text.charCodeAt(dir > 0 ? at + t - 1 : at - t);
      const masks = code < 128 ? undefined : other.get(code);
      // The top row of an anchored alignment grows by one per character: its horizontal delta is +1.
      let carry = 1;
      for (let b = 0; b <= last; b++) {
        const eq = code < 128 ? ascii[code * blocks + b]! : (masks?.[b] ?? 0);
        carry = advance(pv, mv, b, eq, carry, b === last ? 1 << (tail - 1) : 1 << (WORD - 1));
      }
      score += carry;
      if (score < best) best = score;
      // The last row's score falls by at most one per character read: stop once the rest cannot beat `best`.
      if (score - (length - t) >= best) break;
    }
    return best;
  };
}

/** The start of the best occurrence ending exactly at `end`, no further back than `limit`. */
function bestStart(source: SearchableText, reversed: PatternMasks, m: number, end: number, limit: number) {
  const errors = anchoredWith(source, reversed, m, end, -1, end - limit);
  let best = 0;
  for (let t = 1; t < errors.length; t++) {
    const closerToLength = errors[t] === errors[best] && Math.abs(t - m) < Math.abs(best - m);
    if (errors[t]! < errors[best]! || closerToLength) best = t;
  }
  return { start: end - best, errors: errors[best]! };
}

/**
 * Occurrences of `pattern` in `source.text[from, to)` with at most `maxErrors` edits: one per place where
 * the error count bottoms out (see localMinima), at most `limit` of them, fewest errors first. Empty when
 * the pattern is empty. Never throws, whatever the strings and bounds.
 */
export function searchApprox(
  source: SearchableText,
  pattern: string,
  maxErrors: number,
  from = 0,
  to = source.text.length,
  limit = 256,
): ApproxMatch[] {
  const m = pattern.length;
  const lo = Math.max(0, Math.min(Number.isFinite(from) ? Math.trunc(from) : 0, source.text.length));
  const hi = Math.max(lo, Math.min(Number.isFinite(to) ? Math.trunc(to) : source.text.length, source.text.length));
  const k = Math.max(0, Math.min(Math.floor(maxErrors), m - 1));
  if (m === 0 || hi - lo < m - k) return [];
  const masks = patternMasks(source, pattern, false);
  const { ends, errors } = matchEnds(source, masks, k, lo, hi);
  return withStarts(source, pattern, k, lo, localMinima(ends, errors), limit);
}

/** Length of the pieces of a pattern that `searchSeeded` looks for intact. */
const SEED = 8;

/**
 * `searchApprox` over the whole text, restricted to occurrences that keep at least half of the pattern's
 * 8-character pieces exactly as they were: what it returns is what `searchApprox` finds around such places.
 * Edits come in runs (a word changed, a clause inserted, a word dropped) and leave most pieces whole, while
 * stretches that merely share a few phrases with the pattern keep only some. Looking up the pieces costs a
 * fraction of the bit-parallel scan of every character that `searchApprox` makes, so the scan is run only
 * where enough pieces line up. Patterns too short to have two pieces are searched everywhere.
 */
export function searchSeeded(source: SearchableText, pattern: string, maxErrors: number, limit = 256): ApproxMatch[] {
  const m = pattern.length;
  const n = source.text.length;
  const k = Math.max(0, Math.min(Math.floor(maxErrors), m - 1));
  const pieces = Math.floor(m / SEED);
  if (pieces < 2) return searchApprox(source, pattern, k, 0, n, limit);
  // Each exact occurrence of piece p says where an occurrence holding it would start, give or take k; packed
  // as one number, (start + m) · pieces + p, so that the hits sort as numbers, by start.
  const hits: number[] = [];
  const index = seedIndex(source);
  for (let p = 0; p < pieces; p++) {
    for (const at of index.occurrences(pattern, p * SEED)) hits.push((at - p * SEED + m) * pieces + p);
  }
  const regions = linedUp(Float64Array.from(hits).sort(), pieces, Math.ceil(pieces / 2), 2 * k, m);
  const masks = patternMasks(source, pattern, false);
  const minima: { end: number; errors: number }[] = [];
  // A scan begins m + k + 1 characters before the first end it reports, so that every alignment within k
  // edits of that end and of its left neighbour lies inside it: from there on its counts are a full scan's. It
  // runs as far past the last end it reports, for a flat bottom that goes on past it to be seen whole.
  const lead = m + k + 1;
  let i = 0;
  while (i < regions.length) {
    const first = Math.max(0, regions[i]!.from + m - 2 * k);
    let last = Math.min(n, regions[i]!.to + m + 2 * k);
    for (i += 1; i < regions.length && regions[i]!.from + m - 2 * k - lead <= last + lead; i += 1) last = Math.min(n, regions[i]!.to + m + 2 * k);
    const from = Math.max(0, first - lead);
    const to = Math.min(n, last + lead);
    const { ends, errors } = matchEnds(source, masks, k, from, to);
    const counted = localMinima(ends, errors, from === 0 ? 0 : first - 1, to === n ? Infinity : to);
    for (const found of counted) if (found.end >= first && found.end <= last) minima.push(found);
  }
  return withStarts(source, pattern, k, 0, minima, limit);
}

/** Bits of an 8-character stretch's hash that choose its bucket in the seed index. */
const BUCKET_BITS = 16;

interface SeedIndex {
  /** Where `pattern.slice(from, from + SEED)` occurs exactly in the text, in increasing order. */
  occurrences(pattern: string, from: number): number[];
}

const seedIndexes = new WeakMap<SearchableText, SeedIndex>();

/** Base of the polynomial hash of 8 character ids, and its 7th power (the weight of the first id). */
const HASH_BASE = 0x01000193;
const HASH_FIRST = Array.from({ length: SEED - 1 }).reduce<number>((power) => Math.imul(power, HASH_BASE), 1);

/** The polynomial hash of the 8 character ids from `at` (Horner's rule): what the index rolls along the text. */
function hashAt(ids: Uint16Array, at: number): number {
  let h = 0;
  for (let i = 0; i < SEED; i++) h = (Math.imul(h, HASH_BASE) + ids[at + i]!) | 0;
  return h;
}

/** A hash's bucket: its top bits, mixed by a multiplication so that every id counts in them. */
function bucketOf(hash: number): number {
  return Math.imul(hash, 0x9e3779b1) >>> (32 - BUCKET_BITS);
}

/**
 * Every 8-character stretch of the text, bucketed by a hash of its characters: made once per prepared text
 * (on its first seeded search), so that each piece of each pattern is looked up instead of searched for.
 */
function seedIndex(source: SearchableText): SeedIndex {
  const known = seedIndexes.get(source);
  if (known) return known;
  const { ids, text } = source;
  const count = Math.max(0, text.length - SEED + 1);
  const buckets = new Int32Array(count);
  // Counting sort of the stretches by bucket: `firsts[b]` is where bucket b's offsets begin in `offsets`.
  const firsts = new Int32Array((1 << BUCKET_BITS) + 1);
  let hash = count > 0 ? hashAt(ids, 0) : 0;
  for (let at = 0; at < count; at++) {
    const b = bucketOf(hash);
    buckets[at] = b;
    firsts[b + 1] = firsts[b + 1]! + 1;
    // Roll the hash one character on: drop the first id's term, shift, add the next id.
    if (at + SEED < ids.length) hash = (Math.imul((hash - Math.imul(ids[at]!, HASH_FIRST)) | 0, HASH_BASE) + ids[at + SEED]!) | 0;
  }
  for (let b = 0; b < 1 << BUCKET_BITS; b++) firsts[b + 1] = firsts[b + 1]! + firsts[b]!;
  const offsets = new Int32Array(count);
  const filled = firsts.slice(0, -1);
  for (let at = 0; at < count; at++) offsets[filled[buckets[at]!]!++] = at;
  const index: SeedIndex = {
    occurrences(pattern, from) {
      const piece = pattern.slice(from, from + SEED);
      const pieceIds = new Uint16Array(SEED);
      for (let i = 0; i < SEED; i++) {
        const id = source.idOf.get(piece.charCodeAt(i));
        if (id === undefined) return []; // a character the text lacks (or the pattern ended): the piece is nowhere
        pieceIds[i] = id;
      }
      const b = bucketOf(hashAt(pieceIds, 0));
      const out: number[] = [];
      for (let k = firsts[b]!; k < firsts[b + 1]!; k++) if (text.startsWith(piece, offsets[k]!)) out.push(offsets[k]!);
      return out;
    },
  };
  seedIndexes.set(source, index);
  return index;
}

/**
 * Stretches of start estimates where at least `need` different pieces fall within `span` of each other: the
 * places an occurrence keeping that many pieces could start, as [from, to] of those estimates. `hits` are
 * packed as in `searchSeeded` and sorted.
 */
function linedUp(hits: Float64Array, pieces: number, need: number, span: number, m: number): { from: number; to: number }[] {
  const startOf = (i: number) => Math.floor(hits[i]! / pieces) - m;
  const pieceOf = (i: number) => hits[i]! % pieces;
  const inWindow = new Int32Array(pieces);
  const out: { from: number; to: number }[] = [];
  let distinct = 0;
  let j = 0;
  for (let i = 0; i < hits.length; i++) {
    const from = startOf(i);
    for (; j < hits.length && startOf(j) - from <= span; j++) {
      if (inWindow[pieceOf(j)]!++ === 0) distinct += 1;
    }
    if (distinct >= need) {
      const to = startOf(j - 1);
      const previous = out.at(-1);
      if (previous && from <= previous.to) previous.to = Math.max(previous.to, to);
      else out.push({ from, to });
    }
    if (--inWindow[pieceOf(i)]! === 0) distinct -= 1;
  }
  return out;
}

/** The `limit` minima with the fewest errors (in text order among equals), each with the start of its best occurrence. */
function withStarts(source: SearchableText, pattern: string, k: number, lo: number, found: { end: number; errors: number }[], limit: number): ApproxMatch[] {
  const m = pattern.length;
  const minima = found.sort((a, b) => a.errors - b.errors).slice(0, limit);
  if (minima.length === 0) return [];
  const reversed = patternMasks(source, pattern, true);
  const seen = new Set<string>();
  const out: ApproxMatch[] = [];
  for (const { end } of minima) {
    const found = bestStart(source, reversed, m, end, Math.max(lo, end - m - k));
    const key = `${found.start}:${end}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ start: found.start, end, errors: found.errors });
  }
  return out;
}
