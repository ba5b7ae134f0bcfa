/**
 * Finding a stored passage again in a page's text (the index text of lib/anchor/text.ts), and describing a
 * passage for storage. Pure string functions: no DOM, so they run and are tested in Node.
 *
 * Order (DESIGN.md, "Anchoring"): the stored position if the quote is still there with its context; else the
 * exact occurrences of the quote, context deciding between repeats and closeness to the expected position
 * breaking ties; else approximate occurrences within a bounded edit distance, first near the expected
 * position, then anywhere that half of the quote's 8-character pieces are found intact and lined up
 * (searchSeeded: far from where it was, a passage is expected to have kept most of its wording); else, for a
 * passage whose words were partly changed, windows located by its context or position and scored by word
 * similarity (lib/anchor/reworded.ts). A candidate without enough evidence is refused: the caller keeps an
 * orphan rather than highlighting the wrong words.
 */
import type { PositionSelector, QuoteSelector } from '../model/annotation';
import { CONTEXT_LENGTH } from '../model/limits';
import { aligner, anchoredErrors, searchApprox, searchSeeded, searchable, type SearchableText } from './approx';
import { locateReworded, wordTable, type WordTable } from './reworded';
import { collapseWhitespace } from './whitespace';

/** `reworded`: found by its words and surroundings, too many words changed for `fuzzy` (lib/anchor/reworded.ts). */
export type MatchMethod = 'position' | 'exact' | 'fuzzy' | 'reworded';

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
  /** The text's word counts, shared like `searchable`; called only when a reworded passage is looked for. */
  words?: () => WordTable;
}

/** Share of the quote's characters that may differ in an approximate match. */
const MAX_ERROR_RATIO = 0.25;
/** Edits allowed whatever the quote's length: beyond this the passage was rewritten, not touched up. */
const MAX_ERRORS = 64;
/** Quotes shorter than this are found exactly or not at all: one edit in six letters is another word. */
const MIN_FUZZY_LENGTH = 8;
/** A quote as long as one side of context is telling on its own; a shorter one ("customers") needs its context. */
const SELF_EVIDENT_LENGTH = CONTEXT_LENGTH;
/** Context extra characters read beyond the stored context's length, to absorb insertions in it. */
const CONTEXT_SLACK = 8;
/** Exact occurrences examined; past this a quote is too common to place by context anyway. */
const MAX_OCCURRENCES = 2000;
/** How far a fuzzy match's ends may move when its context shows where the passage really begins and ends. */
const BOUNDARY_REACH = 24;
/** Approximate occurrences ranked per search (fewest errors first); more are noise around the best ones. */
const FUZZY_CANDIDATES = 64;
/** Fuzzy candidates whose boundaries are refined before the final ranking. */
const REFINED = 8;
/** Characters around the expected position searched approximately before the whole text is. */
const NEAR_WINDOW = 2048;
/**
 * How similar two unrelated 32-character stretches of prose are under edit distance (about 0.35–0.45):
 * context similarity is rescaled so that this baseline counts as no support at all.
 */
const UNRELATED_SIMILARITY = 0.4;

/**
 * Candidates are ranked by evidence counted in characters: quote characters matched plus context characters
 * matched. A character is a character wherever it is, so a long quote with a word changed still outweighs
 * an exact copy of a short one, and context decides between equal matches of the quote. Closeness to the
 * expected position is worth at most this many characters: it breaks ties and little more.
 */
const POSITION_CHARACTERS = 2;
/** Context characters by which the best of several equal matches of the quote must beat the others. */
const CLEAR_MARGIN = 8;
/**
 * Context support the chosen one of several equal matches needs in any case: unrelated contexts differ by
 * CLEAR_MARGIN characters by chance, so when the repeat that was highlighted is gone (a share line removed)
 * a remaining copy must not win on noise.
 */
