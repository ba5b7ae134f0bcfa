/**
 * Canvas detection: a Document in, the Customer Relationships block of a Business Model Canvas out (its label,
 * notes, place on screen and how sure we are), or why there is none. Steps: a cheap pass over the page's text
 * (most pages stop there), then only the candidate labels' neighbourhoods: which labels are visible and in a
 * canvas-like place, how many other block labels of the same language stand near each Customer
 * Relationships label (evidence), whether another canvas's labels outweigh them, then the block's notes.
 *
 * The label vocabularies and the page scan come in as `labels` (`PageLabels`) rather than imports: the injected
 * detector borrows the always-on script's copy instead of carrying a second one (~4 KB gzip on every canvas
 * page). `detect.ts` binds them for everyone else.
 */
import type { BlockId } from '../catalogue/ids';
import type { PageLabels } from './page-labels';
import { titleBarOf, titleBars, type BarredLabel } from './bars';
import { INLINE, boundingRect, chainOf, defaultVisible, isControl, notCanvasReason, styleVisible, type Rect } from './dom';
import { readArea, readStructured, readTableColumn, type Env, type Label, type Region } from './region';
import type { PageText } from './scan';
import { recogniseTool } from './tools';

export interface DetectOptions {
  /** Element geometry; defaults to el.getBoundingClientRect(). Tests inject positions where there is no layout. */
  rect?: (el: Element) => { x: number; y: number; width: number; height: number };
  /** Whether an element is shown; defaults to a check of computed style/hidden/aria-hidden/zero size. */
  visible?: (el: Element) => boolean;
}

export type CanvasDetection =
  | {
      status: 'found';
      tool: string;
      label: string;
      language: string;
      confidence: number;
      /** The block's container element (or the label element for geometric boards). */
      block: Element;
      /** CSS px, relative to the top document's viewport (iframe offsets added). */
      blockRect: { x: number; y: number; width: number; height: number };
      /** Texts of the notes in the block, reading order, trimmed, label excluded. */
      notes: string[];
      /** The Customer Segments block's notes (to propose segments). */
      segmentNotes: string[];
    }
  | { status: 'not-found'; reason: string };

type NotFound = Extract<CanvasDetection, { status: 'not-found' }>;

const CR: BlockId = 'customer-relationships';
const CS: BlockId = 'customer-segments';
/** Blocks only the Business Model Canvas has: the Lean Canvas and the Value Proposition Canvas share the others. */
const ONLY_BMC: readonly BlockId[] = ['key-partners', 'key-activities', 'key-resources'];
/** Other block labels needed near a Customer Relationships label (of the 8), and near an ambiguous one ("CR"). */
const NEEDED = 4;
const NEEDED_WEAK = 6;
/** Elements that title what follows them: a subtitle may share their line with the label. */
const HEADING_LIKE = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'th', 'dt', 'legend', 'summary', 'caption', 'header']);
/** A page with fewer text nodes than this keeps its content elsewhere: look for shadow roots everywhere. */
const SPARSE_TEXT = 300;

/**
 * The cheap first pass alone: whether the page's text (documents, open shadow roots near the top, same-origin
 * iframes) shows a Customer Relationships label of any vocabulary, or labels of two different blocks (a lone
 * "Channels" in a chat app's sidebar is not worth a full detection). One TreeWalker pass over text nodes, each
 * tested cheaply (length, then a hash of its first word), stopping at the first answer; pages with little text
 * of their own also get their shadow roots looked for everywhere.
 */
export function mayHaveCanvasWith(labels: PageLabels, root: Document): boolean {
  try {
    const blocks = new Set<BlockId>();
    let yes = false;
    const stop = (hit: Text) => {
      for (const m of labels.matchLabel(hit.data)?.meanings ?? []) {
        if (m.block === CR && !m.weak) yes = true;
        blocks.add(m.block);
      }
      return (yes ||= blocks.size >= 2);
    };
    const page = labels.scanPage(root, stop);
    // A page with little text of its own may draw everything in shadow roots deeper than the quick look goes.
    if (!yes && page.texts < SPARSE_TEXT) labels.scanDeeper(page, stop);
    return yes;
  } catch {
    return false;
  }
}

