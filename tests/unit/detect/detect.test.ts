// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { detectCanvas, mayHaveCanvas, type CanvasDetection } from '../../../lib/detect/detect';
import { inlineLayout, openFixture, openPage, type Page } from './pages';

const OTHERS = ['Key Partners', 'Key Activities', 'Key Resources', 'Value Propositions', 'Channels', 'Customer Segments', 'Cost Structure', 'Revenue Streams'];

/** A nine-box board: one section per label, its notes as sticky divs. */
function board(labels: readonly string[], notes: Record<string, string[]> = {}, extra = ''): string {
  const blocks = labels.map((label) => `<section class="block"><h3>${label}</h3>${(notes[label] ?? []).map((n) => `<div class="note">${n}</div>`).join('')}</section>`);
  return `<!doctype html><html lang="en"><head><title>Board</title></head><body>${extra}<div class="board">${blocks.join('')}</div></body></html>`;
}

let pages: Page[] = [];
const open = (html: string, url?: string) => {
  const page = openPage(html, url);
  pages.push(page);
  return page;
};
const fixture = async (file: string) => {
  const page = openFixture(file);
  pages.push(page);
  await page.settle();
  return page;
};
afterEach(async () => {
  await Promise.all(pages.map((p) => p.close()));
  pages = [];
});

const detect = (page: Page) => detectCanvas(page.document, { rect: inlineLayout });
const found = (result: CanvasDetection) => {
  expect(result.status, JSON.stringify(result.status === 'not-found' ? result.reason : '')).toBe('found');
  return result as Extract<CanvasDetection, { status: 'found' }>;
};

