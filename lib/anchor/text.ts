/**
 * The text of a DOM subtree as a reader sees it, as one string, with a way back from string offsets to DOM
 * positions and from DOM ranges to string offsets. Anchoring (lib/anchor/match.ts) works on that string.
 *
 * - Text nodes in flat-tree order: open shadow roots are entered (their slots show the host's children),
 *   script/style/noscript/template/textarea/head/iframe and our own UI (`[data-crc-ui]`) are skipped.
 * - Whitespace as lib/anchor/whitespace.ts says: one space per run, invisible characters dropped; a block
 *   boundary (</p><p>, <br>, table cells…) counts as whitespace, so "foo.</p><p>Bar" reads "foo. Bar".
 * - Built in one pass; lookups are binary searches over "pieces": stretches of the string that map
 *   character for character onto one text node. Characters that collapse away simply belong to no piece.
 */
import { isInvisible, isSpace } from './whitespace';
import { isOwnUi } from '../own-ui';

export interface TextIndex {
  /** The subtree's text, whitespace collapsed; no leading or trailing space. */
  text: string;
  /**
   * A DOM Range covering `text.slice(start, end)`, or undefined for an empty or out-of-range span. A Range
   * cannot cross a shadow boundary: when the span does, the Range covers the part of it in the one tree
   * (document or shadow root) that holds most of its characters.
   */
  rangeAt(start: number, end: number): Range | undefined;
  /**
   * Offsets in `text` of a DOM range (a Range, a StaticRange, a Selection's range), clamped to the indexed
   * subtree; undefined when a boundary cannot be related to it.
   */
  offsetsOf(range: AbstractRange): { start: number; end: number } | undefined;
}

/** Elements whose contents are not page text, or are ours. */
const SKIPPED = new Set(['script', 'style', 'noscript', 'template', 'textarea', 'head', 'iframe', 'object']);
/** Elements that begin and end a line of their own: their edges separate words like a space. */
const BLOCKS = new Set([
  'address', 'article', 'aside', 'blockquote', 'br', 'caption', 'dd', 'details', 'dialog', 'div', 'dl', 'dt',
  'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup',
  'hr', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th',
  'thead', 'tr', 'ul', 'legend', 'option', 'menu', 'body', 'html',
]);

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const SHOW_ELEMENT_AND_TEXT = 0x1 | 0x4;

/** Builds the index of `root`'s text (a document, element, shadow root or fragment). */
export function textIndex(root: Node): TextIndex {
  const builder = new Builder();
  walkFlatTree(root, builder);
  return new Index(builder.finish(), root);
}

/** What a walk reports, in flat-tree order. */
interface Visitor {
  text(node: Text): void;
  /** An element begins or ends; only the edges of blocks matter to the text. */
  edge(element: Element): void;
}

function isSkipped(element: Element): boolean {
  return SKIPPED.has(element.localName) || isOwnUi(element);
}

/**
 * Walks `root` and everything it shows, in flat-tree order, with one TreeWalker per tree: a shadow host's
 * shadow root is walked instead of its children, and a slot walks the nodes assigned to it (or its own
 * fallback content). Recursion happens only per shadow root and slot, never per element.
 */
function walkFlatTree(root: Node, visitor: Visitor): void {
  if (root.nodeType === TEXT_NODE) {
    visitor.text(root as Text);
    return;
  }
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, SHOW_ELEMENT_AND_TEXT);
  let node: Node | null = root;
  while (node) {
    if (enter(node, visitor) && walker.firstChild()) {
      node = walker.currentNode;
      continue;
    }
    node = leaveUntilNextSibling(walker, root, visitor);
  }
}

