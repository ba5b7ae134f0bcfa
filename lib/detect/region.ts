/**
 * A block's notes, once its label and container are known. Tried in order: notes inside the container
 * (boards, cells with their notes); what follows the label until the next block label or heading (docs and
 * wikis, label rows of tables); the cell below (tables with a label row); free-floating notes whose centre lies
 * in the block's area (whiteboards, and stickies drawn in a layer over a board laid out in the page's flow).
 * Notes are the block's items: repeated siblings of the same shape (chips, tags, slotted items) one note each,
 * lines only where there are no items; icon names and control labels inside a note are left out. Structured
 * boards read in DOM order, whiteboards top-to-bottom, then left-to-right.
 */
import type { LabelMeaning } from './labels';
import { INLINE, classOf, composedChildren, headingLevel, isControl, textOf, type Rect } from './dom';
import { MAX_NOTE_LENGTH, MAX_NOTES } from './limits';

/** A label found on the page, visible and in a canvas-like place. */
export interface Label {
  /** The element the label's text fills (a heading, a cell, a title span). */
  el: Element;
  /** The text nodes and inline elements of the label's text, left out of notes. */
  run: Node[];
  /** As shown: decoration (numbering, emoji, colon) trimmed. */
  text: string;
  key: string;
  meanings: readonly LabelMeaning[];
  otherCanvas: boolean;
  /** The label text's parent and its composed ancestors (`el` among them), innermost first. */
  chain: Element[];
}

export interface Env {
  /** Geometry in the top document's viewport. */
  rect(el: Element): Rect;
  /** Style visibility of a note element (no geometry). */
  noteVisible(el: Element): boolean;
  /** Check every note's visibility (else only the first few of a block: style reads cost more than the rest). */
  checkAllNotes: boolean;
  /** Label elements and every element that contains one. */
  labelAncestors: Set<Element>;
  /** The nodes of every label's text. */
  labelNodes: Set<Node>;
}

export interface Region {
  notes: string[];
  element: Element;
  rect: Rect;
}

const PRECISE_NOTES = 30;
const MAX_SIBLINGS = 300;
const MAX_ROWS = 200;
const MAX_COLUMNS = 50;

const HAS_LETTER = /\p{L}/u;
const NOTE_TAGS = new Set(['li', 'p', 'dd', 'dt', 'blockquote', 'pre', 'textarea', 'figcaption']);
const LIST_TAGS = new Set(['ul', 'ol', 'dl', 'table']);
const NOTE_CLASS = /(?:^|[\s_-])(?:note|sticky|postit|post-it|sticker|card|item|entry)(?:$|[\s_-])/i;
/**
 * Helper text a block shows beside its notes: hints, guiding questions, toolbars. Class names are mostly
 * English, but tools made for one language name them in it too (de, fr, es, pt, it, nl words for hint/help).
 */
const NOT_NOTE_CLASS = new RegExp([
  'hint|help|guide|description|subtitle|instruction|placeholder|tooltip|sr-only|visually-hidden|toolbar|actions',
  'hinweis|hilfe|beschreibung|leitfrage|aide|consigne|astuce|indice|ayuda|pista|descripci|dica|ajuda|descri[cç]|aiuto|suggeriment|descrizion|hulp|uitleg|beschrijving',
].join('|'), 'i');
const SKIPPED = new Set(['br', 'script', 'style', 'noscript', 'template', 'button', 'select', 'input', 'svg', 'img', 'hr']);
const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
const POSITIONED = /(?:^|;)\s*(?:left|top|inset|transform|translate)\s*:/i;

/** An editing surface (a rich-text field): it holds items or lines, each a note, never one note. */
const isEditor = (el: Element) => (el.getAttribute('contenteditable') ?? 'false') !== 'false' || el.getAttribute('role') === 'textbox';

/** How sibling items compare: tag and class (chips, tags and pills are drawn alike). */
const shapeKey = (el: Element) => `${el.localName} ${classOf(el)}`;