/**
 * Finds the Customer Relationships block on the page. Never throws: an unexpected error is a not-found with
 * the error as its reason. Reads text in open shadow roots and same-origin iframes; never changes the page.
 */
export function detectCanvasWith(labels: PageLabels, root: Document, options: DetectOptions = {}): CanvasDetection {
  try {
    const page = labels.scanPage(root);
    const first = evaluate(root, page, options, labels);
    if (first.status === 'found' || (!page.hits.length && page.texts >= SPARSE_TEXT) || !labels.scanDeeper(page)) return first;
    const second = evaluate(root, page, options, labels);
    return second.status === 'found' ? second : first;
  } catch (error) {
    return { status: 'not-found', reason: `detection failed: ${error instanceof Error ? error.message : String(error)}` };
  }
}

interface Candidate {
  cr: Label;
  language: string;
  confidence: number;
  region: Region;
  segmentNotes: string[];
}

function evaluate(doc: Document, page: PageText, options: DetectOptions, vocabulary: PageLabels): CanvasDetection {
  const frames = page.frames;
  const localRect = options.rect ?? boundingRect;
  const rects = new Map<Element, Rect>();
  const rect = (el: Element): Rect => {
    const known = rects.get(el);
    if (known) return known;
    const r = localRect(el);
    let { x, y } = r;
    for (let f = frames.get(el.ownerDocument); f; f = frames.get(f.ownerDocument)) {
      const fr = localRect(f);
      x += fr.x + (f.clientLeft || 0);
      y += fr.y + (f.clientTop || 0);
    }
    const out = { x, y, width: r.width, height: r.height };
    rects.set(el, out);
    return out;
  };
  const visible = options.visible ?? ((el: Element) => defaultVisible(el, rect));

  const { labels, rejected } = readLabels(page, visible, vocabulary);
  const crs = labels.filter((l) => l.meanings.some((m) => m.block === CR));
  if (!crs.length) {
    return notFound(rejected.size
      ? `a Customer Relationships label appears only as ${[...rejected].join(', ')}, not as a canvas label`
      : 'no Customer Relationships label on the page');
  }

  const labelAncestors = new Set(labels.flatMap((l) => l.chain));
  const labelNodes = new Set(labels.flatMap((l) => l.run));
  const env: Env = { rect, noteVisible: options.visible ?? styleVisible, checkAllNotes: !!options.visible, labelAncestors, labelNodes };

  let best: Candidate | undefined;
  let failure: { reason: string; evidence: number } | undefined;
  for (const cr of crs) {
    for (const meaning of cr.meanings) {
      if (meaning.block !== CR) continue;
      const outcome = assess(cr, meaning.language, meaning.weak, labels, env);
      if ('reason' in outcome) {
        if (!failure || outcome.evidence > failure.evidence) failure = outcome;
      } else if (!best || outcome.confidence > best.confidence || (outcome.confidence === best.confidence && outcome.region.notes.length > best.region.notes.length)) {
        best = outcome;
      }
    }
  }
  if (!best) return notFound(failure?.reason ?? 'no Customer Relationships block found');
  const { cr, region } = best;
  return {
    status: 'found',
    tool: recogniseTool(doc, cr.chain.slice(0, 12)),
    label: cr.text,
    language: best.language,
    confidence: best.confidence,
    block: region.element,
    blockRect: region.rect,
    notes: region.notes,
    segmentNotes: best.segmentNotes,
  };
}

const notFound = (reason: string): NotFound => ({ status: 'not-found', reason });

/**
 * The label hits that are canvas labels: the whole line they sit in, shown, and in no place that rules a canvas
 * out. A label in a bar (navigation, menu bar, tab link) counts when the structure shows it is a block's title
 * bar (bars.ts). Also why Customer Relationships hits were turned down, for the not-found reason.
 */