/** Visits `node`; true when its light-DOM children should be walked next. */
function enter(node: Node, visitor: Visitor): boolean {
  if (node.nodeType === TEXT_NODE) {
    visitor.text(node as Text);
    return false;
  }
  if (node.nodeType !== ELEMENT_NODE) return true; // the root itself: a document, shadow root or fragment
  const element = node as Element;
  if (isSkipped(element)) return false;
  visitor.edge(element);
  if (element.shadowRoot) {
    walkFlatTree(element.shadowRoot, visitor);
    return false;
  }
  const assigned = assignedNodesOf(element);
  if (assigned.length === 0) return true;
  for (const slotted of assigned) walkFlatTree(slotted, visitor);
  return false;
}

function assignedNodesOf(element: Element): Node[] {
  if (element.localName !== 'slot') return [];
  const slot = element as HTMLSlotElement;
  return typeof slot.assignedNodes === 'function' ? slot.assignedNodes() : [];
}

/** Closes elements until one has a next sibling (returned), or the walk is back at its root (null). */
function leaveUntilNextSibling(walker: TreeWalker, root: Node, visitor: Visitor): Node | null {
  for (;;) {
    const current = walker.currentNode;
    if (current.nodeType === ELEMENT_NODE && !isSkipped(current as Element)) visitor.edge(current as Element);
    if (current === root) return null;
    if (walker.nextSibling()) return walker.currentNode;
    if (!walker.parentNode()) return null;
  }
}

/** The finished text and its pieces: piece i maps text[starts[i], starts[i] + lengths[i]) onto nodes[i]. */
interface Pieces {
  text: string;
  starts: number[];
  lengths: number[];
  nodes: Text[];
  nodeOffsets: number[];
  /** A text node's first piece; a node's pieces are consecutive. */
  firstPieceOf: Map<Text, number>;
  /** For a text node without pieces (blank, or all invisible): the text offset its positions count as. */
  offsetOfBlank: Map<Text, number>;
}

/** Accumulates text and pieces during the walk; the space between words is written lazily. */
class Builder implements Visitor {
  private readonly chunks: string[] = [];
  private length = 0;
  private readonly starts: number[] = [];
  private readonly lengths: number[] = [];
  private readonly nodes: Text[] = [];
  private readonly nodeOffsets: number[] = [];
  private readonly firstPieceOf = new Map<Text, number>();
  private readonly offsetOfBlank = new Map<Text, number>();
  /** Nodes walked since the last visible character; those left without pieces are blank. */
  private recent: Text[] = [];
  /**
   * A space owed before the next visible character: a whitespace character of the page that stands for it,
   * or 'edge' for a block boundary with no whitespace character (a space that maps to no DOM position).
   */
  private pending: { node: Text; offset: number } | 'edge' | undefined;

  edge(element: Element): void {
    if (BLOCKS.has(element.localName) && this.length > 0 && !this.pending) this.pending = 'edge';
  }

  text(node: Text): void {
    const data = node.data;
    this.recent.push(node);
    let runStart = -1;
    for (let i = 0; i < data.length; i++) {
      const code = data.charCodeAt(i);
      if (!isSpace(code) && !isInvisible(code)) {
        if (runStart < 0) runStart = i;
        continue;
      }
      if (runStart >= 0) this.emitRun(node, data, runStart, i);
      runStart = -1;
      // Prefer a real whitespace character over a block edge: a Range can then end on it.
      if (isSpace(code) && this.length > 0 && (!this.pending || this.pending === 'edge')) {
        this.pending = { node, offset: i };
      }
    }
    if (runStart >= 0) this.emitRun(node, data, runStart, data.length);
  }

  private emitRun(node: Text, data: string, from: number, to: number): void {
    this.flushPending();
    for (const blank of this.recent) {
      if (blank !== node && !this.firstPieceOf.has(blank)) this.offsetOfBlank.set(blank, this.length);
    }
    this.recent = [node];
    this.addPiece(node, from, to - from);
    this.chunks.push(data.slice(from, to));
    this.length += to - from;
  }

  private flushPending(): void {
    const pending = this.pending;
    this.pending = undefined;
    if (!pending) return;
    if (pending !== 'edge') this.addPiece(pending.node, pending.offset, 1);
    this.chunks.push(' ');
    this.length += 1;
  }

