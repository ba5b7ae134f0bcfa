/**
 * The second stage of re-anchoring: a passage still on the page with some of its words changed (a clause
 * rephrased, words reordered, synonyms) is beyond any character edit bound, but its surroundings usually
 * still say where it is. Candidate windows are taken between the stored context found again (prefix and
 * suffix, exact or approximate), after one side of it, or near the expected position; each is scored by
 * word-level similarity to the quote, and a window is accepted only when that similarity is high enough for
 * the evidence around it: less is asked of a window both contexts enclose than of one only the position
 * points at. Pure string code, no DOM. Called by lib/anchor/match.ts when the character search found nothing
 * it could accept.
 */
import { searchApprox, type SearchableText } from './approx';

/** Words of the page and how often each occurs: a word that is everywhere says little about where a passage is. */
export interface WordTable {
  readonly text: string;
  readonly counts: Map<string, number>;
  readonly total: number;
}

/** What this stage needs to know about the stored passage (the matcher's target, in index form). */
export interface RewordTarget {
  quote: string;
  prefix: string;
  suffix: string;
  expected: number | undefined;
}

/** A span of the text; those the character search found carry their edit count. */
interface Span {
  start: number;
  end: number;
  errors?: number;
}

export interface Reworded {
  start: number;
  end: number;
  /** Word similarity of the placed words to the quote, in [0, 1]. */
  similarity: number;
}

const WORD = /[\p{L}\p{N}]+/gu;
/** WORD for tokensIn's exec loop, which moves its lastIndex. */
const TOKEN = new RegExp(WORD.source, 'gu');

/** Quotes with fewer words than this are placed by characters or not at all: too few words to weigh. */
const MIN_WORDS = 4;
/** Stored context shorter than this (the passage was near an end of the page) is not searched for. */
const MIN_CONTEXT = 8;
/** Share of a context's characters that may differ where it is found again. */
const CONTEXT_ERROR_RATIO = 0.25;
/** Context occurrences kept per search. */
const CONTEXT_HITS = 8;
/** Characters around the expected position where context is searched before the whole text is. */
const NEAR_CONTEXT = 2048;
/** A rewritten passage is at least this share of its old length and at most this share plus some slack. */
const MIN_LENGTH_RATIO = 0.5;
const MAX_LENGTH_RATIO = 1.8;
const LENGTH_SLACK = 16;
/** How far from the expected position a window may start and still count as "where the passage was". */
const POSITION_REACH = 64;
/**
 * Word similarity a window needs with no evidence around it but the position, and what each piece of
 * evidence takes off: a context side found again at the window's edge (scaled by how well it matches), and
 * the window starting near the expected position. Unrelated sentences on the same subject score about
 * 0.1–0.35, a passage with 30 % of its words changed 0.55–0.75 (0.6 or more between its old context), and
 * with 40 % changed 0.5–0.65. So a window between both contexts near its old place needs 0.42, one after a
 * single side of context 0.49, one only near the old position 0.56.
 */
const REQUIRED_ALONE = 0.62;
const CONTEXT_SIDE_CREDIT = 0.07;
const POSITION_CREDIT = 0.06;
/**
 * The longest run of words foreign to the quote a window may hold, at least MIN_GAP, else this share of the
 * quote's words: a rephrased clause is such a run, a whole other sentence swept into the window is longer.
 */
const MIN_GAP = 4;
const MAX_GAP_RATIO = 0.45;
/**
 * Between windows that are both accepted, context found again counts this much more per side: in text
 * where phrases recur, a window after a loosely matching context can hold the quote's words more exactly
 * than the passage itself, which lies between both contexts intact.
 */
const CONTEXT_RANK = 0.2;
/** Two windows this close in rank, apart, are a repeat: neither is chosen. */
const RIVAL_GAP = 0.1;
/** Bigram similarity from which two different words count as forms of one ("customer", "customers"). */
const SOFT_WORD = 0.6;
/** How much a context hit's similarity must exceed unrelated text's to count (as in match.ts). */
const UNRELATED_SIMILARITY = 0.4;