/**
 * Whether `nodes` are items side by side: two or more elements of the same shape with nothing but spaces or
 * separators between them (a chip set, a row of tags), so that inline ones are still one note each. Runs of
 * one sentence split into styled spans ("Loyalty " + "card") are not: their spaces lie inside the runs.
 */
function sideBySide(nodes: ArrayLike<Node>, labelNodes: ReadonlySet<Node>): boolean {
  const shapes = new Set<string>();
  let repeated = false;
  let previous: Node | undefined;
  for (let i = 0; i < nodes.length && i < MAX_SIBLINGS; i++) {
    const n = nodes[i]!;
    if (n.nodeType === 3) {
      if (!labelNodes.has(n) && HAS_LETTER.test((n as Text).data)) return false;
    } else if (n.nodeType === 1) {
      if (previous?.nodeType === 1 && INLINE.has((n as Element).localName) && (/\s$/.test(previous.textContent ?? '') || /^\s/.test(n.textContent ?? ''))) return false;
      if (!repeated) {
        const key = shapeKey(n as Element);
        repeated = shapes.has(key);
        shapes.add(key);
      }
    }
    previous = n;
  }
  return repeated;
}

/** Whether nodes are several notes: a list element, two note-like elements, or items side by side. */
function listOf(nodes: ArrayLike<Node>, labelNodes: ReadonlySet<Node>): boolean {
  let notes = 0;
  for (let i = 0; i < nodes.length && i < MAX_SIBLINGS; i++) {
    const c = nodes[i]!;
    if (c.nodeType !== 1) continue;
    const tag = (c as Element).localName;
    if (LIST_TAGS.has(tag)) return true;
    if ((NOTE_TAGS.has(tag) || NOTE_CLASS.test(classOf(c as Element))) && ++notes > 1) return true;
  }
  return sideBySide(nodes, labelNodes);
}

/**
 * A note element: a note-like tag, or a note-like class on something that is not a list of notes. Single-child
 * wrappers and slots are looked through: a chip set inside a card's content box, or items slotted into it,
 * make the box a list, not one note.
 */
function isNote(el: Element, tag: string, cls: string, first: Element | null, labelNodes: ReadonlySet<Node>): boolean {
  // A paragraph or list item is one note, unless it is a row of styled tags ("<p><span class=tag>…</span>, …").
  if (NOTE_TAGS.has(tag)) return !first?.nextElementSibling || !first.hasAttribute('class') || !sideBySide(el.childNodes, labelNodes);
  if (!cls || !NOTE_CLASS.test(cls) || isEditor(el)) return false;
  let kids: ArrayLike<Node> = el.childNodes;
  let child = first;
  for (let depth = 0; child && depth < 4; depth++) {
    if (child.localName === 'slot') {
      kids = composedChildren(child);
      child = Array.from(kids).find((n): n is Element => n.nodeType === 1) ?? null;
      continue;
    }
    if (child.nextElementSibling || INLINE.has(child.localName)) break;
    if (LIST_TAGS.has(child.localName) || isEditor(child)) return false;
    kids = child.childNodes;
    child = child.firstElementChild;
  }
  return !child || !listOf(kids, labelNodes);
}

/**
 * Any descendant that is not plain inline text (a line break, a block, or something that may be an icon or a
 * control: anything with a class, a role or a label): then plain textContent would run words together or
 * keep an icon's name.
 */
let notPlain: string | undefined;

/** A note element's text: textContent (one native call) unless something inside needs the careful walk. */
function noteText(el: Element, tag: string, first: Element | null, env: Env): string {
  if (tag === 'textarea') return (el as HTMLTextAreaElement).value ?? '';
  const custom = tag.includes('-');
  if (custom && el.shadowRoot) return textOf(el, env.labelNodes);
  if (first && el.querySelector((notPlain ??= `:not(${[...INLINE].filter((t) => t !== 'a').join(',')}),[class],[role],[aria-label]`))) {
    return textOf(el, env.labelNodes);
  }
  return el.textContent ?? '';
}

