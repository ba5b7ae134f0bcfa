/**
 * The cheap pass over a page: one TreeWalker over the text of each document or open shadow root, testing each
 * text node with `mightBeLabel` (a length check, then a hash of its first word; normalised only when that
 * word begins a label). Most of the web stops here.
 */
import { MAX_LABEL_TEXT, mightBeLabel } from './labels';
import { isOwnUi } from '../own-ui';

export interface PageText {
  /** Text nodes whose whole text is a label of some vocabulary or of another canvas. */
  hits: Text[];
  /** Same-origin iframe documents reached, each with the iframe element that shows it. */
  frames: Map<Document, Element>;
  /** Documents and shadow roots walked. */
  scopes: Set<Document | ShadowRoot>;
  /** Text nodes visited: a page with few keeps its content elsewhere (shadow roots the quick look missed). */
  texts: number;
}

const SHOW_TEXT = 4;
const MAX_HITS = 400;
const MAX_SCOPES = 200;
const MAX_FRAME_DEPTH = 3;
/** How far the quick look for shadow hosts goes below <body>: app shells put their root component there. */
const SHALLOW_DEPTH = 3;
const SHALLOW_ELEMENTS = 150;

/**
 * Walks the page's text: the document, open shadow roots (hosts found by a quick look near the top of each
 * document; inside shadow roots, every element is looked at, which only pages that use them pay for) and
 * same-origin iframes (cross-origin ones are skipped). `stop` ends the walk early when it returns true for a hit.
 */
export function scanPage(doc: Document, stop?: (hit: Text) => boolean): PageText {
  const page: PageText = { hits: [], frames: new Map(), scopes: new Set(), texts: 0 };
  walkScopes(page, [doc], false, stop);
  return page;
}

/**
 * Walks the open shadow roots that a look at every element of the walked documents finds beyond the quick one
 * (a full pass over elements: only for pages that show signs of a canvas). True when it found new ones.
 */
export function scanDeeper(page: PageText, stop?: (hit: Text) => boolean): boolean {
  const before = page.scopes.size;
  const found: ShadowRoot[] = [];
  for (const scope of page.scopes) {
    if (scope.nodeType === 9) found.push(...shadowRoots(scope, true).filter((r) => !page.scopes.has(r)));
  }
  walkScopes(page, found, true, stop);
  return page.scopes.size > before;
}

function walkScopes(page: PageText, start: (Document | ShadowRoot)[], deep: boolean, stop?: (hit: Text) => boolean): void {
  const queue = [...start];
  while (queue.length && page.scopes.size < MAX_SCOPES) {
    const scope = queue.shift()!;
    if (page.scopes.has(scope)) continue;
    page.scopes.add(scope);
    const isDoc = scope.nodeType === 9;
    const doc = isDoc ? (scope as Document) : scope.ownerDocument!;
    const top = isDoc ? (doc.body ?? doc.documentElement) : scope;
    if (!top) continue;
    const walker = doc.createTreeWalker(top, SHOW_TEXT);
    let texts = 0;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      texts++;
      // One read of the text, and the length test inline: most text nodes end here, without a call.
      const text = (node as Text).data;
      if (text.length < 2 || text.length > MAX_LABEL_TEXT || !mightBeLabel(text) || page.hits.length >= MAX_HITS) continue;
      page.hits.push(node as Text);
      if (stop?.(node as Text)) {
        page.texts += texts;
        return;
      }
    }
    page.texts += texts;
    queue.push(...shadowRoots(scope, deep || !isDoc), ...frameDocuments(page, scope));
  }
}

/** Open shadow roots below `scope`: all of them when `deep`, else those near the top of the document. */
function shadowRoots(scope: Document | ShadowRoot, deep: boolean): ShadowRoot[] {
  const out: ShadowRoot[] = [];
  const take = (el: Element) => {
    const root = el.shadowRoot;
    if (root && !isOwnUi(el)) out.push(root);
  };
  if (deep) {
    for (const el of Array.from(scope.querySelectorAll('*'))) take(el);
    return out;
  }
  const body = (scope as Document).body;
  let level: Element[] = body ? [body] : [];
  let seen = 0;
  for (let depth = 0; depth <= SHALLOW_DEPTH && level.length; depth++) {
    const next: Element[] = [];
    for (const el of level) {
      take(el);
      for (let c = el.firstElementChild; c && seen < SHALLOW_ELEMENTS; c = c.nextElementSibling, seen++) next.push(c);
    }
    level = next;
  }
  return out;
}

/** Documents of same-origin iframes (cross-origin ones answer null or throw: skipped). */
function frameDocuments(page: PageText, scope: Document | ShadowRoot): Document[] {
  const doc = scope.nodeType === 9 ? (scope as Document) : scope.ownerDocument!;
  let depth = 0;
  for (let d: Document | undefined = doc; d && depth <= MAX_FRAME_DEPTH; d = page.frames.get(d)?.ownerDocument) depth++;
  if (depth > MAX_FRAME_DEPTH) return [];
  const out: Document[] = [];
  // A document's live collection is cached by the browser: no walk over the page on every scan.
  const frames = scope.nodeType === 9 ? doc.getElementsByTagName('iframe') : scope.querySelectorAll('iframe');
  for (let i = 0; i < frames.length; i++) {
    const frame = frames[i]!;
    try {
      const inner = (frame as HTMLIFrameElement).contentDocument;
      if (inner && !page.frames.has(inner) && inner !== doc) {
        page.frames.set(inner, frame);
        out.push(inner);
      }
    } catch {
      // SecurityError: another origin's document is not ours to read
    }
  }
  return out;
}