describe('detectCanvas', () => {
  it('finds a board a single-page app renders after loading, once it is there', async () => {
    const page = openFixture('en-spa-late.html');
    pages.push(page);
    expect(detect(page)).toMatchObject({ status: 'not-found', reason: 'no Customer Relationships label on the page' });
    await page.settle(); // the app's 300 ms timer renders the board
    expect(found(detect(page)).notes).toContain('Deposit-return loyalty points');
  });

  it('places a block inside a same-origin iframe in the top document’s coordinates', async () => {
    const result = found(detect(await fixture('en-iframe.html')));
    // The iframe sits at left 220, top 64; the block is somewhere inside it.
    expect(result.blockRect.x).toBeGreaterThanOrEqual(220);
    expect(result.blockRect.y).toBeGreaterThanOrEqual(64);
    expect(result.block.ownerDocument).not.toBe(pages[0]!.document);
  });

  it('reads a board drawn by web components inside open shadow roots, notes shown through slots', async () => {
    const result = found(detect(await fixture('en-shadow.html')));
    expect(result.block.localName).toBe('bmc-block');
    expect(result.block.shadowRoot).not.toBeNull();
  });

  it('skips iframes of another origin instead of failing', async () => {
    const page = open(board(['Customer Relationships', ...OTHERS], { 'Customer Relationships': ['Online community'] }, '<iframe id="ad"></iframe>'));
    const frame = page.document.getElementById('ad')!;
    Object.defineProperty(frame, 'contentDocument', { get: () => { throw new DOMException('Blocked a frame with origin', 'SecurityError'); } });
    expect(found(detect(page)).notes).toEqual(['Online community']);
  });

  it('never throws: an error while detecting is a not-found that says what failed', () => {
    const page = open(board(['Customer Relationships', ...OTHERS]));
    const result = detectCanvas(page.document, { rect: () => { throw new Error('layout exploded'); } });
    expect(result).toEqual({ status: 'not-found', reason: 'detection failed: layout exploded' });
  });

  it('reads whiteboard notes by where they are on screen, not by their order in the DOM', async () => {
    const page = await fixture('en-whiteboard.html');
    const before = found(detect(page)).notes;
    expect(before[0]).toBe('Dedicated account manager for clinic groups');
    // Drag the first note out of the Customer Relationships frame, into Channels.
    const sticky = [...page.document.querySelectorAll<HTMLElement>('.sticky')].find((s) => s.textContent === before[0])!;
    sticky.style.top = '330px';
    expect(found(detect(page)).notes).toEqual(before.slice(1));
  });

  it('leaves hidden notes out', () => {
    const page = open(board(['Customer Relationships', ...OTHERS], {
      'Customer Relationships': ['Self-service portal', '<span hidden>Draft idea</span>', 'Community forum'],
    }).replace('<div class="note"><span hidden>', '<div class="note" style="display:none"><span hidden>'));
    expect(found(detect(page)).notes).toEqual(['Self-service portal', 'Community forum']);
  });

  it('reads at most 500 notes, as many as the messages carry', () => {
    const many = Array.from({ length: 620 }, (_, i) => `Idea ${i + 1}: a loyalty perk`);
    const result = found(detect(open(board(['Customer Relationships', ...OTHERS], { 'Customer Relationships': many }))));
    expect(result.notes).toHaveLength(500);
    expect(result.notes[499]).toBe('Idea 500: a loyalty perk');
  });

  it('is surer the more block labels it sees', () => {
    const four = found(detect(open(board(['Customer Relationships', ...OTHERS.slice(0, 4)]))));
    const eight = found(detect(open(board(['Customer Relationships', ...OTHERS]))));
    expect(eight.confidence).toBeGreaterThan(four.confidence);
    expect(detect(open(board(['Customer Relationships', ...OTHERS.slice(0, 3)])))).toMatchObject({ status: 'not-found', reason: expect.stringMatching(/only 3 of the 8/) });
  });

  it('accepts "Customer Relations" as the block only with strong evidence, and trusts it less', () => {
    const strong = found(detect(open(board(['Customer Relations', ...OTHERS]))));
    const plain = found(detect(open(board(['Customer Relationships', ...OTHERS]))));
    expect(strong.label).toBe('Customer Relations');
    expect(strong.confidence).toBeLessThan(plain.confidence);
    expect(detect(open(board(['Customer Relations', ...OTHERS.slice(0, 5)]))).status).toBe('not-found');
  });

  it('reads an outline whose list items hold the block names and their notes', () => {
    const items = ['Customer Relationships', ...OTHERS].map((label) =>
      `<li>${label}<ul>${label === 'Customer Relationships' ? '<li>Weekly webinar for new users</li><li>Customer success manager</li>' : '<li>…tbd</li>'}</ul></li>`);
    const result = found(detect(open(`<!doctype html><html><body><ul class="outline">${items.join('')}</ul></body></html>`)));
    expect(result.notes).toEqual(['Weekly webinar for new users', 'Customer success manager']);
  });

  it('reads a table whose first column names the blocks and whose second holds the notes', () => {
    const rows = ['Customer Relationships', ...OTHERS].map((label) =>
      `<tr><th>${label}</th><td>${label === 'Customer Relationships' ? '<ul><li>Loyalty programme</li><li>Help centre</li></ul>' : 'n/a'}</td></tr>`);
    const result = found(detect(open(`<!doctype html><html><body><table>${rows.join('')}</table></body></html>`)));
    expect(result.notes).toEqual(['Loyalty programme', 'Help centre']);
  });

  it('takes a heading with an icon, a number and a counter for the label', () => {
    const page = open(board(['Customer Relationships', ...OTHERS], { 'Customer Relationships': ['Chatbot'] })
      .replace('<h3>Customer Relationships</h3>', '<h3><span class="icon">🤝</span> 4. Customer Relationships <span class="count">1</span></h3>'));
    const result = found(detect(page));
    expect(result.label).toBe('Customer Relationships');
    expect(result.notes).toEqual(['Chatbot']);
  });

  it('takes a heading whose label is followed by a subtitle, and leaves the subtitle out of the notes', () => {
    const page = open(board(['Customer Relationships', ...OTHERS], { 'Customer Relationships': ['Chatbot'] })
      .replace('<h3>Customer Relationships</h3>', '<h3>Customer Relationships <small>How do we get, keep and grow customers?</small></h3>'));
    expect(found(detect(page)).notes).toEqual(['Chatbot']);
  });

  it('does not take headings that go on as sentences for labels', () => {
    const headings = ['Customer Relationships', ...OTHERS].map((label) => `<h2><em>${label}</em> are where most plans go wrong</h2><p>Short paragraph.</p>`);
    expect(detect(open(`<!doctype html><html><body><article>${headings.join('')}</article></body></html>`))).toMatchObject({
      status: 'not-found', reason: expect.stringMatching(/running text/),
    });
  });

  it('reads a canvas form: a label and a text area per block, one note per line', () => {
    const fields = ['Customer Relationships', ...OTHERS].map((label, i) =>
      `<div class="field"><label for="f${i}">${label}</label><textarea id="f${i}">${label === 'Customer Relationships' ? 'Personal onboarding call\nUser community\n\nReferral rewards' : ''}</textarea></div>`);
    const result = found(detect(open(`<!doctype html><html><body><form>${fields.join('')}</form></body></html>`)));
    expect(result.notes).toEqual(['Personal onboarding call', 'User community', 'Referral rewards']);
  });

  it('still takes block titles that link to a help page, but not a list of links naming the blocks', () => {
    const titled = ['Customer Relationships', ...OTHERS].map((label) =>
      `<section class="block"><div class="title"><a href="/help/${encodeURIComponent(label)}">${label}</a></div><div class="note">${label === 'Customer Relationships' ? 'Help centre' : 'tbd'}</div></section>`);
    expect(found(detect(open(`<!doctype html><html><body><div class="board">${titled.join('')}</div></body></html>`))).notes).toEqual(['Help centre']);
    const menu = ['Customer Relationships', ...OTHERS].map((label) => `<li><a href="/blocks/${encodeURIComponent(label)}">${label}</a></li>`);
    expect(detect(open(`<!doctype html><html><body><ul class="links">${menu.join('')}</ul></body></html>`))).toMatchObject({
      status: 'not-found', reason: expect.stringMatching(/a link/),
    });
  });

  it('prefers the canvas over a list of links naming the same blocks', async () => {
    const result = found(detect(await fixture('en-wiki.html')));
    expect(result.block.localName).toBe('h2');
  });

  it('names the tool from the host name, the generator or class names, else "generic"', async () => {
    const html = board(['Customer Relationships', ...OTHERS]);
    expect(found(detect(open(html, 'https://app.strategyzer.com/canvas/1'))).tool).toBe('strategyzer');
    expect(found(detect(open(html, 'https://boards.example.org/b/1'))).tool).toBe('generic');
    expect(found(detect(await fixture('en-wiki.html'))).tool).toBe('confluence');
    expect(found(detect(await fixture('es-headings.html'))).tool).toBe('notion');
    expect(found(detect(await fixture('nl-grid.html'))).tool).toBe('canvaskit');
  });

  it('uses the default geometry and visibility when none are given', async () => {
    const page = await fixture('en-grid.html');
    // happy-dom lays nothing out: every element has a zero-size box, so nothing counts as shown.
    expect(detectCanvas(page.document)).toMatchObject({ status: 'not-found' });
    expect(detectCanvas(page.document, { rect: inlineLayout }).status).toBe('found');
  });
});

describe('mayHaveCanvas, the cheap first pass', () => {
  it('says no for a page without any block label', () => {
    expect(mayHaveCanvas(open('<p>We care about our <em>customers</em> and the relationships we build.</p>').document)).toBe(false);
  });

  it('says no for a single ordinary word that happens to be a block name, like a chat app’s "Channels"', () => {
    expect(mayHaveCanvas(open('<nav><h4>Channels</h4><a href="#g">general</a></nav>').document)).toBe(false);
  });

  it('says yes for a Customer Relationships label, or for labels of two blocks', () => {
    expect(mayHaveCanvas(open('<h2>Kundenbeziehungen</h2>').document)).toBe(true);
    expect(mayHaveCanvas(open('<h2>Channels</h2><h2>Key Partners</h2>').document)).toBe(true);
  });

  it('looks into shadow roots near the top and into same-origin iframes', async () => {
    expect(mayHaveCanvas((await fixture('en-shadow.html')).document)).toBe(true);
    expect(mayHaveCanvas((await fixture('en-iframe.html')).document)).toBe(true);
  });
});