/** Whitespace other than single spaces: only then is a text worth collapsing (saves a copy per note). */
const UNTIDY = /[^\S ]| {2}/;
/** A close or delete glyph standing alone, and icon-font characters (private use area): never words of a note. */
const GLYPHS = /(?:^|\s)[×✕✖✗✘⨯](?=\s|$)|[\uE000-\uF8FF]/g;
const HAS_GLYPH = /[×✕✖✗✘⨯\uE000-\uF8FF]/;

/** A note's text as kept: glyphs dropped, whitespace collapsed, trimmed, cut at the longest note carried. */
function tidy(text: string): string {
  if (HAS_GLYPH.test(text)) text = text.replace(GLYPHS, ' ');
  const t = (UNTIDY.test(text) ? text.replace(/\s+/g, ' ') : text).trim();
  return t.length > MAX_NOTE_LENGTH ? t.slice(0, MAX_NOTE_LENGTH) : t;
}

/** Collects note texts from nodes in order: inline runs between line breaks and blocks are one note each. */
class NoteReader {
  readonly notes: string[] = [];
  private line = '';
  private checked = 0;
  /** The nodes being read are items side by side: each inline element is a note of its own. */
  private items = false;
  constructor(private readonly env: Env) {}

  nodes(list: ArrayLike<Node>): this {
    const outer = this.items;
    this.items = list.length > 1 && sideBySide(list, this.env.labelNodes);
    for (let i = 0; i < list.length && this.notes.length < MAX_NOTES; i++) this.node(list[i]!);
    this.flush();
    this.items = outer;
    return this;
  }

  private push(text: string): void {
    const t = tidy(text);
    if (HAS_LETTER.test(t) && this.notes.length < MAX_NOTES) this.notes.push(t);
  }

  private flush(): void {
    if (this.line) this.push(this.line);
    this.line = '';
  }