function readLabels(page: PageText, visible: (el: Element) => boolean, { matchLabel, labelKey }: PageLabels): { labels: Label[]; rejected: Set<string> } {
  const labels: Label[] = [];
  const rejected = new Set<string>();
  const barred: (BarredLabel & { label: Label; reason: string })[] = [];
  for (const node of page.hits) {
    const match = matchLabel(node.data);
    const parent = node.parentElement;
    if (!match || !parent) continue;
    const chain = chainOf(parent, page.frames);
    const run = labelRun(node, match.key, labelKey);
    const not = notCanvasReason(chain, match.key, labelKey);
    let why = !run ? (not?.reason ?? 'running text') : not && !not.bar ? not.reason : undefined;
    // The label's own element decides (styles inherit), and so does every iframe it is shown through.
    if (!why && !chain.every((e) => (e === run!.el || e.localName === 'iframe' ? visible(e) : true))) why = 'hidden';
    if (why || !run) {
      if (match.meanings.some((m) => m.block === CR)) rejected.add(why ?? 'running text');
      continue;
    }
    const label: Label = { el: run.el, run: run.nodes, text: run.text, key: match.key, meanings: match.meanings, otherCanvas: match.otherCanvas, chain };
    if (not) barred.push({ label, reason: not.reason, chain, at: not.at, blocks: match.meanings.map((m) => m.block) });
    else labels.push(label);
  }
  const holders = new Map<Element, number>();
  for (const l of [...labels, ...barred.map((b) => b.label)]) for (const el of l.chain) holders.set(el, (holders.get(el) ?? 0) + 1);
  // A title bar's other contents (tabs, menu buttons, a subtitle) belong to the title, never to the notes
  // (looked for only where notes are read: the Customer Relationships and Customer Segments blocks).
  for (const [i, label] of labels.entries()) {
    if (!label.meanings.some((m) => m.block === CR || m.block === CS)) continue;
    const top = titleBarOf(label.chain, 0, holders);
    if (top >= 0) labels[i] = { ...label, run: [...label.run, label.chain[top]!] };
  }
  if (barred.length) {
    const bars = titleBars(barred, holders);
    for (const b of barred) {
      const bar = bars.get(b);
      if (bar) labels.push({ ...b.label, run: [...b.label.run, bar] });
      else if (b.label.meanings.some((m) => m.block === CR)) rejected.add(b.reason);
    }
  }
  return { labels, rejected };
}

/** Index in `chain` of the nearest element that also holds `other` (their lowest common ancestor). */
function meetLevel(positions: ReadonlyMap<Element, number>, other: Label): number {
  for (const el of other.chain) {
    const i = positions.get(el);
    if (i !== undefined) return i;
  }
  return Infinity;
}

const positionsOf = (label: Label) => new Map(label.chain.map((el, i) => [el, i] as const));

/** The highest ancestor of a label that holds no label of another block: the block's container. */
function containerOf(label: Label, block: BlockId | undefined, labels: readonly Label[]): Element {
  const positions = positionsOf(label);
  let nearest = label.chain.length;
  for (const o of labels) {
    if (o !== label && (o.otherCanvas || o.meanings.some((m) => m.block !== block))) nearest = Math.min(nearest, meetLevel(positions, o));
  }
  return label.chain[Math.max(0, nearest - 1)]!;
}

/**
 * Notes of a block. On a whiteboard (label or container placed freely) by area and geometry, whatever the DOM
 * order; elsewhere inside the container, after the label, or in the table cells below it, in DOM order; and
 * when none are there, notes drawn over the block in a layer of their own (sticky notes placed by transforms
 * over a board laid out as a grid).
 */
function readBlock(label: Label, block: BlockId, board: readonly Label[], labels: readonly Label[], env: Env): Region {
  const container = containerOf(label, block, labels);
  const others = board.filter((o) => o !== label);
  const area = (overlay?: (note: Element) => boolean) =>
    readArea(label, container, others, new Set(others.map((o) => containerOf(o, o.meanings[0]?.block, labels))), env, overlay);
  if (floats(label.el) || floats(container)) return area();
  const structured = readStructured(label, container, env) ?? readTableColumn(label, container, env);
  if (structured) return structured;
  const over = area((note) => !container.contains(note) && floats(note));
  return over.notes.length ? over : { notes: [], element: container, rect: env.rect(container) };
}