const REPEAT_CONTEXT = 0.35;

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
  /** Stored context characters found again next to the span (both sides). */
  contextChars: number;
  /** Quote and context characters matched, plus the position tie-breaker: the ranking key. */
  evidence: number;
  /** Share of the stored quote and context found again, in [0, 1]. */
  score: number;
}

/** The stored selectors in index form, and what the search needs to know about them. */
interface Target {
  quote: string;
  prefix: string;
  suffix: string;
  expected: number | undefined;
  /** Edits between the stored prefix and the text before `at`, and the stored suffix and the text after it. */
  prefixDistance: (text: string, at: number) => number;
  suffixDistance: (text: string, at: number) => number;
  /** Candidates already scored, by span: each stage ranks the earlier stages' spans again with its own. */
  scored: Map<string, Candidate>;
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
    const accepted = acceptBest(near, target, source);
    if (accepted) return accepted;
  }
  const everywhere = refined(text, source, target, budget, rank(text, target, [...exact, ...near, ...searchSeeded(source, target.quote, budget, FUZZY_CANDIDATES)]));
  const accepted = acceptBest(everywhere, target, source);
  if (accepted) return accepted;
  const words = () => {
    const shared = options.words?.();
    return shared?.text === text ? shared : wordTable(text);
  };
  const reworded = locateReworded(source, words, target, everywhere);
  return reworded && { start: reworded.start, end: reworded.end, method: 'reworded', score: Math.round(reworded.similarity * 1000) / 1000 };
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
  // Selectors may come from storage or an imported file: a malformed one is simply not found.
  if (typeof sel?.quote?.exact !== 'string') return undefined;
  const quote = collapseWhitespace(sel.quote.exact);
  if (quote.trim() === '') return undefined;
  const hint = options.expected ?? sel.position?.start;
  const prefix = typeof sel.quote.prefix === 'string' ? collapseWhitespace(sel.quote.prefix) : '';
  const suffix = typeof sel.quote.suffix === 'string' ? collapseWhitespace(sel.quote.suffix) : '';
  return {
    quote,
    prefix,
    suffix,
    expected: hint !== undefined && Number.isFinite(hint) ? hint : undefined,
    prefixDistance: contextDistance(prefix, -1),
    suffixDistance: contextDistance(suffix, 1),
    scored: new Map(),
  };
}

function maxErrorsFor(quoteLength: number): number {
  if (quoteLength < MIN_FUZZY_LENGTH) return 0;
  return Math.min(MAX_ERRORS, Math.floor(quoteLength * MAX_ERROR_RATIO));
}

/**
 * The stored position still holds the quote with its context unchanged on both sides. Anything less goes to
 * the search, where context is weighed: a repeat of the quote can come to sit exactly at the old position.
 */
function checkPosition(text: string, target: Target, position: PositionSelector | undefined): Located | undefined {
  const start = position?.start;
  if (start === undefined || !Number.isInteger(start) || start < 0 || start > text.length) return undefined;
  if (!text.startsWith(target.quote, start)) return undefined;
  const end = start + target.quote.length;
  const prefixHolds = target.prefix === '' || text.endsWith(target.prefix, start);
  const suffixHolds = target.suffix === '' || text.startsWith(target.suffix, end);
  return prefixHolds && suffixHolds ? { start, end, method: 'position', score: 1 } : undefined;
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
  return searchApprox(source, target.quote, budget, from, target.expected + target.quote.length + NEAR_WINDOW, FUZZY_CANDIDATES);
}

/** Scores the spans and sorts them best first; the same span found twice is kept once. */
function rank(text: string, target: Target, spans: Span[]): Candidate[] {
  const seen = new Set<string>();
  const out: Candidate[] = [];
  for (const span of spans) {
    const key = `${span.start}:${span.end}`;
    if (seen.has(key)) continue;
    seen.add(key);
    // A span's errors are its edit distance to the quote, whichever stage found it: its score is its own.
    let candidate = target.scored.get(key);
    if (!candidate) target.scored.set(key, (candidate = scored(text, target, span)));
    out.push(candidate);
  }
  return out.sort((a, b) => b.evidence - a.evidence);
}