  private node(n: Node): void {
    const env = this.env;
    const type = n.nodeType;
    if (type === 3) {
      if (!env.labelNodes.has(n)) this.line += (n as Text).data;
      return;
    }
    if (type !== 1 || env.labelNodes.has(n)) return;
    const el = n as Element;
    const tag = el.localName;
    const holdsLabel = env.labelAncestors.has(el);
    if (!holdsLabel && isControl(el)) return;
    if (INLINE.has(tag) && !holdsLabel) {
      if (el.getAttribute('aria-hidden') === 'true') return;
      if (this.items) this.flush();
      this.line += ` ${textOf(el, env.labelNodes)} `;
      if (this.items) this.flush();
      return;
    }
    this.flush();
    if (holdsLabel) {
      this.nodes(composedChildren(el));
      return;
    }
    // A form with one text field per note shows each note as a field's value.
    const field = tag === 'input' && /^(?:text|search|)$/i.test(el.getAttribute('type') ?? '');
    if ((SKIPPED.has(tag) && !field) || HEADINGS.has(tag)) return;
    const cls = el.getAttribute('class') ?? '';
    if ((cls && NOT_NOTE_CLASS.test(cls)) || el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return;
    if ((env.checkAllNotes || this.checked++ < PRECISE_NOTES) && !env.noteVisible(el)) return;
    const first = el.firstElementChild;
    // A text area on a canvas form holds one note per line.
    if (tag === 'textarea') for (const line of noteText(el, tag, first, env).split(/\n+/)) this.push(line);
    else if (field) this.push((el as HTMLInputElement).value ?? '');
    else if (isNote(el, tag, cls, first, env.labelNodes)) this.push(noteText(el, tag, first, env));
    else this.nodes(composedChildren(el));
  }
}

const union = (rects: readonly Rect[]): Rect => {
  const x = Math.min(...rects.map((r) => r.x));
  const y = Math.min(...rects.map((r) => r.y));
  const right = Math.max(...rects.map((r) => r.x + r.width));
  const bottom = Math.max(...rects.map((r) => r.y + r.height));
  return { x, y, width: right - x, height: bottom - y };
};

/** Notes inside the container, or following the label up to the next block label or heading. */
export function readStructured(label: Label, container: Element, env: Env): Region | undefined {
  const inside = new NoteReader(env).nodes(composedChildren(container)).notes;
  if (inside.length) return { notes: inside, element: container, rect: env.rect(container) };

  const level = headingLevel(container) || headingLevel(label.el) || 7;
  const after: Node[] = [];
  for (let s = container.nextSibling; s && after.length < MAX_SIBLINGS; s = s.nextSibling) {
    if (s.nodeType === 1) {
      const el = s as Element;
      const h = headingLevel(el);
      if (env.labelAncestors.has(el) || el.localName === 'hr' || (h && h <= level)) break;
    }
    after.push(s);
  }
  const notes = new NoteReader(env).nodes(after).notes;
  if (!notes.length) return undefined;
  const shown = after.filter((n): n is Element => n.nodeType === 1);
  return { notes, element: container, rect: union([container, ...shown].map((e) => env.rect(e))) };
}

/** For a label alone in a table cell: the notes in the cells below it, down to the next label cell. */
export function readTableColumn(label: Label, container: Element, env: Env): Region | undefined {
  const top = label.chain.indexOf(container);
  const cell = label.chain.find((e, i) => i <= top && (e.localName === 'td' || e.localName === 'th'));
  let table: Element | null | undefined = cell?.parentElement;
  while (table && table.localName !== 'table') table = table.parentElement;
  if (!cell || !table) return undefined;

  let rows: Element[] = [];
  for (const part of Array.from(table.children)) {
    if (part.localName === 'tr') rows.push(part);
    else if (/^t(?:head|body|foot)$/.test(part.localName)) rows.push(...Array.from(part.children).filter((r) => r.localName === 'tr'));
  }
  rows = rows.slice(0, MAX_ROWS); // a canvas is a small table; a data grid need not be mapped whole
  // The table's grid, with row and column spans, to know which cell lies below which.
  const grid: Element[][] = rows.map(() => []);
  rows.forEach((row, r) => {
    let c = 0;
    for (const td of Array.from(row.children)) {
      while (grid[r]![c]) c++;
      const rowSpan = Math.min(MAX_ROWS, Math.max(1, Number(td.getAttribute('rowspan')) || 1));
      const colSpan = Math.min(MAX_COLUMNS, Math.max(1, Number(td.getAttribute('colspan')) || 1));
      for (let dr = 0; dr < rowSpan && r + dr < rows.length; dr++) for (let dc = 0; dc < colSpan; dc++) grid[r + dr]![c + dc] = td;
      c += colSpan;
    }
  });
  const r0 = grid.findIndex((row) => row.includes(cell));
  if (r0 < 0) return undefined;
  const c0 = grid[r0]!.indexOf(cell);
  const cells: Element[] = [];
  for (let r = r0 + 1; r < rows.length; r++) {
    const below = grid[r]![c0];
    if (!below || below === cell || cells.includes(below)) continue;
    if (env.labelAncestors.has(below)) break;
    cells.push(below);
  }
  const notes = new NoteReader(env).nodes(cells).notes;
  return notes.length ? { notes, element: cell, rect: union([cell, ...cells].map((e) => env.rect(e))) } : undefined;
}

const centre = (r: Rect) => ({ x: r.x + r.width / 2, y: r.y + r.height / 2 });
const holds = (r: Rect, p: { x: number; y: number }) => p.x >= r.x && p.x <= r.x + r.width && p.y >= r.y && p.y <= r.y + r.height;

/**
 * Whiteboards: notes float in their own layer and only overlap the block on screen. The block's area is the
 * label's frame (the container, when it is much larger than the label and holds no other label) or, for a
 * label drawn alone, the area from the label to the next label on its right and the next one below it.
 * Notes are the elements with text outside every label's container whose centre lies in that area (and, when
 * `overlay` is given, that it accepts: notes drawn over a block laid out in the page's flow).
 */
export function readArea(label: Label, container: Element, others: readonly Label[], skip: ReadonlySet<Element>, env: Env, overlay?: (note: Element) => boolean): Region {
  const own = env.rect(label.el);
  const around = others.map((o) => env.rect(o.el));
  const box = env.rect(container);
  const framed = container !== label.el && box.width * box.height >= 4 * own.width * own.height && holds(box, centre(own)) && !around.some((o) => holds(box, centre(o)));
  let area: Rect;
  if (framed) area = box;
  else {
    const band = Math.max(8, own.height / 2);
    const right = Math.min(...around.filter((o) => Math.abs(o.y - own.y) <= band && o.x > own.x + band).map((o) => o.x));
    const below = around.filter((o) => o.y > own.y + band && o.x < right && o.x + o.width > own.x).map((o) => o.y);
    const bottom = Math.min(...below);
    area = { x: own.x - band, y: own.y, width: (Number.isFinite(right) ? right : Infinity) - own.x + band, height: (Number.isFinite(bottom) ? bottom : Infinity) - own.y };
  }

  const root = label.el.getRootNode() as Document | ShadowRoot;
  const start: Node | null = root.nodeType === 9 ? ((root as Document).body ?? (root as Document).documentElement) : root;
  const found: { text: string; rect: Rect }[] = [];
  const seen = new Set<Element>();
  const stack: Element[] = start ? Array.from((start as ParentNode).children).reverse() : [];
  while (stack.length && found.length < MAX_NOTES) {
    const el = stack.pop()!;
    if (skip.has(el) || env.labelNodes.has(el) || SKIPPED.has(el.localName) || el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true' || NOT_NOTE_CLASS.test(classOf(el))) continue;
    let hasText = false;
    for (let c = el.firstChild; c && !hasText; c = c.nextSibling) hasText = c.nodeType === 3 && !env.labelNodes.has(c) && /\S/.test((c as Text).data);
    if (hasText) {
      const note = noteElement(el);
      if (!seen.has(note) && !env.labelAncestors.has(note)) {
        seen.add(note);
        const rect = env.rect(note);
        if (holds(area, centre(rect)) && (!overlay || overlay(note)) && env.noteVisible(note)) {
          const text = tidy(noteText(note, note.localName, note.firstElementChild, env));
          if (HAS_LETTER.test(text)) found.push({ text, rect });
        }
      }
    }
    for (let c = el.lastElementChild; c; c = c.previousElementSibling) if (!seen.has(c)) stack.push(c);
  }
  const notes = readingOrder(found).map((n) => n.text);
  if (framed) return { notes, element: container, rect: box };
  return { notes, element: label.el, rect: union([own, ...found.map((n) => n.rect)]) };
}

/** The element a free-floating note is: the nearest note-like or positioned ancestor of its text. */
function noteElement(el: Element): Element {
  let block: Element | undefined;
  for (let e: Element | null = el, depth = 0; e && depth < 6; e = e.parentElement, depth++) {
    if (NOTE_CLASS.test(classOf(e)) || POSITIONED.test(e.getAttribute('style') ?? '')) return e;
    if (!block && !INLINE.has(e.localName)) block = e;
  }
  return block ?? el;
}

/** Top-to-bottom in rows (tops within half a note's height are one row), left-to-right within a row. */
export function readingOrder<T extends { rect: Rect }>(items: readonly T[]): T[] {
  const byTop = [...items].sort((a, b) => a.rect.y - b.rect.y);
  const rows: T[][] = [];
  let rowTop = -Infinity;
  for (const item of byTop) {
    const tolerance = Math.max(4, item.rect.height / 2);
    if (item.rect.y - rowTop > tolerance || !rows.length) {
      rows.push([]);
      rowTop = item.rect.y;
    }
    rows[rows.length - 1]!.push(item);
  }
  return rows.flatMap((row) => row.sort((a, b) => a.rect.x - b.rect.x));
}