/** Counts the words of `text` (lower-cased); one pass. */
export function wordTable(text: string): WordTable {
  const counts = new Map<string, number>();
  let total = 0;
  for (const m of text.matchAll(WORD)) {
    const w = m[0].toLowerCase();
    counts.set(w, (counts.get(w) ?? 0) + 1);
    total += 1;
  }
  return { text, counts, total };
}

/** A word's weight: the rarer on the page, the more it says (inverse document frequency over the page's words). */
function weightOf(table: WordTable, word: string): number {
  return Math.max(0.2, Math.log((table.total + 1) / ((table.counts.get(word) ?? 0) + 1)));
}

interface Token {
  start: number;
  end: number;
  /** Index of the quote word type it is, or -1. */
  type: number;
  /** For a token that is no quote word: the quote word type it resembles, or -1, and how closely. */
  soft: number;
  softness: number;
  weight: number;
}

/** The quote as word types with counts and weights, and a memo of word-to-type resemblances. */
interface QuoteWords {
  types: string[];
  counts: number[];
  weights: number[];
  total: number;
  typeOf: Map<string, number>;
  resemblance: Map<string, { type: number; softness: number }>;
}

function quoteWords(quote: string, table: WordTable): QuoteWords {
  const typeOf = new Map<string, number>();
  const types: string[] = [];
  const counts: number[] = [];
  for (const m of quote.matchAll(WORD)) {
    const w = m[0].toLowerCase();
    let t = typeOf.get(w);
    if (t === undefined) {
      t = types.length;
      typeOf.set(w, t);
      types.push(w);
      counts.push(0);
    }
    counts[t] = counts[t]! + 1;
  }
  const weights = types.map((w) => weightOf(table, w));
  const total = weights.reduce((sum, w, t) => sum + w * counts[t]!, 0);
  return { types, counts, weights, total, typeOf, resemblance: new Map() };
}

/** Dice similarity of two words' character bigrams, counting repeats. */
function bigramSimilarity(a: string, b: string): number {
  if (a.length < 2 || b.length < 2) return 0;
  const grams = new Map<string, number>();
  for (let i = 0; i + 1 < a.length; i++) {
    const g = a.slice(i, i + 2);
    grams.set(g, (grams.get(g) ?? 0) + 1);
  }
  let shared = 0;
  for (let i = 0; i + 1 < b.length; i++) {
    const g = b.slice(i, i + 2);
    const n = grams.get(g) ?? 0;
    if (n > 0) {
      shared += 1;
      grams.set(g, n - 1);
    }
  }
  return (2 * shared) / (a.length + b.length - 2);
}

/** The quote word a page word is a form of (bigram similarity at least SOFT_WORD), if any. */
function resemble(q: QuoteWords, word: string): { type: number; softness: number } {
  let found = q.resemblance.get(word);
  if (found) return found;
  found = { type: -1, softness: 0 };
  if (word.length >= 4) {
    q.types.forEach((t, i) => {
      if (t.length < 4) return;
      const s = bigramSimilarity(t, word);
      if (s >= SOFT_WORD && s > found!.softness) found = { type: i, softness: s };
    });
  }
  q.resemblance.set(word, found);
  return found;
}

function tokensIn(text: string, from: number, to: number, q: QuoteWords, table: WordTable): Token[] {
  const out: Token[] = [];
  // One expression for every call, restarted here (matchAll elsewhere would start from its lastIndex).
  const re = TOKEN;
  re.lastIndex = Math.max(0, from);
  for (let m = re.exec(text); m && m.index < to; m = re.exec(text)) {
    if (m.index + m[0].length > to) break;
    const w = m[0].toLowerCase();
    const type = q.typeOf.get(w) ?? -1;
    const soft = type < 0 ? resemble(q, w) : { type: -1, softness: 0 };
    const weight = type >= 0 ? q.weights[type]! : weightOf(table, w);
    out.push({ start: m.index, end: m.index + m[0].length, type, soft: soft.type, softness: soft.softness, weight });
  }
  return out;
}

