/**
 * DOM knowledge detection relies on: the composed tree (open shadow roots, same-origin iframes), the places
 * whose text is no canvas (hidden, tooltips, placeholders, navigation, links, menus), visibility, and the
 * text of an element as a reader sees it. Works on any passed-in node; no globals.
 */

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Elements that flow inside a line of text: a label split across them is still one label. */
export const INLINE = new Set([
  'a', 'abbr', 'b', 'bdi', 'bdo', 'cite', 'code', 'data', 'dfn', 'em', 'font', 'i', 'kbd', 'label', 'mark', 'q',
  's', 'samp', 'small', 'span', 'strong', 'sub', 'sup', 'time', 'u', 'var', 'tspan',
]);

/** Elements whose text no reader sees as content. */
const SILENT = new Set(['script', 'style', 'noscript', 'template', 'button', 'select', 'title', 'desc']);

/** Where text is not a canvas label whatever it says, by tag and by role. */
const NOT_CANVAS_TAGS: Record<string, string> = {
  script: 'script', style: 'script', noscript: 'script', template: 'script', title: 'script', head: 'script',
  select: 'a form control', option: 'a form control', datalist: 'a form control', textarea: 'a form control',
  nav: 'navigation or a table of contents', menu: 'a menu',
};
const NOT_CANVAS_ROLES: Record<string, string> = {
  tooltip: 'a tooltip', navigation: 'navigation or a table of contents', 'doc-toc': 'navigation or a table of contents',
  menu: 'a menu', menubar: 'a menu', menuitem: 'a menu', listbox: 'a menu', option: 'a menu',
};
/** Class names of tooltips, placeholders, tables of contents and screen-reader-only text. */
const NOT_CANVAS_CLASSES: readonly [RegExp, string][] = [
  [/tooltip/i, 'a tooltip'],
  [/placeholder/i, 'a placeholder'],
  [/(?:^|[\s_-])(?:toc|table-of-contents)(?:$|[\s_-])/i, 'navigation or a table of contents'],
  [/(?:^|[\s_-])(?:sr-only|visually-hidden|screen-reader-text)(?:$|[\s_-])/i, 'hidden'],
];
const PLACEHOLDER_ATTRIBUTES = ['placeholder', 'data-placeholder', 'aria-placeholder'];

export const classOf = (el: Element): string => el.getAttribute('class') ?? '';

/** The parent in the composed tree: across shadow roots to their host and across iframes to the iframe. */
export function composedParent(el: Element, frames: ReadonlyMap<Document, Element>): Element | null {
  const parent = el.parentElement;
  if (parent) return parent;
  const node = el.parentNode;
  if (node?.nodeType === 11) return (node as ShadowRoot).host ?? null;
  if (node?.nodeType === 9) return frames.get(node as Document) ?? null;
  return null;
}

/** `el` and its composed ancestors, innermost first. */
export function chainOf(el: Element, frames: ReadonlyMap<Document, Element>): Element[] {
  const chain: Element[] = [];
  for (let e: Element | null = el; e && chain.length < 400; e = composedParent(e, frames)) chain.push(e);
  return chain;
}

/** What a node shows as children: its open shadow tree, a slot's assigned nodes, else its children. */
export function composedChildren(el: Element): ArrayLike<Node> {
  if (el.shadowRoot) return el.shadowRoot.childNodes;
  if (el.localName === 'slot') {
    const assigned = (el as HTMLSlotElement).assignedNodes?.({ flatten: true });
    if (assigned?.length) return assigned;
  }
  return el.childNodes;
}

/** Why text at a place is not a canvas label, and which element of its chain says so. */
export interface NotCanvas {
  reason: string;
  /** Index in the chain of the element that decided. */
  at: number;
  /**
   * The reason is one a block's own title bar also gives (navigation, a menu bar, a link such as a tab): the
   * structure around the label may still show it is a canvas label (see bars.ts).
   */
  bar: boolean;
}

/** Tags and roles whose "not a canvas" verdict a repeated block title bar can overturn. */
const BAR_VERDICT_TAGS = new Set(['nav', 'menu']);
const BAR_VERDICT_ROLES = new Set(['navigation', 'menubar']);

/**
 * Why text at this place is not a canvas label (hidden by markup, a tooltip, a placeholder, navigation or a
 * table of contents, a link, a menu), or undefined when nothing says so. `chain` runs from the label's element
 * up; `key` is the label's comparable form, to spot an editor showing its placeholder as text.
 */
