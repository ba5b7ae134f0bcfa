// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import type { BlockId } from '../../../lib/catalogue/ids';
import { detectCanvas, type CanvasDetection } from '../../../lib/detect/detect';
import { LANGUAGES, boardOf, title } from './cards';
import { inlineLayout, openPage, type Page } from './pages';

let pages: Page[] = [];
afterEach(async () => {
  await Promise.all(pages.map((p) => p.close()));
  pages = [];
});
const detect = async (html: string): Promise<CanvasDetection> => {
  const page = openPage(html);
  pages.push(page);
  await page.settle();
  return detectCanvas(page.document, { rect: inlineLayout });
};
const CR: BlockId = 'customer-relationships';
const notesOf = (texts: readonly string[]) => texts.map((t) => `<li>${t}</li>`).join('');
const crNotes = { [CR]: `<ul>${notesOf(['First note', 'Second note'])}</ul>` };

/** Title bar styles component libraries use for a card, each with the card's content area after it. */
const TITLE_BARS: Record<string, (title: string, notes: string) => string> = {
  'a nav title bar': (t, n) => `<div class="card"><nav class="card-nav"><span>${t}</span><button>⋮</button></nav><div class="body">${n}</div></div>`,
  'a header with a toolbar': (t, n) => `<article><header><div role="toolbar"><span class="title">${t}</span><span class="material-icons">edit</span></div></header><section>${n}</section></article>`,
  'an app bar whose title links to the block page': (t, n) => `<div class="panel"><nav class="app-bar"><a href="/board/7/${encodeURIComponent(t)}">${t}</a></nav><div class="content">${n}</div></div>`,
  'a tab strip whose first tab is the title': (t, n) => `<div class="pane"><div role="tablist"><a role="tab" href="#a-${t.length}">${t}</a><a role="tab" href="#b-${t.length}">History</a></div><div role="tabpanel">${n}</div></div>`,
  'Bootstrap card-header tabs': (t, n) => `<div class="card"><div class="card-header"><ul class="nav nav-tabs"><li class="nav-item"><a class="nav-link active" href="#">${t}</a></li><li class="nav-item"><a class="nav-link" href="#">Comments</a></li></ul></div><div class="card-body">${n}</div></div>`,
  'a CSS-in-JS card header with a subheader and an icon button': (t, n) => `<style>.MuiCardHeader-title, .MuiCardHeader-subheader { display: block }</style><div class="MuiPaper-root MuiCard-root"><div class="MuiCardHeader-root"><div class="MuiCardHeader-content"><span class="MuiCardHeader-title">${t}</span><span class="MuiCardHeader-subheader">How do we keep them?</span></div><div class="MuiCardHeader-action"><button><svg></svg></button></div></div><div class="MuiCardContent-root">${n}</div></div>`,
  'a menu bar': (t, n) => `<div class="widget"><div role="menubar"><span>${t}</span></div><div class="widget-body">${n}</div></div>`,
};

describe('block titles in title bars', () => {
  for (const [style, card] of Object.entries(TITLE_BARS)) {
    it(`reads a board whose cards show their title in ${style}, without the bar's tabs and icons as notes`, async () => {
      const result = await detect(boardOf('en', card, crNotes));
      expect(result, JSON.stringify(result)).toMatchObject({ status: 'found', label: 'Customer Relationships', notes: ['First note', 'Second note'] });
    });
  }

  for (const language of LANGUAGES) {
    it(`reads card title bars in ${language}`, async () => {
      const result = await detect(boardOf(language, TITLE_BARS['a nav title bar']!, crNotes));
      expect(result).toMatchObject({ status: 'found', language, label: title(language, CR), notes: ['First note', 'Second note'] });
    });
  }

  it('leaves what else a card header shows (a guiding question, a counter, a menu link) out of the notes', async () => {
    const card = (t: string, n: string) => `<div class="card"><div class="card-header"><h3>${t}</h3><p class="sub">What do they expect from us?</p><a href="/menu">Options</a></div><div class="card-body">${n}</div></div>`;
    expect(await detect(boardOf('pt', card, crNotes))).toMatchObject({ status: 'found', language: 'pt', notes: ['First note', 'Second note'] });
  });

  it('reads an empty block whose card has a content area but no notes yet', async () => {
    expect(await detect(boardOf('de', TITLE_BARS['a nav title bar']!))).toMatchObject({ status: 'found', language: 'de', notes: [] });
  });
});

describe('navigation stays navigation', () => {
  it('keeps one navigation bar naming every block a table of contents', async () => {
    const links = (['key-partners', CR, 'channels', 'customer-segments', 'revenue-streams', 'key-activities'] as const)
      .map((b) => `<a href="#${b}">${title('en', b)}</a>`).join('');
    expect(await detect(`<!doctype html><html><body><nav class="toolbar">${links}</nav><p>Text.</p></body></html>`)).toMatchObject({
      status: 'not-found', reason: expect.stringContaining('navigation or a table of contents'),
    });
  });

  it('keeps a course menu navigation: one bar per module, but lists of links to lessons after each', async () => {
    const module = (t: string) => `<section class="module"><nav class="module-bar"><span>${t}</span></nav><ul><li><a href="/l/1">Lesson one about ${t}</a></li><li><a href="/l/2">Quiz</a></li></ul></section>`;
    expect(await detect(boardOf('fr', module))).toMatchObject({ status: 'not-found', reason: expect.stringContaining('navigation or a table of contents') });
  });

  it('keeps bars with nothing after them (a menu of block pages) navigation', async () => {
    const item = (t: string) => `<div class="item"><nav><a href="/blocks/${encodeURIComponent(t)}">${t}</a></nav></div>`;
    expect(await detect(boardOf('es', item))).toMatchObject({ status: 'not-found', reason: expect.stringContaining('navigation or a table of contents') });
  });

  it('keeps a title bar that holds two block titles navigation', async () => {
    const pair = (a: BlockId, b: BlockId) => `<div class="card"><nav><span>${title('en', a)}</span> <span>${title('en', b)}</span></nav><div class="body">Notes</div></div>`;
    const html = `<!doctype html><html><body>${pair(CR, 'channels')}${pair('key-partners', 'key-activities')}${pair('key-resources', 'value-propositions')}${pair('customer-segments', 'cost-structure')}</body></html>`;
    expect((await detect(html)).status).toBe('not-found');
  });

  it('needs the other blocks in bars drawn the same way: three feature cards are not a canvas', async () => {
    const html = boardOf('en', TITLE_BARS['a nav title bar']!, crNotes, { blocks: [CR, 'channels', 'key-partners'] });
    expect(await detect(html)).toMatchObject({ status: 'not-found' });
  });

  it('keeps tooltips and hidden help inside title bars out, whatever the bar', async () => {
    const tooltip = (t: string, n: string) => `<div class="card"><nav><span role="tooltip">${t}</span></nav><div class="body">${n}</div></div>`;
    expect(await detect(boardOf('it', tooltip, crNotes))).toMatchObject({ status: 'not-found', reason: expect.stringContaining('a tooltip') });
    const hidden = (t: string, n: string) => `<div class="card"><nav hidden><span>${t}</span></nav><div class="body">${n}</div></div>`;
    expect(await detect(boardOf('nl', hidden, crNotes))).toMatchObject({ status: 'not-found', reason: expect.stringContaining('hidden') });
  });
});
