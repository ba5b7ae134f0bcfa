// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import type { BlockId } from '../../../lib/catalogue/ids';
import type { Rect } from '../../../lib/detect/dom';
import { detectCanvas, type CanvasDetection } from '../../../lib/detect/detect';
import { LANGUAGES, boardOf } from './cards';
import { inlineLayout, openPage, type Page } from './pages';

let pages: Page[] = [];
afterEach(async () => {
  await Promise.all(pages.map((p) => p.close()));
  pages = [];
});
const CR: BlockId = 'customer-relationships';
const section = (t: string, n: string) => `<section class="block"><h3>${t}</h3>${n}</section>`;

async function notesOf(html: string, rect: (el: Element) => Rect = inlineLayout): Promise<string[]> {
  const page = openPage(html);
  pages.push(page);
  await page.settle();
  const result: CanvasDetection = detectCanvas(page.document, { rect });
  expect(result, JSON.stringify(result)).toMatchObject({ status: 'found' });
  return result.status === 'found' ? result.notes : [];
}
const crBoard = (notes: string, card = section, language = 'en') => boardOf(language, card, { [CR]: notes });

/** Notes written in each language, to read back as they were written. */
const WRITTEN: Record<string, [string, string, string]> = {
  en: ['Onboarding call', 'Members forum', 'Tenth coffee free'],
  de: ['Persönliche Beratung', 'Kundenforum', 'Treuepunkte'],
  fr: ['Conseiller dédié', 'Forum des membres', 'Carte de fidélité'],
  es: ['Asesor personal', 'Foro de socios', 'Tarjeta de fidelidad'],
  pt: ['Gerente de conta', 'Comunidade online', 'Programa de pontos'],
  it: ['Consulente dedicato', 'Forum dei soci', 'Carta fedeltà'],
  nl: ['Vaste adviseur', 'Ledenforum', 'Spaarkaart'],
};

/** Ways tools show a block's notes as items, whatever their display. */
const ITEMS: Record<string, (notes: readonly string[]) => string> = {
  'inline chips side by side, each with a remove icon': (n) =>
    `<div class="chip-set">${n.map((t) => `<span class="chip"><span class="chip-text">${t}</span><i class="material-icons" role="button">close</i></span>`).join(' ')}</div>`,
  'tags as links in a row': (n) => `<div class="tags">${n.map((t) => `<a class="tag" href="/tags/${encodeURIComponent(t)}">${t}</a>`).join(' · ')}</div>`,
  'pills inside a box named like a card': (n) => `<div class="card-body">${n.map((t) => `<span class="badge">${t}<a href="#" class="remove" aria-label="remove">×</a></span>`).join('')}</div>`,
  'divs inside a box named like a note list': (n) => `<div class="note-list">${n.map((t) => `<div class="line">${t}</div>`).join('')}</div>`,
  'items of a contenteditable': (n) => `<div class="notes-editor" contenteditable="true">${n.map((t) => `<div>${t}</div>`).join('')}</div>`,
  'lines of a contenteditable': (n) => `<div class="note-editor" contenteditable="true">${n.join('<br>')}</div>`,
  'paragraphs of a rich-text field': (n) => `<div role="textbox" class="sticky">${n.map((t) => `<p>${t}</p>`).join('')}</div>`,
  'lines of a text area': (n) => `<textarea>${n.join('\n')}</textarea>`,
  'text fields, one per note, beside an empty one for the next note': (n) => `${n.map((t) => `<div class="row"><input type="text" value="${t}"><button>×</button></div>`).join('')}<input placeholder="Add a note">`,
  'list items with edit and delete links': (n) => `<ul>${n.map((t) => `<li>${t} <a href="#" class="edit">edit</a> <a href="#">delete</a></li>`).join('')}</ul>`,
  'tags in a paragraph, separated by commas': (n) => `<p class="tags">${n.map((t) => `<span class="tag">${t}</span>`).join(', ')}</p>`,
  'chips a framework renders with nothing between them': (n) => `<div class="MuiStack-root">${n.map((t) => `<div class="MuiChip-root"><span class="MuiChip-label">${t}</span><svg class="MuiChip-deleteIcon"></svg></div>`).join('')}</div>`,
  'cards that open their details, under a list with an "add a card" button': (n) => `<div class="list-cards">${n.map((t, i) => `<a class="list-card" href="/c/${i}"><span class="list-card-title">${t}</span></a>`).join('')}</div><a class="open-card-composer" href="#"><span class="icon-add"></span>Add a card</a><div role="button">+ New</div>`,
  'cards with an icon and a menu button': (n) => `${n.map((t) => `<div class="card"><mat-icon>drag_indicator</mat-icon><span>${t}</span><span class="icon">more_vert</span></div>`).join('')}`,
};