export function notCanvasReason(chain: readonly Element[], key: string, keyOf: (text: string) => string): NotCanvas | undefined {
  let link = -1;
  let listed = false;
  let heading = false;
  // A verdict a title bar can overturn is kept while the chain is read on: a firmer one above it (hidden, a
  // tooltip, a closed dialog) wins.
  let barVerdict: NotCanvas | undefined;
  for (let i = 0; i < chain.length; i++) {
    const el = chain[i]!;
    const tag = el.localName;
    const role = el.getAttribute('role') ?? '';
    const byTag = NOT_CANVAS_TAGS[tag];
    if (byTag && !BAR_VERDICT_TAGS.has(tag)) return { reason: byTag, at: i, bar: false };
    if (byTag) barVerdict ??= { reason: byTag, at: i, bar: true };
    const byRole = NOT_CANVAS_ROLES[role];
    if (byRole && !BAR_VERDICT_ROLES.has(role)) return { reason: byRole, at: i, bar: false };
    if (byRole) barVerdict ??= { reason: byRole, at: i, bar: true };
    if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return { reason: 'hidden', at: i, bar: false };
    if (tag === 'dialog' && !el.hasAttribute('open')) return { reason: 'a closed dialog', at: i, bar: false };
    if (tag === 'details' && !el.hasAttribute('open') && chain[i - 1]?.localName !== 'summary') return { reason: 'hidden', at: i, bar: false };
    if (i < 6) {
      const cls = classOf(el);
      const byClass = cls ? NOT_CANVAS_CLASSES.find(([pattern]) => pattern.test(cls)) : undefined;
      if (byClass) return { reason: byClass[1], at: i, bar: false };
    }
    if (i < 3 && PLACEHOLDER_ATTRIBUTES.some((a) => {
      const value = el.getAttribute(a);
      return value !== null && keyOf(value) === key;
    })) return { reason: 'a placeholder', at: i, bar: false };
    if (tag === 'a' && link < 0 && el.getAttribute('href')?.startsWith('#')) link = i;
    if (tag === 'a' && el.hasAttribute('href') && chain.some((e) => e.localName === 'li')) {
      listed = true;
      if (link < 0) link = i;
    }
    if (/^h[1-6]$/.test(tag) || role === 'heading') heading = true;
  }
  // In-page links and lists of links naming blocks are tables of contents and menus; a heading's own anchor
  // link is still a heading, and a block title that links elsewhere (to help, say) is still a title.
  return barVerdict ?? (link >= 0 && !heading ? { reason: 'a link', at: link, bar: true } : undefined);
}

/** Tags, roles and class names of bars: site navigation, app bars, toolbars, card headers, tab strips. */
const BAR_TAGS = new Set(['nav', 'header', 'menu']);
const BAR_ROLES = new Set(['navigation', 'toolbar', 'menubar', 'tablist', 'banner']);
const BAR_CLASS = /(?:^|[\s_-])(?:nav|navbar|toolbar|app-?bar|title-?bar|header|head|tabs|tab-?bar|tablist)(?:$|[\s_-])/i;
/** The same words ending a camel-cased class name of a CSS-in-JS library ("MuiCardHeader-root"). */
const BAR_CAMEL = /[a-z](?:Header|Head|Toolbar|AppBar|TitleBar|NavBar|Nav|Tabs|TabBar)(?:$|[\s_-])/;

/** Whether an element is drawn as a bar (navigation, toolbar, app bar, card header, tab strip). */
export function isBar(el: Element): boolean {
  if (BAR_TAGS.has(el.localName) || BAR_ROLES.has(el.getAttribute('role') ?? '')) return true;
  const cls = classOf(el);
  return !!cls && (BAR_CLASS.test(cls) || BAR_CAMEL.test(cls));
}

/** Class names of icon fonts and icon components: their text is a ligature ("edit", "more_vert"), not words. */
const ICON_CLASS = /(?:^|[\s_-])(?:icons?|symbols?|glyph|glyphicon|fa|fas|far|bi|mdi|codicon)(?:$|[\s_-])/i;
/** Class names of controls placed inside a note (edit, remove, close) or under a block's notes (add one). */
const ACTION_CLASS = /(?:^|[\s_-])(?:btn|button|actions?|close|remove|delete|dismiss|edit|trailing|add|composer)(?:$|[\s_-])/i;
/** What a button that adds a note says ("+ Add a card", "Karte hinzufügen", "Nouvelle note"), in few words. */
const ADD_CONTROL = /^\+|(?:^|\s)(?:add|new|create|hinzufügen|neu|neue|ajouter|nouvelle|nouveau|añadir|agregar|nueva|nuevo|adicionar|novo|nova|aggiungi|nuovo|nuova|toevoegen|nieuw|nieuwe)(?:\s|$)/i;
/** What such controls say, in the vocabularies' languages. */
const CONTROL_WORDS = new Set([
  'edit', 'close', 'delete', 'remove', 'more', 'options', 'menu', 'drag', 'x', 'bearbeiten', 'löschen', 'entfernen',
  'schließen', 'modifier', 'supprimer', 'fermer', 'retirer', 'editar', 'eliminar', 'borrar', 'cerrar', 'quitar',
  'excluir', 'fechar', 'remover', 'modifica', 'elimina', 'chiudi', 'rimuovi', 'bewerken', 'verwijderen', 'sluiten',
]);
const LIGATURE = /^[a-z][a-z0-9_]{1,40}$/;
const HAS_LETTER = /\p{L}/u;

