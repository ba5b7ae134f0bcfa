/**
 * Hostile text in, inert text out: whatever a draft or annotation holds, no export turns it into markup, a
 * script, an event handler or a link to anything but a web page.
 */
import fc from 'fast-check';
import { Window } from 'happy-dom';
import { afterAll, describe, expect, it } from 'vitest';
import type { ExportInput } from '../../../lib/exchange/envelope';
import { escapeHtml, markdownInline, markdownText } from '../../../lib/exchange/escape';
import { exportFile } from '../../../lib/exchange/formats';
import type { Annotation } from '../../../lib/model/annotation';
import type { Draft } from '../../../lib/model/draft';
import { annotations, drafts } from './arbitraries';
import { exportInput, PAYLOADS, retentionAnnotation } from './fixtures';

const window = new Window();
afterAll(() => window.happyDOM.close());

/** Elements that load, run or embed something; none may come out of user text. */
const ACTIVE = 'script, img, svg, math, iframe, frame, object, embed, link, base, form, input, button, video, audio, source, picture, meta[http-equiv="refresh"], template, noscript';

function parseHtml(html: string): Document {
  return new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
}

function activeParts(doc: Document): string[] {
  const found: string[] = [...doc.querySelectorAll(ACTIVE)].map((e) => `<${e.tagName.toLowerCase()}>`);
  for (const e of doc.querySelectorAll('*')) {
    for (const attr of e.getAttributeNames()) if (/^on/i.test(attr)) found.push(`${e.tagName.toLowerCase()}[${attr}]`);
  }
  for (const a of doc.querySelectorAll('[href], [src], [action], [formaction]')) {
    const url = a.getAttribute('href') ?? a.getAttribute('src') ?? a.getAttribute('action') ?? a.getAttribute('formaction') ?? '';
    if (!/^https?:\/\//.test(url)) found.push(`${a.tagName.toLowerCase()} → ${url}`);
  }
  if (doc.querySelectorAll('style').length !== 1) found.push(`${doc.querySelectorAll('style').length} style elements`);
  return found;
}

/**
 * A Markdown text read the CommonMark way for backslashes: a backslash before ASCII punctuation makes that
 * character literal. `markup` is what is left unescaped (where markup could hide), `text` what a reader sees.
 */
function readMarkdown(markdown: string): { markup: string; text: string } {
  let markup = '';
  let text = '';
  for (let i = 0; i < markdown.length; i++) {
    const next = markdown[i + 1];
    if (markdown[i] === '\\' && next !== undefined && /[!-/:-@[-`{-~]/.test(next)) {
      text += next;
      i++;
    } else {
      markup += markdown[i];
      text += markdown[i];
    }
  }
  return { markup, text };
}

/** A draft in which every text a user can type is `payload`. */
function hostileDraft(payload: string, n: number): Draft {
  const tactic = (id: string) => ({ id, text: payload, channel: payload, metric: { name: payload, target: payload } });
  return {
    id: `hostile-${n}`, title: payload, summary: payload, summaryEdited: true,
    source: { url: 'javascript:alert(1)', title: payload },
    segments: [{
      id: 'seg', name: payload, notes: payload,
      types: [{ typeId: 'community', rationale: payload }],
      grid: { get: [tactic('g')], keep: [tactic('k')], grow: [tactic('w')] },
      evidence: [{ id: 'ev', phase: 'get', quote: payload, url: 'https://example.org/a"onmouseover="alert(1)', title: payload, prefix: payload, suffix: payload }],
    }],
    comments: [{ id: 'c', target: { kind: 'draft' }, author: payload, text: payload, createdAt: '2026-11-20T09:00:00.000Z', resolved: false }],
    createdAt: '2026-11-01T08:00:00.000Z', updatedAt: '2026-11-02T08:00:00.000Z', rev: 1,
  };
}

function hostileAnnotation(payload: string, n: number): Annotation {
  return retentionAnnotation({ id: `hostile-${n}`, title: payload, quote: { exact: payload, prefix: '', suffix: '' }, tags: [payload.trim().slice(0, 60) || 'x'], note: payload });
}

const hostileInput = (): ExportInput => exportInput({ drafts: PAYLOADS.map(hostileDraft), annotations: PAYLOADS.map(hostileAnnotation), app: { name: PAYLOADS[0]!, version: PAYLOADS[1]! } });

describe('the printable page keeps hostile text as text', () => {
  it('has no active element, handler or foreign link, and shows every payload literally', () => {
    const doc = parseHtml(exportFile('html', hostileInput()).text);
    expect(activeParts(doc)).toEqual([]);
    const text = doc.body.textContent ?? '';
    for (const payload of PAYLOADS) expect(text).toContain(payload);
    // The hostile titles are text of the headings, not elements inside them.
    expect([...doc.querySelectorAll('h1')].map((h) => h.textContent)).toEqual(PAYLOADS.concat('Annotations'));
    expect(doc.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content')).toBe("default-src 'none'; style-src 'unsafe-inline'");
  });

  it('stays inert for any generated drafts and annotations', () => {
    fc.assert(
      fc.property(drafts, annotations, (ds, as) => {
        const doc = parseHtml(exportFile('html', exportInput({ drafts: ds, annotations: as })).text);
        expect(activeParts(doc)).toEqual([]);
        for (const d of ds.filter((x) => !x.deletedAt)) {
          for (const s of d.segments) for (const t of s.grid.keep) expect(doc.body.textContent).toContain(t.text || '(empty)');
        }
      }),
      { numRuns: 120 },
    );
  });

  it('escapes the five characters that matter in text and attributes', () => {
    expect(escapeHtml(`<a href="x" title='y'>&amp;</a>`)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;amp;&lt;/a&gt;');
  });
});

describe('Markdown keeps hostile text as text', () => {
  it('escapes every field, so no raw HTML, entity or foreign link survives', () => {
    const md = exportFile('markdown', hostileInput()).text;
    expect(readMarkdown(md).markup).not.toMatch(/[<&]/);
    for (const [, destination] of md.matchAll(/(?<!\\)\]\(([^)]*)\)/g)) expect(destination).toMatch(/^https?:\/\//);
    for (const payload of PAYLOADS) expect(md).toContain(markdownInline(payload));
    // A canvas address that is not a web page is shown, not linked.
    expect(md).toContain(`**Canvas:** ${markdownInline(PAYLOADS[3]!)} (javascript:alert(1))`);
  });

  it('shows any text exactly once its escapes are read (line breaks aside), with no markup left', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.constantFrom(...PAYLOADS)), (s) => {
        const inline = markdownInline(s);
        expect(readMarkdown(inline).text).toBe(s.replace(/\s*[\r\n]+\s*/g, ' ').trimStart());
        for (const line of [inline, ...markdownText(s).split('\n')]) {
          expect(readMarkdown(line).markup).not.toMatch(/[`*_[\]<>&|~$]/);
          // No line may open a block: heading, quote, list item, rule, setext underline, indented code.
          expect(line).not.toMatch(/^(\s|[#>+=*-]|\d{1,9}[.)])/);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('never links anything but web pages, for any generated drafts', () => {
    fc.assert(
      fc.property(drafts, annotations, (ds, as) => {
        const md = exportFile('markdown', exportInput({ drafts: ds, annotations: as })).text;
        expect(readMarkdown(md).markup).not.toMatch(/[<&]/);
        for (const [, destination] of md.matchAll(/(?<!\\)\]\(([^)]*)\)/g)) expect(destination).toMatch(/^https?:\/\//);
      }),
      { numRuns: 120 },
    );
  });
});

describe('JSON-LD keeps hostile text as data', () => {
  it('carries every payload as an exact string value', () => {
    const collection = JSON.parse(exportFile('jsonld', hostileInput()).text) as { first: { items: { body: { value: string }[]; target: { selector: { exact?: string }[] } }[] } };
    const items = collection.first.items;
    expect(items.map((a) => a.target.selector[0]!.exact)).toEqual(PAYLOADS);
    expect(items.map((a) => a.body[0]!.value)).toEqual(PAYLOADS);
  });
});
