/**
 * Finding a stored passage again in a page's text (the index text of lib/anchor/text.ts), and describing a
 * passage for storage. Pure string functions: no DOM, so they run and are tested in Node.
 *
 * Order (DESIGN.md, "Anchoring"): the stored position if the quote is still there with its context; else the
 * exact occurrences of the quote, context deciding between repeats and closeness to the expected position
 * breaking ties; else approximate occurrences within a bounded edit distance, first near the expected
 * position, then anywhere. A candidate without enough evidence is refused: the caller keeps an orphan
 * rather than highlighting the wrong words.
 */
import type { PositionSelector, QuoteSelector } from '../model/annotation';
import { CONTEXT_LENGTH } from '../model/limits';
import { anchoredErrors, searchApprox, searchable, type SearchableText } from './approx';
import { collapseWhitespace } from './whitespace';

export type MatchMethod = 'position' | 'exact' | 'fuzzy';

/** Where a passage was found: `text.slice(start, end)`, how, and a confidence in [0, 1]. */
export interface Located {
  start: number;
  end: number;
  method: MatchMethod;
  score: number;
}

export interface StoredSelectors {
  quote: QuoteSelector;
  position?: PositionSelector;
}

export interface LocateOptions {
  /**
   * Where the passage is now expected to start, when the caller knows better than the stored position
   * (e.g. anchorAll shifts it by how far the previous passage moved). Defaults to `position.start`.
   */
  expected?: number;
  /**
   * The text prepared for approximate search, shared by many calls on the same text; called only when an
   * approximate search is needed (preparing costs a pass over the text).
   */
  searchable?: () => SearchableText;
}

/** Share of the quote's characters that may differ in an approximate match. */
const MAX_ERROR_RATIO = 0.25;
/** Edits allowed whatever the quote's length: beyond this the passage was rewritten, not touched up. */
const MAX_ERRORS = 64;
/** Quotes shorter than this are found exactly or not at all: one edit in six letters is another word. */
const MIN_FUZZY_LENGTH = 8;
/** A quote this long is telling on its own; a shorter one ("customers") needs its context to agree. */
const SELF_EVIDENT_LENGTH = 20;
/** Context extra characters read beyond the stored context's length, to absorb insertions in it. */
const CONTEXT_SLACK = 8;
/** Exact occurrences examined; past this a quote is too common to place by context anyway. */
const MAX_OCCURRENCES = 2000;
/** How far a fuzzy match's ends may move when its context shows where the passage really begins and ends. */
const BOUNDARY_REACH = 24;
/** Fuzzy candidates whose boundaries are refined before the final ranking. */
const REFINED = 8;
/** Characters around the expected position searched approximately before the whole text is. */
const NEAR_WINDOW = 2048;
/**
 * How similar two unrelated 32-character stretches of prose are under edit distance (about 0.35–0.45):
 * context similarity is rescaled so that this baseline counts as no support at all.
 */
const UNRELATED_SIMILARITY = 0.4;

// Weights of the ranking score: the quote matters most, context decides between repeats, position breaks ties.
const QUOTE_WEIGHT = 0.5;
const CONTEXT_WEIGHT = 0.4;
const POSITION_WEIGHT = 0.1;

/** A span of the text within `errors` edits of the quote. */
interface Span {
  start: number;
  end: number;
  errors: number;
}

/** A candidate span and what speaks for it. */
interface Candidate {
  start: number;
  end: number;
  errors: number;
  /** Context support in [0, 1]: 0 for context no closer than unrelated prose, 1 for identical context. */
  context: number;
  score: number;
}

/** The stored selectors in index form, and what the search needs to know about them. */
interface Target {
  quote: string;
  prefix: string;
  suffix: string;
  expected: number | undefined;
}

/**
 * Finds the passage described by `sel` in `text` (index text: whitespace collapsed, see lib/anchor/text.ts).
 * Returns its span, the method that found it and a confidence, or undefined when no candidate is good
 * enough (the annotation is then an orphan). Offsets are always within `text`; never throws.
 */
