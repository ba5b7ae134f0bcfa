/**
 * Fixture articles (tests/fixtures/articles) for the anchoring tests: loading them into the test document,
 * editing them the way pages change between visits, and finding a passage in them.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { collapseWhitespace } from '../../../lib/anchor/whitespace';
import { ROOT } from '../../support/files';

export type ArticleName = 'meal-kit-subscribers' | 'account-management' | 'bike-workshop';

export function article(name: ArticleName | `${ArticleName}.rewritten`): string {
  return readFileSync(join(ROOT, 'tests', 'fixtures', 'articles', `${name}.html`), 'utf8');
}

/** `html` with `from` replaced by `to`; throws unless `from` occurs exactly once, so an edit cannot silently miss. */
export function replaceOnce(html: string, from: string, to: string): string {
  const at = html.indexOf(from);
  if (at < 0 || html.indexOf(from, at + 1) >= 0) throw new Error(`expected exactly one "${from}" in the fixture`);
  return html.slice(0, at) + to + html.slice(at + from.length);
}

/** Applies edits in turn; each is [from, to] for `replaceOnce`. */
export function edited(html: string, ...edits: [string, string][]): string {
  return edits.reduce((h, [from, to]) => replaceOnce(h, from, to), html);
}

/** The whole element `<tag id="id" …>…</tag>` (no nesting of the same tag inside), for moving it around. */
export function elementHtml(html: string, tag: string, id: string): string {
  const start = html.indexOf(`<${tag} id="${id}"`);
  const end = html.indexOf(`</${tag}>`, start);
  if (start < 0 || end < 0) throw new Error(`no <${tag} id="${id}"> in the fixture`);
  return html.slice(start, end + tag.length + 3);
}

/** Moves the element with `id` to just before the element with `beforeId`. */
export function moved(html: string, tag: string, id: string, beforeId: string): string {
  const piece = elementHtml(html, tag, id);
  const without = replaceOnce(html, piece, '');
  const target = without.indexOf(` id="${beforeId}"`);
  const open = without.lastIndexOf('<', target);
  return without.slice(0, open) + piece + '\n  ' + without.slice(open);
}

/**
 * Puts `html` into the test document's body. Elements marked `data-shadow` get an open shadow root holding
 * their content (a web component rendering its own text); elements marked `data-slot` keep their children
 * and show them through a slot inside a shadow root with text of its own around it.
 */
export function mount(html: string): HTMLElement {
  document.body.innerHTML = html;
  for (const host of document.body.querySelectorAll<HTMLElement>('[data-shadow]')) {
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.innerHTML = host.innerHTML;
    host.replaceChildren();
  }
  for (const host of document.body.querySelectorAll<HTMLElement>('[data-slot]')) {
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.innerHTML = `<div class="frame"><span class="badge">Reader note:</span> <slot></slot></div>`;
  }
  return document.body;
}

/** Start and end in `text` of the `occurrence`-th (1-based) appearance of `passage`, whitespace collapsed. */
export function spanOf(text: string, passage: string, occurrence = 1): { start: number; end: number } {
  const needle = collapseWhitespace(passage);
  let at = -1;
  for (let i = 0; i < occurrence; i++) {
    at = text.indexOf(needle, at + 1);
    if (at < 0) throw new Error(`"${passage}" (occurrence ${occurrence}) is not in the article text`);
  }
  return { start: at, end: at + needle.length };
}