/**
 * Whether an element inside a note or a title is a control or an icon rather than words: an icon font's
 * ligature ("more_vert"), a pressable glyph ("×"), or a button-like element saying "edit", "close"…
 */
export function isControl(el: Element): boolean {
  const tag = el.localName;
  const role = el.getAttribute('role');
  const cls = classOf(el);
  const icon = tag.includes('icon') || (!!cls && ICON_CLASS.test(cls));
  const pressable = role === 'button' || role === 'menuitem' || (!!cls && ACTION_CLASS.test(cls)) || tag === 'a' || el.hasAttribute('aria-label');
  if (!icon && !pressable) return false;
  const text = (el.textContent ?? '').trim();
  if (!HAS_LETTER.test(text)) return true;
  if (icon && LIGATURE.test(text)) return true;
  if (!pressable) return false;
  if (CONTROL_WORDS.has(text.toLowerCase())) return true;
  // A bare link may be a note (a card that opens its details); a button or a control's class says "control".
  const button = role === 'button' || (!!cls && ACTION_CLASS.test(cls));
  return button && text.split(/\s+/).length <= 4 && ADD_CONTROL.test(text);
}

/** Shown: not display:none/visibility:hidden here or above, and not of zero size. */
export function defaultVisible(el: Element, rect: (el: Element) => Rect): boolean {
  return styleVisible(el) && ((r) => r.width > 0 || r.height > 0)(rect(el));
}

/** The style part of visibility alone, without layout geometry (cheaper; used for notes). */
export function styleVisible(el: Element): boolean {
  const check = (el as Element & { checkVisibility?: (options?: object) => boolean }).checkVisibility;
  const view = el.ownerDocument.defaultView;
  if (typeof check === 'function') {
    if (check.call(el, { visibilityProperty: true })) return true;
    // Slots and other display:contents wrappers have no box of their own: their parent decides.
    const parent = el.parentElement ?? (el.parentNode as ShadowRoot | null)?.host;
    return !!parent && view?.getComputedStyle(el).display === 'contents' && styleVisible(parent);
  }
  if (!view) return true;
  if (view.getComputedStyle(el).visibility === 'hidden') return false;
  for (let e: Element | null = el; e; e = e.parentElement) if (view.getComputedStyle(e).display === 'none') return false;
  return true;
}

export function boundingRect(el: Element): Rect {
  const r = el.getBoundingClientRect();
  return { x: r.left, y: r.top, width: r.width, height: r.height };
}

/** The text of a node as read: blocks and line breaks separate words; hidden, script, button and icon text left out. */
export function textOf(node: Node, skip?: ReadonlySet<Node>): string {
  return rawText(node, skip).replace(/\s+/g, ' ').trim();
}

function rawText(node: Node, skip?: ReadonlySet<Node>): string {
  if (skip?.has(node)) return '';
  if (node.nodeType === 3) return (node as Text).data;
  if (node.nodeType !== 1) return '';
  const el = node as Element;
  const tag = el.localName;
  if (SILENT.has(tag) || el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return '';
  if (tag === 'br') return ' ';
  let inner: string;
  if (tag === 'textarea' || tag === 'input') inner = (el as HTMLTextAreaElement).value ?? '';
  else if (!el.firstElementChild && !el.shadowRoot && tag !== 'slot') inner = el.textContent ?? '';
  else {
    inner = '';
    const kids = composedChildren(el);
    for (let i = 0; i < kids.length; i++) {
      const kid = kids[i]!;
      if (kid.nodeType !== 1 || !isControl(kid as Element)) inner += rawText(kid, skip);
    }
  }
  return INLINE.has(tag) ? inner : ` ${inner} `;
}

/** Heading level of an element or of the single-child wrapper it is (Notion wraps headings in divs), else 0. */
export function headingLevel(el: Element): number {
  for (let e: Element | null = el, depth = 0; e && depth < 4; e = e.childElementCount === 1 ? e.firstElementChild : null, depth++) {
    const m = /^h([1-6])$/.exec(e.localName);
    if (m) return Number(m[1]);
    if (e.getAttribute('role') === 'heading') return Number(e.getAttribute('aria-level')) || 2;
  }
  return 0;
}
