/**
 * Block titles drawn in bars. Component libraries put a card's title in a `nav`, a `header`, a toolbar, an
 * app bar or a tab strip, which on their own say "navigation". What tells a block's title bar from site
 * navigation is the structure around it: one title per bar, a content area after the bar inside the same card,
 * and the other blocks' titles in cards drawn the same way. Navigation is a list of links to other places: one
 * bar holding many labels, or bars followed by lists of links.
 */
import { isBar } from './dom';

/** A label whose place said "navigation", "menu bar" or "link", waiting for the structure to decide. */
export interface BarredLabel {
  /** The label's composed ancestors, innermost first. */
  chain: readonly Element[];
  /** Index in `chain` of the element that gave the verdict. */
  at: number;
  /** Blocks the label names (to count the other blocks' titles). */
  blocks: readonly string[];
}

/** Other blocks' titles needed in bars drawn like this one, as for any canvas label's evidence minus one. */
const SIBLINGS_NEEDED = 3;
/** A content area whose text is mostly link text is a list of places to go, not a block's notes. */
const MAX_LINK_SHARE = 0.5;

/** How a title is drawn from its text up to its card: tags and roles, so sibling cards can be compared. */
const shapeOf = (chain: readonly Element[], upTo: number) =>
  chain.slice(0, upTo + 1).map((e) => `${e.localName}[${e.getAttribute('role') ?? ''}]`).join('<');

/** Text of links against all text inside an element (textContent: cheap, and only for a few content areas). */
function mostlyLinks(el: Element): boolean {
  const total = (el.textContent ?? '').replace(/\s+/g, '').length;
  if (!total) return false;
  let links = 0;
  for (const a of Array.from(el.querySelectorAll('a[href]'))) links += (a.textContent ?? '').replace(/\s+/g, '').length;
  return links > MAX_LINK_SHARE * total;
}

/** The content area of a card after its title bar: following siblings that are not bars themselves. */
function contentAfter(bar: Element): Element[] {
  const out: Element[] = [];
  for (let s = bar.nextElementSibling; s; s = s.nextElementSibling) {
    if (s.localName !== 'style' && s.localName !== 'script' && s.localName !== 'button' && !isBar(s)) out.push(s);
  }
  return out;
}

/**
 * The title bar of a label: the highest bar from `chain[from]` up that holds no other label, in a card that
 * holds no other label either and shows something after the bar that is not a list of links. `holders`
 * counts, per element, how many labels lie inside it. Returns the bar's index in the chain, or -1.
 */
export function titleBarOf(chain: readonly Element[], from: number, holders: ReadonlyMap<Element, number>): number {
  let top = -1;
  for (let i = from; i < chain.length - 1 && (holders.get(chain[i]!) ?? 0) <= 1; i++) if (isBar(chain[i]!)) top = i;
  if (top < 0 || (holders.get(chain[top + 1]!) ?? 0) > 1) return -1;
  const content = contentAfter(chain[top]!);
  return content.length && !content.some(mostlyLinks) ? top : -1;
}

/**
 * Which barred labels are block titles after all, each with its title bar: those whose bar is a title bar
 * (titleBarOf) and whose card is drawn like the cards of enough other blocks.
 */
export function titleBars(barred: readonly BarredLabel[], holders: ReadonlyMap<Element, number>): Map<BarredLabel, Element> {
  const candidates: { label: BarredLabel; bar: Element; shape: string }[] = [];
  for (const label of barred) {
    const top = titleBarOf(label.chain, label.at, holders);
    if (top >= 0) candidates.push({ label, bar: label.chain[top]!, shape: shapeOf(label.chain, top + 1) });
  }
  const accepted = new Map<BarredLabel, Element>();
  for (const c of candidates) {
    const blocks = new Set<string>();
    for (const o of candidates) {
      if (o !== c && o.shape === c.shape) for (const b of o.label.blocks) if (!c.label.blocks.includes(b)) blocks.add(b);
    }
    if (blocks.size >= SIBLINGS_NEEDED) accepted.set(c.label, c.bar);
  }
  return accepted;
}