  /** Adds a piece at the current end of the text, extending the last one when it simply continues it. */
  private addPiece(node: Text, nodeOffset: number, length: number): void {
    const last = this.starts.length - 1;
    const continues =
      last >= 0 && this.nodes[last] === node && this.starts[last]! + this.lengths[last]! === this.length &&
      this.nodeOffsets[last]! + this.lengths[last]! === nodeOffset;
    if (continues) {
      this.lengths[last] = this.lengths[last]! + length;
      return;
    }
    if (!this.firstPieceOf.has(node)) this.firstPieceOf.set(node, this.starts.length);
    this.starts.push(this.length);
    this.lengths.push(length);
    this.nodes.push(node);
    this.nodeOffsets.push(nodeOffset);
  }

  finish(): Pieces {
    for (const blank of this.recent) if (!this.firstPieceOf.has(blank)) this.offsetOfBlank.set(blank, this.length);
    const { starts, lengths, nodes, nodeOffsets, firstPieceOf, offsetOfBlank } = this;
    return { text: this.chunks.join(''), starts, lengths, nodes, nodeOffsets, firstPieceOf, offsetOfBlank };
  }
}

/** The last piece starting at or before `offset` (-1 if none): the pieces' starts are increasing. */
function pieceAtOrBefore(starts: number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (starts[mid]! <= offset) {
      found = mid;
      lo = mid + 1;
    } else {
      hi = mid - 1;
    }
  }
  return found;
}

interface DomPoint {
  node: Text;
  offset: number;
  piece: number;
}

class Index implements TextIndex {
  readonly text: string;

  constructor(
    private readonly pieces: Pieces,
    private readonly root: Node,
  ) {
    this.text = pieces.text;
  }

  rangeAt(start: number, end: number): Range | undefined {
    if (!Number.isFinite(start) || !Number.isFinite(end)) return undefined;
    const from = Math.max(0, Math.trunc(start));
    const to = Math.min(this.text.length, Math.trunc(end));
    if (from >= to) return undefined;
    const first = this.pointBefore(from);
    const last = this.pointAfter(to - 1);
    if (!first || !last || first.piece > last.piece) return undefined; // the span held only a block-edge space
    return this.rangeBetween(first, last);
  }

  /** The DOM position just before character `offset`; a block-edge space yields the next character's. */
  private pointBefore(offset: number): DomPoint | undefined {
    const { starts, lengths, nodes, nodeOffsets } = this.pieces;
    let piece = pieceAtOrBefore(starts, offset);
    if (piece < 0 || offset >= starts[piece]! + lengths[piece]!) piece += 1;
    if (piece >= starts.length) return undefined;
    const within = Math.max(0, offset - starts[piece]!);
    return { node: nodes[piece]!, offset: nodeOffsets[piece]! + within, piece };
  }

  /** The DOM position just after character `offset`; a block-edge space yields the previous character's. */
  private pointAfter(offset: number): DomPoint | undefined {
    const { starts, lengths, nodes, nodeOffsets } = this.pieces;
    const piece = pieceAtOrBefore(starts, offset);
    if (piece < 0) return undefined;
    const within = Math.min(lengths[piece]!, offset - starts[piece]! + 1);
    return { node: nodes[piece]!, offset: nodeOffsets[piece]! + within, piece };
  }

  private rangeBetween(first: DomPoint, last: DomPoint): Range {
    const doc = first.node.ownerDocument;
    const range = doc.createRange();
    if (first.node.getRootNode() !== last.node.getRootNode()) [first, last] = this.largestSameTreeRun(first, last);
    range.setStart(first.node, first.offset);
    range.setEnd(last.node, last.offset);
    return range;
  }