/**
 * Word similarity of tokens[i..j] to the quote, grown one token at a time from `i`: a weighted Dice
 * coefficient over the bag of words, where a word that is another form of a missing quote word counts in
 * part. `similarityAt(j)` must be called with j increasing; each token added costs O(1).
 */
function grower(q: QuoteWords, tokens: Token[], i: number) {
  const exact = new Array<number>(q.types.length).fill(0);
  const soft = new Array<number>(q.types.length).fill(0);
  /** Quote words of type t matched: exact ones first, then forms of it up to the count still missing. */
  const credit = (t: number) => {
    const e = Math.min(q.counts[t]!, exact[t]!);
    return (e + Math.min(q.counts[t]! - e, soft[t]!)) * q.weights[t]!;
  };
  let windowWeight = 0;
  let matched = 0;
  let next = i;
  return (j: number): number => {
    for (; next <= j; next++) {
      const t = tokens[next]!;
      windowWeight += t.weight;
      const type = t.type >= 0 ? t.type : t.soft;
      if (type < 0) continue;
      matched -= credit(type);
      if (t.type >= 0) exact[type] = exact[type]! + 1;
      else soft[type] = soft[type]! + t.softness;
      matched += credit(type);
    }
    // A form of a quote word is credited at the quote word's weight, which may exceed the page word's own: the
    // overlap can never be more than either side holds, so the coefficient stays in [0, 1].
    return (2 * Math.min(matched, windowWeight)) / (q.total + windowWeight);
  };
}

/** A candidate window and the evidence for it. */
interface Window {
  start: number;
  end: number;
  similarity: number;
  /** Context support of each side, in [0, 1] (0: that side is not where stored context was found). */
  before: number;
  after: number;
  near: boolean;
  /** Similarity beyond what the evidence around the window requires: accepted from 0. */
  margin: number;
  /** Margin plus a bonus for context: what ranks windows that are both accepted. */
  rank: number;
}

interface ContextHit {
  at: number;
  support: number;
}

/**
 * Finds a reworded passage in `text`, or undefined. `spans` are what the character search found (and refused):
 * a window supported by position alone is refused when the quote's characters are found elsewhere.
 */