/** Whether an element is placed freely (absolutely positioned, transformed or drawn in SVG), as on whiteboards. */
function floats(el: Element): boolean {
  if (el.namespaceURI === 'http://www.w3.org/2000/svg') return true;
  if (/(?:^|;)\s*(?:left|top|transform)\s*:/i.test(el.getAttribute('style') ?? '')) return true;
  const position = el.ownerDocument.defaultView?.getComputedStyle(el).position;
  return position === 'absolute' || position === 'fixed';
}

/** Long paragraphs of several sentences are an article's sections, not a canvas's notes. */
function readsLikeProse(notes: readonly string[]): boolean {
  const total = notes.reduce((sum, n) => sum + n.length, 0);
  const multiSentence = notes.filter((n) => /[.!?]\s+\p{Lu}/u.test(n)).length;
  return notes.length > 0 && total / notes.length >= 220 && total >= 500 && multiSentence * 2 >= notes.length;
}

/** Counts positions that differ by more than `gap`: how many columns or rows the labels form. */
function distinctPositions(values: number[], gap: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.filter((v, i) => i === 0 || v - sorted[i - 1]! > gap).length;
}

/**
 * One Customer Relationships label read in one language: the evidence around it (other block labels of that
 * language, by how near they are in the tree), what speaks against it (another canvas's labels, a plain list,
 * article prose), its notes and the segments' notes, and a confidence; or why it is no canvas.
 */
function assess(cr: Label, language: string, weak: boolean, labels: readonly Label[], env: Env): Candidate | { reason: string; evidence: number } {
  const positions = positionsOf(cr);
  const firstLevel = new Map<BlockId, number>();
  const otherCanvas = new Map<string, number>();
  const levels = new Map<Label, number>();
  for (const o of labels) {
    if (o === cr) continue;
    const level = meetLevel(positions, o);
    levels.set(o, level);
    for (const m of o.meanings) {
      if (m.language === language && m.block !== CR && !((firstLevel.get(m.block) ?? Infinity) <= level)) firstLevel.set(m.block, level);
    }
    if (o.otherCanvas && !((otherCanvas.get(o.key) ?? Infinity) <= level)) otherCanvas.set(o.key, level);
  }
  // The board: the smallest ancestor that holds every block label that is near at all.
  const board = Math.max(...firstLevel.values());
  const evidence = firstLevel.size;
  const needed = weak ? NEEDED_WEAK : NEEDED;
  const named = `"${cr.text}"`;
  if (evidence < needed) {
    return { evidence, reason: `${named} stands with only ${evidence} of the 8 other block labels (${needed} needed): not a canvas` };
  }
  const foreign = [...otherCanvas.values()].filter((l) => l <= board).length;
  const onlyBmc = ONLY_BMC.filter((b) => firstLevel.has(b)).length;
  if (foreign >= 3 && foreign > onlyBmc) {
    return { evidence, reason: `${foreign} labels of another canvas (Lean Canvas, Value Proposition Canvas) outweigh the ${onlyBmc} labels only a Business Model Canvas has` };
  }

  const boardLabels = labels.filter((o) => o === cr || (levels.get(o) ?? Infinity) <= board);
  const region = readBlock(cr, CR, boardLabels, labels, env);
  const same = boardLabels.filter((o) => o.meanings.some((m) => m.language === language));
  if (!region.notes.length && cr.el.localName === 'li' && same.filter((o) => o.el.localName === 'li').length > needed) {
    return { evidence, reason: `the block labels form a plain list with nothing in it (like a list of the nine blocks in an article)` };
  }
  if (readsLikeProse(region.notes)) {
    return { evidence, reason: `the text under ${named} reads like an article (long paragraphs), not like canvas notes` };
  }

  const segments = same
    .filter((o) => o.meanings.some((m) => m.language === language && m.block === CS))
    .sort((a, b) => (levels.get(a) ?? 0) - (levels.get(b) ?? 0))[0];
  const segmentNotes = segments ? readBlock(segments, CS, boardLabels, labels, env).notes : [];

  // Structure agreement: labels drawn alike, and laid out as a grid rather than a column of text.
  const sameTag = same.filter((o) => o.el.localName === cr.el.localName).length >= 0.75 * same.length;
  const rects = same.map((o) => env.rect(o.el));
  const grid = distinctPositions(rects.map((r) => r.x), 20) >= 3 && distinctPositions(rects.map((r) => r.y), 20) >= 2;
  const score = 0.3 + 0.07 * evidence + (sameTag ? 0.08 : 0) + (grid ? 0.08 : 0) + (region.notes.length ? 0.04 : 0) - (weak ? 0.12 : 0) - 0.04 * foreign;
  const confidence = Math.round(Math.min(1, Math.max(0.05, score)) * 100) / 100;
  return { cr, language, confidence, region, segmentNotes };
}