export function locate(text: string, sel: StoredSelectors, options: LocateOptions = {}): Located | undefined {
  const target = targetOf(sel, options);
  if (!target || target.quote.length > text.length + maxErrorsFor(target.quote.length)) return undefined;
  const atPosition = checkPosition(text, target, sel.position);
  if (atPosition) return atPosition;

  const exact = rank(text, target, exactCandidates(text, target.quote));
  if (exact[0] && exact[0].context >= 0.5 && credible(exact[0], target, exact)) return located(exact[0], 'exact');

  const budget = maxErrorsFor(target.quote.length);
  if (budget === 0) return acceptBest(exact, target);
  const shared = options.searchable?.();
  const source = shared?.text === text ? shared : searchable(text);
  const near = refined(text, source, target, budget, rank(text, target, [...exact, ...nearbyCandidates(source, target, budget)]));
  if (near[0] && near[0].context >= 0.5) {
    const accepted = acceptBest(near, target);
    if (accepted) return accepted;
  }
  const everywhere = rank(text, target, [...exact, ...near, ...searchApprox(source, target.quote, budget)]);
  return acceptBest(refined(text, source, target, budget, everywhere), target);
}

/**
 * Selectors for `text.slice(start, end)`: the quote, up to CONTEXT_LENGTH characters on each side, and the
 * position. Offsets are clamped into `text` (start ≤ end). The quote is empty if the span is.
 */
export function describe(text: string, start: number, end: number): { quote: QuoteSelector; position: PositionSelector } {
  const from = clampOffset(start, text.length);
  const to = Math.max(from, clampOffset(end, text.length));
  return {
    quote: {
      exact: text.slice(from, to),
      prefix: text.slice(Math.max(0, from - CONTEXT_LENGTH), from),
      suffix: text.slice(to, to + CONTEXT_LENGTH),
    },
    position: { start: from, end: to },
  };
}

function clampOffset(offset: number, length: number): number {
  return Number.isFinite(offset) ? Math.min(length, Math.max(0, Math.trunc(offset))) : 0;
}

function targetOf(sel: StoredSelectors, options: LocateOptions): Target | undefined {
  const quote = collapseWhitespace(sel.quote.exact);
  if (quote.trim() === '') return undefined;
  const hint = options.expected ?? sel.position?.start;
  return {
    quote,
    prefix: collapseWhitespace(sel.quote.prefix ?? ''),
    suffix: collapseWhitespace(sel.quote.suffix ?? ''),
    expected: hint !== undefined && Number.isFinite(hint) ? hint : undefined,
  };
}

function maxErrorsFor(quoteLength: number): number {
  if (quoteLength < MIN_FUZZY_LENGTH) return 0;
  return Math.min(MAX_ERRORS, Math.floor(quoteLength * MAX_ERROR_RATIO));
}

/** The stored position still holds the quote, and at least one side of its context is unchanged. */
function checkPosition(text: string, target: Target, position: PositionSelector | undefined): Located | undefined {
  const start = position?.start;
  if (start === undefined || !Number.isInteger(start) || start < 0 || start > text.length) return undefined;
  if (!text.startsWith(target.quote, start)) return undefined;
  const end = start + target.quote.length;
  const prefixHolds = target.prefix === '' || text.endsWith(target.prefix, start);
  const suffixHolds = target.suffix === '' || text.startsWith(target.suffix, end);
  return prefixHolds || suffixHolds ? { start, end, method: 'position', score: 1 } : undefined;
}

function exactCandidates(text: string, quote: string): Span[] {
  const out: Span[] = [];
  for (let at = text.indexOf(quote); at >= 0 && out.length < MAX_OCCURRENCES; at = text.indexOf(quote, at + 1)) {
    out.push({ start: at, end: at + quote.length, errors: 0 });
  }
  return out;
}

function nearbyCandidates(source: SearchableText, target: Target, budget: number): Span[] {
  if (target.expected === undefined) return [];
  const from = target.expected - NEAR_WINDOW;
  return searchApprox(source, target.quote, budget, from, target.expected + target.quote.length + NEAR_WINDOW);
}