function scored(text: string, target: Target, span: Span): Candidate {
  const m = target.quote.length;
  const prefix = contextSide(target.prefix, target.prefixDistance(text, span.start));
  const suffix = contextSide(target.suffix, target.suffixDistance(text, span.end));
  const sides = [prefix, suffix].filter((side) => side.length > 0);
  // With no stored context at all (the passage was the whole page) context is neutral.
  const context = sides.length === 0 ? 0.5 : sides.reduce((sum, side) => sum + side.support, 0) / sides.length;
  const contextChars = prefix.matched + suffix.matched;
  const closeness = target.expected === undefined ? 0 : 1 - Math.min(1, Math.abs(span.start - target.expected) / Math.max(1, text.length));
  const found = m - span.errors + contextChars;
  const score = found / (m + target.prefix.length + target.suffix.length);
  return { ...span, context, contextChars, evidence: found + POSITION_CHARACTERS * closeness, score };
}

/** How much of one side of the stored context is found next to a span, `distance` edits away: characters, and support in [0, 1]. */
function contextSide(stored: string, distance: number) {
  if (stored === '') return { length: 0, matched: 0, support: 0 };
  const similarity = 1 - distance / stored.length;
  const support = Math.max(0, (similarity - UNRELATED_SIMILARITY) / (1 - UNRELATED_SIMILARITY));
  return { length: stored.length, matched: stored.length - distance, support };
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
  // Completing a word at the edge may cost an edit or two more than the budget the search used.
  const reach = budget + 2;
  const byEnd = anchoredErrors(source, target.quote, c.start, 1, m + reach);
  const endEdge = edgeKind(target.quote.charCodeAt(m - 1), target.suffix.charCodeAt(0));
  const endCost = (t: number) => target.suffixDistance(text, c.start + t) + edgePenalty(text, c.start + t, endEdge);
  let end = c.start + bestLength(byEnd, reach, c.end - c.start, endCost);
  const byStart = anchoredErrors(source, target.quote, end, -1, m + reach);
  const startEdge = edgeKind(target.prefix.charCodeAt(target.prefix.length - 1), target.quote.charCodeAt(0));
  const startCost = (t: number) => target.prefixDistance(text, end - t) + edgePenalty(text, end - t, startEdge);
  let start = end - bestLength(byStart, reach, end - c.start, startCost);
  // A space the quote does not have at its edge is the page's, not the passage's.
  if (text.charCodeAt(start) === 0x20 && target.quote.charCodeAt(0) !== 0x20 && start + 1 < end) start += 1;
  if (text.charCodeAt(end - 1) === 0x20 && target.quote.charCodeAt(m - 1) !== 0x20 && end - 1 > start) end -= 1;
  return { start, end, errors: anchoredErrors(source, target.quote, start, 1, end - start)[end - start]! };
}

/**
 * The length t (within BOUNDARY_REACH of `current`) minimising quote errors plus context distance at that
 * boundary; ties go to fewer quote errors, then to the current length.
 */