  /**
   * For a span crossing shadow boundaries: the first and last points, within the span, of the tree (document
   * or shadow root) that holds most of its characters. Pieces of the span outside that tree are left out.
   */
  private largestSameTreeRun(first: DomPoint, last: DomPoint): [DomPoint, DomPoint] {
    const { lengths, nodes, nodeOffsets } = this.pieces;
    const byTree = new Map<Node, { chars: number; first: DomPoint; last: DomPoint }>();
    for (let p = first.piece; p <= last.piece; p++) {
      const from = p === first.piece ? first : { node: nodes[p]!, offset: nodeOffsets[p]!, piece: p };
      const to = p === last.piece ? last : { node: nodes[p]!, offset: nodeOffsets[p]! + lengths[p]!, piece: p };
      const tree = nodes[p]!.getRootNode();
      const entry = byTree.get(tree);
      const chars = to.offset - from.offset;
      if (entry) {
        entry.chars += chars;
        entry.last = to;
      } else {
        byTree.set(tree, { chars, first: from, last: to });
      }
    }
    let best = { chars: -1, first, last };
    for (const entry of byTree.values()) if (entry.chars > best.chars) best = entry;
    return [best.first, best.last];
  }

  offsetsOf(range: AbstractRange): { start: number; end: number } | undefined {
    const start = this.offsetOfPoint(range.startContainer, range.startOffset);
    const end = this.offsetOfPoint(range.endContainer, range.endOffset);
    if (start === undefined || end === undefined) return undefined;
    return { start: Math.min(start, end), end: Math.max(start, end) };
  }

  /** How many characters of `text` come before the DOM point (node, offset). */
  private offsetOfPoint(node: Node, offset: number): number | undefined {
    if (node.nodeType === TEXT_NODE) {
      const inText = this.offsetInTextNode(node as Text, offset);
      if (inText !== undefined) return inText;
      return this.offsetBeforeNode(node) ?? this.offsetAfterSubtree(node);
    }
    const child = node.childNodes[offset];
    if (child) return this.offsetBeforeNode(child) ?? this.offsetAfterSubtree(node);
    return this.offsetAfterSubtree(node) ?? this.offsetBeforeNode(node);
  }

  private offsetInTextNode(node: Text, offset: number): number | undefined {
    const blank = this.pieces.offsetOfBlank.get(node);
    if (blank !== undefined) return blank;
    const first = this.pieces.firstPieceOf.get(node);
    if (first === undefined) return undefined;
    const { starts, lengths, nodes, nodeOffsets } = this.pieces;
    let piece = first;
    while (piece + 1 < nodes.length && nodes[piece + 1] === node && nodeOffsets[piece + 1]! <= offset) piece += 1;
    const within = offset - nodeOffsets[piece]!;
    if (within <= 0) return starts[piece]!;
    return starts[piece]! + Math.min(within, lengths[piece]!);
  }

  /** The offset of the first indexed text at or after `node` in its tree's document order. */
  private offsetBeforeNode(node: Node): number | undefined {
    const walker = (node.ownerDocument ?? (node as Document)).createTreeWalker(node.getRootNode(), 0x4);
    walker.currentNode = node;
    for (let at: Node | null = node.nodeType === TEXT_NODE ? node : walker.nextNode(); at; at = walker.nextNode()) {
      const offset = this.offsetInTextNode(at as Text, 0);
      if (offset !== undefined) return offset;
    }
    return undefined;
  }

  /**
   * The offset just after the last indexed text at or before the end of `node` in its tree's document order
   * (the point after `node`'s last child); 0 when `node` is the root and holds none.
   */
  private offsetAfterSubtree(node: Node): number | undefined {
    let deepest: Node = node;
    while (deepest.lastChild) deepest = deepest.lastChild;
    const walker = (node.ownerDocument ?? (node as Document)).createTreeWalker(node.getRootNode(), 0x4);
    walker.currentNode = deepest;
    for (let at: Node | null = deepest.nodeType === TEXT_NODE ? deepest : walker.previousNode(); at; at = walker.previousNode()) {
      const offset = this.offsetInTextNode(at as Text, (at as Text).data.length);
      if (offset !== undefined) return offset;
    }
    return this.root === node ? 0 : undefined;
  }
}