export function locateReworded(source: SearchableText, table: () => WordTable, target: RewordTarget, spans: readonly Span[]): Reworded | undefined {
  const text = source.text;
  const m = target.quote.length;
  const words = table();
  const q = quoteWords(target.quote, words);
  if (q.counts.reduce((a, b) => a + b, 0) < MIN_WORDS) return undefined;
  const minLength = Math.floor(m * MIN_LENGTH_RATIO);
  const maxLength = Math.ceil(m * MAX_LENGTH_RATIO) + LENGTH_SLACK;
  const maxGap = Math.max(MIN_GAP, Math.ceil(q.counts.reduce((a, b) => a + b, 0) * MAX_GAP_RATIO));

  let befores = contextHits(source, target.prefix, -1, target.expected, m, false);
  let afters = contextHits(source, target.suffix, 1, target.expected, m, false);
  if (befores.length === 0 && afters.length === 0) {
    befores = contextHits(source, target.prefix, -1, target.expected, m, true);
    afters = contextHits(source, target.suffix, 1, target.expected, m, true);
  }

  const windows: Window[] = [];
  /** Tokens i..j as a window; `from`/`to` replace its edges where context found again bounds it. */
  const add = (tokens: Token[], i: number, j: number, before: number, after: number, from?: number, to?: number) => {
    if (i > j || longestUnmatched(tokens, i, j) > maxGap) return;
    const w = { start: from ?? tokens[i]!.start, end: to ?? tokens[j]!.end };
    // What the character search found and refused is not taken again as part of a larger window, and an exact
    // copy of the quote it refused (a repeat whose context does not tell) is not guessed at here either.
    if (spans.some((s) => overlaps(s, w) && (s.errors === 0 || overlapShare(s, w) < 0.6))) return;
    const similarity = grower(q, tokens, i)(j);
    const near = target.expected !== undefined && Math.abs(w.start - target.expected) <= POSITION_REACH + m / 2;
    const required = REQUIRED_ALONE - CONTEXT_SIDE_CREDIT * (before + after) - (near ? POSITION_CREDIT : 0);
    const margin = similarity - required;
    windows.push({ ...w, similarity, before, after, near, margin, rank: margin + CONTEXT_RANK * (before + after) });
  };
  const paired = new Set<ContextHit>();
  /** Both sides of the context found next to each other, with (almost) nothing between: the passage was deleted. */
  let closedUp = false;
  for (const b of befores) {
    for (const a of afters) {
      const { start, end } = trimmed(text, b.at, a.at);
      if (a.at >= b.at && end - start < minLength) closedUp = true;
      if (end - start < minLength || end - start > maxLength) continue;
      const tokens = tokensIn(text, start, end, q, words);
      paired.add(b).add(a);
      add(tokens, 0, tokens.length - 1, b.support, a.support, start, end);
    }
  }
  for (const b of befores) {
    if (paired.has(b)) continue;
    const { start } = trimmed(text, b.at, text.length);
    const tokens = tokensIn(text, start, start + maxLength, q, words);
    const j = bestEnd(q, tokens, 0, start + minLength);
    if (j !== undefined) add(tokens, 0, j, b.support, 0, start);
  }
  for (const a of afters) {
    if (paired.has(a)) continue;
    const { end } = trimmed(text, 0, a.at);
    const tokens = tokensIn(text, end - maxLength, end, q, words);
    const i = bestStart(q, tokens, end - minLength);
    if (i !== undefined) add(tokens, i, tokens.length - 1, 0, a.support, undefined, end);
  }
  if (!closedUp && target.expected !== undefined && !windows.some((w) => w.margin >= 0)) {
    // No window by the context: the position is the only evidence left, so only windows starting near it.
    const reach = POSITION_REACH + m / 2;
    const from = target.expected - reach;
    const tokens = tokensIn(text, Math.max(0, from), target.expected + reach + maxLength, q, words);
    for (let i = 0; i < tokens.length && tokens[i]!.start <= target.expected + reach; i++) {
      if (tokens[i]!.start < from) continue;
      const j = bestEnd(q, tokens, i, tokens[i]!.start + minLength, tokens[i]!.start + maxLength);
      if (j !== undefined) add(tokens, i, j, 0, 0);
    }
  }

  const ranked = windows.filter((w) => w.margin >= 0).sort((a, b) => b.rank - a.rank);
  const best = ranked[0];
  if (!best) return undefined;
  if (ranked.some((w) => w !== best && !overlaps(w, best) && w.rank >= best.rank - RIVAL_GAP)) return undefined;
  const contextless = best.before === 0 && best.after === 0;
  if (contextless && (!best.near || spans.some((s) => !overlaps(s, best)))) return undefined;
  const { start, end } = toSentenceEdges(text, target, best);
  return { start, end, similarity: best.similarity };
}

/** The last token (ending at or after `minEnd`, by `maxEnd`) giving tokens[i..] the best similarity. */
function bestEnd(q: QuoteWords, tokens: Token[], i: number, minEnd: number, maxEnd = Infinity): number | undefined {
  if (i >= tokens.length) return undefined;
  const grow = grower(q, tokens, i);
  let best: number | undefined;
  let bestSimilarity = -1;
  for (let j = i; j < tokens.length && tokens[j]!.end <= maxEnd; j++) {
    if (tokens[j]!.end < minEnd) continue;
    const similarity = grow(j);
    if (similarity > bestSimilarity) [best, bestSimilarity] = [j, similarity];
  }
  return best;
}

/** The first token (starting at or before `maxStart`) giving tokens[..last] the best similarity. */
function bestStart(q: QuoteWords, tokens: Token[], maxStart: number): number | undefined {
  const reversed = [...tokens].reverse();
  const grow = grower(q, reversed, 0);
  let best: number | undefined;
  let bestSimilarity = -1;
  for (let j = 0; j < reversed.length; j++) {
    if (reversed[j]!.start > maxStart) continue;
    const similarity = grow(j);
    if (similarity > bestSimilarity) [best, bestSimilarity] = [tokens.length - 1 - j, similarity];
  }
  return best;
}