describe('notes as separate items, whatever their display', () => {
  for (const [style, render] of Object.entries(ITEMS)) {
    it(`reads ${style} as one note each, in order, without icon or button text`, async () => {
      expect(await notesOf(crBoard(render(WRITTEN.en!)))).toEqual(WRITTEN.en);
    });
  }

  for (const language of LANGUAGES) {
    it(`reads chips, editor lines and text area lines in ${language}`, async () => {
      const written = WRITTEN[language]!;
      const local = (notes: string) => boardOf(language, section, { [CR]: notes });
      expect(await notesOf(local(ITEMS['inline chips side by side, each with a remove icon']!(written)))).toEqual(written);
      expect(await notesOf(local(ITEMS['lines of a contenteditable']!(written)))).toEqual(written);
      expect(await notesOf(local(ITEMS['lines of a text area']!(written)))).toEqual(written);
    });
  }

  it('reads p, li and div items a web component shows through the slot of its shadow root', async () => {
    const script = `<script>customElements.define('x-card', class extends HTMLElement { connectedCallback() {
      if (this.shadowRoot) return; const root = this.attachShadow({ mode: 'open' });
      const head = document.createElement('header'); const t = document.createElement('span'); t.textContent = this.getAttribute('heading');
      const more = document.createElement('span'); more.className = 'material-symbols-outlined'; more.textContent = 'more_horiz';
      head.append(t, more); const body = document.createElement('div'); body.className = 'card-content'; body.append(document.createElement('slot'));
      root.append(head, body); } });</script>`;
    const card = (t: string, n: string) => `<x-card heading="${t}">${n}</x-card>`;
    const html = boardOf('es', card, { [CR]: '<p>Asesor personal</p><li>Foro de socios</li><div>Tarjeta de fidelidad</div>' }, { after: script });
    expect(await notesOf(html)).toEqual(WRITTEN.es);
  });

  it('keeps a note that is one sentence with words in bold or links as one note', async () => {
    const notes = '<div class="note">Use <b>chat</b> and <b>email</b> for <a href="/help">support</a></div><div class="note"><b>Close</b> contact with buyers</div>';
    expect(await notesOf(crBoard(notes))).toEqual(['Use chat and email for support', 'Close contact with buyers']);
  });

  it('keeps a sentence an editor split into styled runs as one note', async () => {
    const runs = '<p class="c2"><span class="c1">Loyalty </span><span class="c1">card with a </span><span class="c4">free</span><span class="c1"> tenth coffee</span></p><div><span class="c1">Members </span><span class="c1">forum</span></div>';
    expect(await notesOf(crBoard(runs))).toEqual(['Loyalty card with a free tenth coffee', 'Members forum']);
  });

  it('keeps real words that look like control names when they are the note itself', async () => {
    expect(await notesOf(crBoard('<ul><li>Edit</li><li>Close the loop after every ticket</li></ul>'))).toEqual(['Edit', 'Close the loop after every ticket']);
  });

  it('strips close glyphs and icon-font characters left beside a note’s words', async () => {
    expect(await notesOf(crBoard('<div class="note">Loyalty card ×</div><div class="note">\uE5CD Help centre</div>'))).toEqual(['Loyalty card', 'Help centre']);
  });
});

describe('sticky notes placed over the block by transforms', () => {
  /** Geometry: frames from data-box (in the page's flow, no inline position), stickies from their transform. */
  const boxes = (el: Element): Rect => {
    const box = el.closest('[data-box]')?.getAttribute('data-box');
    if (box && !(el as HTMLElement).style?.transform) {
      const [x, y, width, height] = box.split(',').map(Number) as [number, number, number, number];
      return el.hasAttribute('data-box') ? { x, y, width, height } : { x, y, width: 100, height: 20 };
    }
    return inlineLayout(el);
  };
  const GRID: Record<BlockId, [number, number, number, number]> = {
    'key-partners': [0, 0, 200, 400], 'key-activities': [200, 0, 200, 200], 'key-resources': [200, 200, 200, 200],
    'value-propositions': [400, 0, 200, 400], 'customer-relationships': [600, 0, 200, 200], channels: [600, 200, 200, 200],
    'customer-segments': [800, 0, 200, 400], 'cost-structure': [0, 400, 500, 150], 'revenue-streams': [500, 400, 500, 150],
  };
  const frame = (t: string, _n: string, block: BlockId) => `<div class="zone" data-box="${GRID[block].join(',')}"><h4>${t}</h4><p class="hint">What do they expect?</p></div>`;
  const sticky = (x: number, y: number, text: string) => `<div class="sticky" style="transform: translate(${x}px, ${y}px); width: 90px; height: 60px"><span class="material-icons">push_pin</span>${text}<span class="delete" role="button">×</span></div>`;

  for (const language of ['en', 'de', 'fr', 'pt'] as const) {
    it(`reads the stickies whose centre lies in the ${language} block, top to bottom, then left to right`, async () => {
      const [a, b, c] = WRITTEN[language]!;
      const layer = `<div class="layer">${sticky(700, 120, c)}${sticky(610, 40, a)}${sticky(700, 40, b)}${sticky(820, 40, 'Segment note')}${sticky(610, 260, 'Channel note')}</div>`;
      expect(await notesOf(boardOf(language, frame, {}, { after: layer }), boxes)).toEqual([a, b, c]);
    });
  }

  it('does not take the block’s own hint text for a note when the stickies float elsewhere', async () => {
    const layer = `<div class="layer">${sticky(820, 40, 'Segment note')}</div>`;
    expect(await notesOf(boardOf('en', frame, {}, { after: layer }), boxes)).toEqual([]);
  });
});
