// @vitest-environment happy-dom
/** Our injected UI carries one mark, and detection, anchoring and the page watcher all skip what carries it. */
import { afterEach, describe, expect, it } from 'vitest';
import { createChip } from '../../components/chip/chip';
import { createReaderUi } from '../../components/reader/ui';
import { textIndex } from '../../lib/anchor/text';
import { mayHaveCanvas } from '../../lib/detect/detect';
import { OWN_UI_ATTRIBUTE, isOwnUi } from '../../lib/own-ui';
import { openPage, type Page } from './detect/pages';

let pages: Page[] = [];
afterEach(async () => {
  await Promise.all(pages.map((p) => p.close()));
  pages = [];
  document.body.replaceChildren();
  for (const host of document.documentElement.querySelectorAll('crc-chip, crc-reader')) host.remove();
});

/** A page whose only canvas label is inside an open shadow root under `<div id="host">`. */
function pageWithLabelInShadow(marked: boolean): Document {
  const page = openPage('<!doctype html><html><body><main><div id="host"></div></main></body></html>');
  pages.push(page);
  const host = page.document.getElementById('host')!;
  if (marked) host.setAttribute(OWN_UI_ATTRIBUTE, '');
  const heading = page.document.createElement('h2');
  heading.textContent = 'Customer Relationships';
  host.attachShadow({ mode: 'open' }).append(heading);
  return page.document;
}

describe('our own UI', () => {
  it('is marked on the chip and on the reader, and on nothing of the page', () => {
    createChip({ onOpenDraft: async () => '' });
    createReaderUi({ onSave: async () => ({ ok: true, message: '' }), onEdit: () => {} });
    const hosts = [...document.documentElement.children].filter((e) => e.localName.startsWith('crc-'));
    expect(hosts.map((h) => h.localName).sort()).toEqual(['crc-chip', 'crc-reader']);
    expect(hosts.every(isOwnUi)).toBe(true);
    expect(isOwnUi(document.createElement('crc-chip'))).toBe(false); // a page's own element of that name is page content
    expect(isOwnUi(document.createTextNode('text'))).toBe(false);
  });

  it('is not read by detection', () => {
    expect(mayHaveCanvas(pageWithLabelInShadow(false))).toBe(true);
    expect(mayHaveCanvas(pageWithLabelInShadow(true))).toBe(false);
  });

  it('is not part of the text highlights are anchored in', () => {
    document.body.innerHTML = '<p>Members who post stay longer.</p>';
    createChip({ onOpenDraft: async () => '' });
    const marked = document.createElement('div');
    marked.setAttribute(OWN_UI_ATTRIBUTE, '');
    marked.textContent = 'Highlight Annotate';
    document.body.append(marked);
    expect(textIndex(document).text.trim()).toBe('Members who post stay longer.');
  });
});