/** Scores the spans and sorts them best first; the same span found twice is kept once. */
function rank(text: string, target: Target, spans: Span[]): Candidate[] {
  const seen = new Set<string>();
  const out: Candidate[] = [];
  for (const span of spans) {
    const key = `${span.start}:${span.end}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(scored(text, target, span));
  }
  return out.sort((a, b) => b.score - a.score);
}

function scored(text: string, target: Target, span: Span): Candidate {
  const context = contextSupport(text, target, span.start, span.end);
  const quoteSimilarity = 1 - span.errors / target.quote.length;
  const closeness = target.expected === undefined ? 0.5 : 1 - Math.min(1, Math.abs(span.start - target.expected) / Math.max(1, text.length));
  const score = QUOTE_WEIGHT * quoteSimilarity + CONTEXT_WEIGHT * context + POSITION_WEIGHT * closeness;
  return { ...span, context, score };
}

/**
 * How well the text around a span agrees with the stored context, in [0, 1]. A side with no stored
 * context (the passage began or ended the page) is left out; with neither side, the context is neutral.
 */
function contextSupport(text: string, target: Target, start: number, end: number): number {
  const sides: number[] = [];
  if (target.prefix !== '') sides.push(sideSupport(target.prefix, alignedDistance(target.prefix, text, start, -1)));
  if (target.suffix !== '') sides.push(sideSupport(target.suffix, alignedDistance(target.suffix, text, end, 1)));
  if (sides.length === 0) return 0.5;
  return sides.reduce((a, b) => a + b, 0) / sides.length;
}

function sideSupport(stored: string, distance: number): number {
  const similarity = 1 - distance / stored.length;
  return Math.max(0, (similarity - UNRELATED_SIMILARITY) / (1 - UNRELATED_SIMILARITY));
}

// Two rows reused across calls: context scoring runs for every candidate of every annotation.
let rowA = new Int32Array(CONTEXT_LENGTH * 2 + 1);
let rowB = new Int32Array(CONTEXT_LENGTH * 2 + 1);

/**
 * Fewest edits turning `pattern` into the text read from `at` in direction `dir` (1: forwards, the pattern's
 * first character nearest `at`; -1: backwards, its last character nearest `at`), for the best length read.
 */
function alignedDistance(pattern: string, text: string, at: number, dir: 1 | -1): number {
  const n = pattern.length;
  if (rowA.length < n + 1) [rowA, rowB] = [new Int32Array(n + 1), new Int32Array(n + 1)];
  let prev = rowA;
  let cur = rowB;
  for (let i = 0; i <= n; i++) prev[i] = i;
  let best = n;
  const available = dir > 0 ? text.length - at : at;
  const length = Math.min(available, n + CONTEXT_SLACK);
  for (let t = 1; t <= length; t++) {
    const ch = text.charCodeAt(dir > 0 ? at + t - 1 : at - t);
    cur[0] = t;
    for (let i = 1; i <= n; i++) {
      const pc = pattern.charCodeAt(dir > 0 ? i - 1 : n - i);
      cur[i] = Math.min(prev[i]! + 1, cur[i - 1]! + 1, prev[i - 1]! + (pc === ch ? 0 : 1));
    }
    best = Math.min(best, cur[n]!);
    [prev, cur] = [cur, prev];
  }
  return best;
}

/**
 * The best-ranked approximate candidates with their boundaries moved to where quote and context agree best,
 * ranked again. An edit at the edge of a passage ("the hassle" → "the bother") leaves several ends about as
 * close to the quote; the stored context after it tells which one the passage really ends at.
 */
function refined(text: string, source: SearchableText, target: Target, budget: number, ranked: Candidate[]): Candidate[] {
  const head = ranked.slice(0, REFINED).map((c) => (c.errors === 0 ? c : scored(text, target, withBestBoundaries(source, target, budget, c))));
  return rank(text, target, [...head, ...ranked.slice(REFINED)]);
}

function withBestBoundaries(source: SearchableText, target: Target, budget: number, c: Span): Span {
  const m = target.quote.length;
  const text = source.text;
  const byEnd = anchoredErrors(source, target.quote, c.start, 1, m + budget);
  const endEdge = edgeKind(target.quote.charCodeAt(m - 1), target.suffix.charCodeAt(0));
  const endCost = (t: number) => contextDistance(target.suffix, text, c.start + t, 1) + edgePenalty(text, c.start + t, endEdge);
  const end = c.start + bestLength(byEnd, budget, c.end - c.start, endCost);
  const byStart = anchoredErrors(source, target.quote, end, -1, m + budget);
  const startEdge = edgeKind(target.prefix.charCodeAt(target.prefix.length - 1), target.quote.charCodeAt(0));
  const startCost = (t: number) => contextDistance(target.prefix, text, end - t, -1) + edgePenalty(text, end - t, startEdge);
  const length = bestLength(byStart, budget, end - c.start, startCost);
  return { start: end - length, end, errors: byStart[length]! };
}

/**
 * The length t (within BOUNDARY_REACH of `current`) minimising quote errors plus context distance at that
 * boundary; ties go to fewer quote errors, then to the current length.
 */
function bestLength(errors: Int32Array, budget: number, current: number, contextAt: (t: number) => number): number {
  let best = current;
  let bestCost = Infinity;
  let bestErrors = Infinity;
  const from = Math.max(1, current - BOUNDARY_REACH);
  const to = Math.min(errors.length - 1, current + BOUNDARY_REACH);
  for (let t = from; t <= to; t++) {
    const e = errors[t]!;
    if (e > budget) continue;
    const cost = e + contextAt(t);
    const better = cost < bestCost || (cost === bestCost && (e < bestErrors || (e === bestErrors && Math.abs(t - current) < Math.abs(best - current))));
    if (better) [best, bestCost, bestErrors] = [t, cost, e];
  }
  return best;
}

/** Whether a boundary falls inside a word (letters or digits on both sides) or between words (or at an end). */
function edgeKind(before: number, after: number): 'inside' | 'between' {
  return isWordCode(before) && isWordCode(after) ? 'inside' : 'between';
}

function isWordCode(code: number): boolean {
  return Number.isFinite(code) && /[\p{L}\p{N}]/u.test(String.fromCharCode(code));
}

/**
 * Half an edit when a boundary at `at` is not the kind the stored passage had: it breaks ties between
 * boundaries equally close by edit count in favour of the one that does not cut a word the original did not.
 */
function edgePenalty(text: string, at: number, stored: 'inside' | 'between'): number {
  return edgeKind(text.charCodeAt(at - 1), text.charCodeAt(at)) === stored ? 0 : 0.5;
}

function contextDistance(stored: string, text: string, at: number, dir: 1 | -1): number {
  return stored === '' ? 0 : alignedDistance(stored, text, at, dir);
}

/**
 * Enough evidence that `best` is the passage: a short quote needs its context; an approximate match needs
 * context unless it is nearly exact; and when a rival is as good a match of the quote, the context must
 * clearly prefer `best` (a repeated phrase whose surroundings changed is not guessed at).
 */
function credible(best: Candidate, target: Target, ranked: Candidate[]): boolean {
  const m = target.quote.length;
  const similarity = 1 - best.errors / m;
  if (m < SELF_EVIDENT_LENGTH && best.context < 0.5) return false;
  if (best.errors > 0 && similarity < 0.9 && best.context < 0.35) return false;
  if (best.errors > 0 && best.context < 0.15) return false;
  const rival = ranked.find((c) => c !== best && c.errors <= best.errors && !overlaps(c, best));
  return !rival || best.context >= 0.5 || best.context - rival.context >= 0.25;
}

function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}

function acceptBest(ranked: Candidate[], target: Target): Located | undefined {
  const best = ranked[0];
  if (!best || !credible(best, target, ranked)) return undefined;
  return located(best, best.errors === 0 ? 'exact' : 'fuzzy');
}

function located(c: Candidate, method: MatchMethod): Located {
  return { start: c.start, end: c.end, method, score: Math.round(c.score * 1000) / 1000 };
}