/** The longest run of tokens in i..j that are neither a quote word nor a form of one. */
function longestUnmatched(tokens: Token[], i: number, j: number): number {
  let longest = 0;
  let run = 0;
  for (let k = i; k <= j; k++) {
    run = tokens[k]!.type >= 0 || tokens[k]!.soft >= 0 ? 0 : run + 1;
    longest = Math.max(longest, run);
  }
  return longest;
}

/** `text[start, end)` without the spaces at its ends. */
function trimmed(text: string, start: number, end: number): Span {
  let from = Math.max(0, start);
  let to = Math.min(text.length, end);
  while (from < to && text.charCodeAt(from) === 0x20) from += 1;
  while (to > from && text.charCodeAt(to - 1) === 0x20) to -= 1;
  return { start: from, end: to };
}

/**
 * Where one side of the stored context occurs within a quarter of its characters in edits: the offset next
 * to the passage (a prefix's end, a suffix's start) and how well it matches. Near the expected position
 * unless `everywhere`.
 */
function contextHits(source: SearchableText, context: string, dir: 1 | -1, expected: number | undefined, m: number, everywhere: boolean): ContextHit[] {
  if (context.trim().length < MIN_CONTEXT) return [];
  if (!everywhere && expected === undefined) return [];
  const budget = Math.floor(context.length * CONTEXT_ERROR_RATIO);
  const from = everywhere ? 0 : expected! - NEAR_CONTEXT;
  const to = everywhere ? source.text.length : expected! + m + NEAR_CONTEXT;
  return searchApprox(source, context, budget, from, to, CONTEXT_HITS).map((hit) => {
    const similarity = 1 - hit.errors / context.length;
    return { at: dir < 0 ? hit.end : hit.start, support: Math.max(0, (similarity - UNRELATED_SIMILARITY) / (1 - UNRELATED_SIMILARITY)) };
  });
}

const SENTENCE_END = /[.!?…。！？]/u;

/**
 * A window moved to the sentence edges the stored passage had. A window is chosen by word similarity, which
 * drops changed words at its edges ("… und Fehlbeträge häufig freiwillig" without "begleichen.") or takes in a
 * word of the next sentence that happens to be a quote word; when the quote ended a sentence, its new wording
 * ends at the sentence end nearest the window's end, and likewise for its start. A side bounded by context
 * found again is left as it is; an edge moves at most half the quote's length.
 */
function toSentenceEdges(text: string, target: RewordTarget, w: Window): Span {
  let { start, end } = w;
  const reach = Math.ceil(target.quote.length / 2);
  const isEnd = (i: number) => SENTENCE_END.test(text[i - 1] ?? '') && (i === text.length || text[i] === ' ');
  if (w.after === 0 && SENTENCE_END.test(target.quote.trimEnd().at(-1) ?? '')) {
    const found = nearest(w.end, reach, (i) => i > start && isEnd(i));
    if (found !== undefined) end = found;
  }
  const before = target.prefix.trimEnd();
  if (w.before === 0 && (before === '' || SENTENCE_END.test(before.at(-1)!))) {
    const found = nearest(w.start, reach, (i) => i < end && (i === 0 || (text[i - 1] === ' ' && isEnd(i - 1))));
    if (found !== undefined) start = found;
  }
  return { start, end };
}

/** The offset nearest `at` (within `reach`, inside the text) that `ok` accepts; the earlier one on a tie. */
function nearest(at: number, reach: number, ok: (i: number) => boolean): number | undefined {
  for (let d = 0; d <= reach; d++) {
    if (at - d >= 0 && ok(at - d)) return at - d;
    if (d > 0 && ok(at + d)) return at + d;
  }
  return undefined;
}

/** Share of the union of two spans that they have in common. */
function overlapShare(a: Span, b: Span): number {
  const common = Math.min(a.end, b.end) - Math.max(a.start, b.start);
  return Math.max(0, common) / (Math.max(a.end, b.end) - Math.min(a.start, b.start));
}

function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}