function bestLength(errors: Int32Array, budget: number, current: number, contextAt: (t: number) => number): number {
  let best = current;
  let bestErrors = errors[current] ?? Infinity;
  let bestCost = bestErrors <= budget ? bestErrors + contextAt(current) : Infinity;
  const from = Math.max(1, current - BOUNDARY_REACH);
  const to = Math.min(errors.length - 1, current + BOUNDARY_REACH);
  for (let t = from; t <= to; t++) {
    const e = errors[t]!;
    // Context distance is never negative: a length with as many quote errors as the best cost cannot win.
    if (e > budget || e >= bestCost || t === current) continue;
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

/** Edits between one side of the stored context and the text next to `at`, reading a little past its length. */
function contextDistance(stored: string, dir: 1 | -1): (text: string, at: number) => number {
  if (stored === '') return () => 0;
  const distance = aligner(stored, dir);
  return (text, at) => distance(text, at, stored.length + CONTEXT_SLACK);
}

/**
 * Enough evidence that `best` is the passage: a short quote needs its context; an approximate match needs
 * context unless it is nearly exact. And when a rival matches the quote as well, the context must support
 * `best` and prefer it clearly, or (contexts alike, as in repeated boilerplate) `best` must keep at least half
 * its context and be much nearer the expected position: a repeated phrase whose surroundings changed is not
 * guessed at.
 */
function credible(best: Candidate, target: Target, ranked: Candidate[]): boolean {
  const m = target.quote.length;
  const similarity = 1 - best.errors / m;
  if (m < SELF_EVIDENT_LENGTH && best.context < 0.5) return false;
  if (best.errors > 0 && similarity < 0.9 && best.context < 0.35) return false;
  if (best.errors > 0 && best.context < 0.15) return false;
  const rivals = ranked.filter((c) => c !== best && c.errors <= best.errors && !overlaps(c, best));
  if (rivals.length === 0) return true;
  const closestRival = Math.max(...rivals.map((c) => c.contextChars));
  if (best.context >= REPEAT_CONTEXT && best.contextChars - closestRival >= CLEAR_MARGIN) return true;
  return best.context >= 0.5 && best.contextChars >= closestRival && isMuchNearer(best, rivals, target.expected);
}

function isMuchNearer(best: Candidate, rivals: Candidate[], expected: number | undefined): boolean {
  if (expected === undefined) return false;
  const distance = (c: Candidate) => Math.abs(c.start - expected);
  return rivals.every((c) => distance(best) * 2 < distance(c));
}

function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}

function acceptBest(ranked: Candidate[], target: Target, source?: SearchableText): Located | undefined {
  const best = ranked[0];
  if (!best || !credible(best, target, ranked)) return undefined;
  if (best.errors === 0 || !source) return located(best, best.errors === 0 ? 'exact' : 'fuzzy');
  return located({ ...best, ...snappedToContext(source, target, best) }, 'fuzzy');
}

/** Edits a context side may have where it is taken to mark the passage's edge exactly. */
const SNAP_ERROR_RATIO = 0.15;

/**
 * An approximate match's edges moved to where its stored context, found again nearly intact, ends (prefix)
 * and begins (suffix). The edit budget ends the match where the quote's characters run out, which cuts a
 * passage whose first or last words were reworded ("Ceux qui" → "Les adhérents qui") inside its new wording;
 * the context next to it says where that wording really begins and ends.
 */
function snappedToContext(source: SearchableText, target: Target, c: Span): { start: number; end: number } {
  const reach = BOUNDARY_REACH + Math.floor(target.quote.length / 4);
  const side = (context: string, from: number, to: number, at: (hit: Span) => number, near: number) => {
    if (context.trim().length < MIN_FUZZY_LENGTH) return undefined;
    const hits = searchApprox(source, context, Math.floor(context.length * SNAP_ERROR_RATIO), from, to, 4);
    const distance = (hit: Span) => Math.abs(at(hit) - near);
    return hits.sort((a, b) => a.errors - b.errors || distance(a) - distance(b)).map(at).find((offset) => Math.abs(offset - near) <= reach);
  };
  const text = source.text;
  let start = side(target.prefix, c.start - reach - target.prefix.length, c.start + reach, (hit) => hit.end, c.start) ?? c.start;
  let end = side(target.suffix, c.end - reach, c.end + reach + target.suffix.length, (hit) => hit.start, c.end) ?? c.end;
  while (start < end && text.charCodeAt(start) === 0x20) start += 1;
  while (end > start && text.charCodeAt(end - 1) === 0x20) end -= 1;
  return start < end ? { start, end } : { start: c.start, end: c.end };
}

function located(c: Candidate, method: MatchMethod): Located {
  return { start: c.start, end: c.end, method, score: Math.round(Math.min(1, Math.max(0, c.score)) * 1000) / 1000 };
}