/**
 * The label run a matching text node belongs to: the text of the line it sits in (inline siblings up to a block
 * or a line break). Undefined when that line says more than the label ("We value customer relationships"):
 * running text; only a heading may add a subtitle after it. The run's element is the block it fills, else its
 * inline wrapper.
 */
function labelRun(node: Text, key: string, labelKey: (text: string) => string): { el: Element; nodes: Node[]; text: string } | undefined {
  let branch: Node = node;
  let block = node.parentElement;
  for (let depth = 0; block && INLINE.has(block.localName) && depth < 4; depth++) {
    branch = block;
    block = block.parentElement;
  }
  if (!block) return undefined;
  // When the label is a link or a control (a tab), a sibling of the same kind (the next tab) is an item of its
  // own, not more words of the label.
  const kind = (n: Node) => `${(n as Element).localName} ${(n as Element).getAttribute('role')}`;
  const item = branch.nodeType === 1 && ((branch as Element).localName === 'a' || (branch as Element).hasAttribute('role')) ? kind(branch) : '';
  // An inline tag styled as a block (a card header's subtitle span) starts a line of its own.
  const view = node.ownerDocument.defaultView;
  const flows = (el: Element) => !/^(?:block|flex|grid|list-item|table)$/.test(view?.getComputedStyle(el).display ?? '');
  const joins = (n: Node) => n.nodeType === 3 || n.nodeType === 8
    || (n.nodeType === 1 && INLINE.has((n as Element).localName) && kind(n) !== item && flows(n as Element));
  const nodes: Node[] = [branch];
  let whole = true;
  for (const step of ['previousSibling', 'nextSibling'] as const) {
    let s = branch[step];
    for (let k = 0; s && joins(s); s = s[step]) {
      if (++k > 8) return undefined;
      if (step === 'previousSibling') nodes.unshift(s);
      else nodes.push(s);
    }
    if (s) whole = false;
  }
  // Pieces joined with spaces: the matching node holds the whole label, its neighbours only decorate it.
  // Icons and buttons beside a title ("edit", "more_vert") are not part of what it says.
  const textOfNode = (n: Node) => (n.nodeType === 8 || (n.nodeType === 1 && isControl(n as Element)) ? '' : n.textContent ?? '');
  const raw = nodes.map(textOfNode).join(' ');
  if (raw.length > 160) return undefined;
  let el = whole || branch.nodeType !== 1 ? block : (branch as Element);
  if (labelKey(raw) !== key) {
    // A heading may follow its label with a subtitle ("Customer Relationships <small>How do we…</small>",
    // "Customer Relationships — how…"), never with the rest of a sentence.
    const at = nodes.indexOf(branch);
    const rest = nodes.slice(at + 1).find((n) => n.nodeType === 1 || textOfNode(n).trim());
    const restText = rest?.nodeType === 3 ? textOfNode(rest).trim() : '';
    const heading = HEADING_LIKE.has(block.localName) || block.getAttribute('role') === 'heading';
    if (!heading || /\p{L}/u.test(nodes.slice(0, at).map(textOfNode).join('')) || /^\p{L}/u.test(restText)) return undefined;
    el = block;
  }
  const text = node.data.replace(/\s+/g, ' ').trim().replace(/^[^\p{L}]+/u, '').replace(/[^\p{L})]+$/u, '');
  if (branch !== node) nodes.push(node);
  return { el, nodes, text };
}
