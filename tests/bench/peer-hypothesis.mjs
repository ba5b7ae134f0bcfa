// The re-anchoring peer of the bench: what the Hypothesis client does today to place a highlight again,
// re-implemented here from its documented behaviour (written for this bench, not copied):
// - the page is one text, the root's `textContent`, read once per page; selectors hold offsets into it
//   (TextPositionSelector) and the quote with up to 32 characters of context (TextQuoteSelector);
// - the stored position is used when the text there still reads exactly as the quote;
// - otherwise the quote is searched: every exact occurrence, or when there is none, the best approximate
//   matches (approx-string-match, at most min(256, quote length / 2) errors); each candidate is scored on quote
//   similarity (weight 50), prefix and suffix similarity (20 each) and closeness to the old position (2), and
//   the best one wins, however low its score; no candidate at all makes an orphan.
// Bundled into the bench page with lib/anchor by tests/bench/anchor.mjs.
import approxSearch from 'approx-string-match';

const CONTEXT = 32;
const WEIGHT = { quote: 50, prefix: 20, suffix: 20, position: 2 };

/** Exact occurrences of `pattern` in `text`, or when there are none its best approximate ones. */
function candidates(text, pattern, maxErrors) {
  const exact = [];
  for (let at = text.indexOf(pattern); at >= 0; at = text.indexOf(pattern, at + 1)) exact.push({ start: at, end: at + pattern.length, errors: 0 });
  return exact.length ? exact : approxSearch(text, pattern, maxErrors);
}

/** How alike `stored` context is to `seen` text: 1 minus the fewest edits between them per stored character. */
function similarity(seen, stored) {
  if (!seen.length || !stored.length) return 0;
  const [best] = candidates(seen, stored, stored.length);
  return best ? 1 - best.errors / stored.length : 0;
}

/** Hypothesis's `matchQuote`: the best-scoring place for `quote` in `text`, or null when nothing is close enough. */
export function matchQuote(text, quote, { prefix, suffix, hint } = {}) {
  if (!quote.length) return null;
  const found = candidates(text, quote, Math.min(256, quote.length / 2));
  let best = null;
  for (const m of found) {
    const quoteScore = 1 - m.errors / quote.length;
    const prefixScore = prefix ? similarity(text.slice(Math.max(0, m.start - prefix.length), m.start), prefix) : 1;
    const suffixScore = suffix ? similarity(text.slice(m.end, m.end + suffix.length), suffix) : 1;
    const positionScore = typeof hint === 'number' ? 1 - Math.abs(m.start - hint) / text.length : 1;
    const score = WEIGHT.quote * quoteScore + WEIGHT.prefix * prefixScore + WEIGHT.suffix * suffixScore + WEIGHT.position * positionScore;
    if (!best || score > best.score) best = { start: m.start, end: m.end, score };
  }
  return best;
}

/** The root's text as one string, with where each text node starts in it (to turn offsets back into a Range). */
export function pageText(root) {
  const nodes = [];
  const starts = [];
  let text = '';
  const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    nodes.push(node);
    starts.push(text.length);
    text += node.data;
  }
  return { text, nodes, starts };
}

function pointAt(page, offset) {
  let lo = 0;
  let hi = page.nodes.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (page.starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return [page.nodes[lo], offset - page.starts[lo]];
}

/** The selectors Hypothesis stores for a user's selection `range` inside `root`. */
export function describe(root, range) {
  const before = root.ownerDocument.createRange();
  before.setStart(root, 0);
  before.setEnd(range.startContainer, range.startOffset);
  const text = root.textContent;
  const start = before.toString().length;
  const end = start + range.toString().length;
  return {
    position: { start, end },
    quote: { exact: text.slice(start, end), prefix: text.slice(Math.max(0, start - CONTEXT), start), suffix: text.slice(end, end + CONTEXT) },
  };
}

/** Places every stored highlight in `root` as Hypothesis would: Map of index → Range; missing ones are orphans. */
export function anchorAll(root, stored) {
  const page = pageText(root);
  const ranges = new Map();
  stored.forEach(({ position, quote }, i) => {
    let at = page.text.slice(position.start, position.end) === quote.exact ? position : null;
    at ??= matchQuote(page.text, quote.exact, { prefix: quote.prefix, suffix: quote.suffix, hint: position.start });
    if (!at) return;
    const range = root.ownerDocument.createRange();
    range.setStart(...pointAt(page, at.start));
    range.setEnd(...pointAt(page, at.end));
    ranges.set(i, range);
  });
  return ranges;
}
