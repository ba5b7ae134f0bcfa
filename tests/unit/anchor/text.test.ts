// @vitest-environment happy-dom
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { textIndex } from '../../../lib/anchor/text';
import { collapseWhitespace, isInvisible, isSpace } from '../../../lib/anchor/whitespace';
import { article, mount } from './articles';

const textOf = (html: string) => textIndex(mount(html)).text;
const withoutSpaces = (s: string) => s.replace(/\s+/g, '');

afterEach(() => {
  document.body.replaceChildren();
});

describe('the text index reads a page as a reader sees it', () => {
  it('separates blocks with one space and joins inline elements without one', () => {
    expect(textOf('<p>Loyal customers stay.</p><p>Bar<em>gain</em> hunters leave.</p>')).toBe('Loyal customers stay. Bargain hunters leave.');
    expect(textOf('<ul><li>forum</li><li>chat</li></ul><h2>Next</h2>line one<br>line two')).toBe('forum chat Next line one line two');
    expect(textOf('<table><tr><td>Tier</td><td>Cost</td></tr></table>')).toBe('Tier Cost');
  });

  it('collapses every run of whitespace, non-breaking spaces included, and drops invisible characters', () => {
    expect(textOf('<p>\n   self&nbsp;&nbsp;service \t first&shy;hand&#8203;ed \n</p>  <p>  end  </p>')).toBe('self service firsthanded end');
  });

  it('leaves out scripts, styles, templates, form fields and our own UI', () => {
    const html = '<p>kept</p><script>var x = "no";</script><style>p{}</style><noscript>no</noscript><template><p>no</p></template><textarea>no</textarea><div data-crc-ui><button>Highlight</button></div><p>also kept</p>';
    expect(textOf(html)).toBe('kept also kept');
  });

  it('reads text inside open shadow roots, and slotted children where their slot is', () => {
    mount('<p>before</p><x-card></x-card><p>after</p>');
    const host = document.querySelector('x-card')!;
    host.attachShadow({ mode: 'open' }).innerHTML = '<h3>Card title</h3><p>card <slot></slot> body</p>';
    host.innerHTML = '<b>slotted words</b><span slot="nowhere">hidden</span>';
    expect(textIndex(document.body).text).toBe('before Card title card slotted words body after');
  });

  it('agrees with the whitespace rule of the matcher on every UTF-16 code unit', () => {
    const disagreements: string[] = [];
    for (let code = 0; code <= 0xffff; code++) {
      const ch = String.fromCharCode(code);
      const expected = isSpace(code) ? 'a b' : isInvisible(code) ? 'ab' : `a${ch}b`;
      if (isSpace(code) !== (/\s/.test(ch) && code !== 0xfeff) || collapseWhitespace(`a${ch}b`) !== expected) {
        disagreements.push(`U+${code.toString(16)}`);
      }
    }
    expect(disagreements).toEqual([]);
  });
});

describe('ranges and offsets', () => {
  it('builds a range over a passage spanning paragraphs and inline markup', () => {
    const index = textIndex(mount('<p>The founders watched <em>one number</em>.</p>\n<p>It climbed every month.</p>'));
    const start = index.text.indexOf('one number');
    const range = index.rangeAt(start, index.text.indexOf(' every'))!;
    expect(withoutSpaces(range.toString())).toBe(withoutSpaces('one number. It climbed'));
    expect(index.offsetsOf(range)).toEqual({ start, end: index.text.indexOf(' every') });
  });

  it('maps a selection of whole elements back to their text', () => {
    const root = mount('<p id="a">  First   paragraph. </p><p id="b">Second <a href="#">one</a>.</p>');
    const index = textIndex(root);
    const range = document.createRange();
    range.setStart(document.getElementById('b')!, 0);
    range.setEnd(document.getElementById('b')!, 3);
    const { start, end } = index.offsetsOf(range)!;
    expect(index.text.slice(start, end)).toBe('Second one.');
    range.selectNodeContents(document.getElementById('a')!);
    const first = index.offsetsOf(range)!;
    expect(index.text.slice(first.start, first.end).trim()).toBe('First paragraph.');
  });

  it('clamps a selection that starts outside the indexed element', () => {
    mount('<header>Site name</header><main><p>Article text here.</p></main>');
    const main = document.querySelector('main')!;
    const range = document.createRange();
    range.setStart(document.querySelector('header')!.firstChild!, 2);
    range.setEnd(main.querySelector('p')!.firstChild!, 7);
    const index = textIndex(main);
    expect(index.offsetsOf(range)).toEqual({ start: 0, end: 7 });
  });

  it('returns nothing for an empty or out-of-range span', () => {
    const index = textIndex(mount('<p>Short.</p>'));
    expect(index.rangeAt(3, 3)).toBeUndefined();
    expect(index.rangeAt(10, 20)).toBeUndefined();
    expect(index.rangeAt(Number.NaN, 2)).toBeUndefined();
  });

  it('covers the larger part when a span crosses into a shadow root', () => {
    mount('<p>Light text that is fairly long here.</p><x-note></x-note>');
    document.querySelector('x-note')!.attachShadow({ mode: 'open' }).innerHTML = '<p>Shadow.</p>';
    const index = textIndex(document.body);
    expect(index.text).toBe('Light text that is fairly long here. Shadow.');
    const range = index.rangeAt(index.text.indexOf('fairly'), index.text.length)!;
    // A Range cannot cross the boundary; the light-DOM part holds most of the span.
    expect(range.toString()).toBe('fairly long here.');
  });

  it('round-trips every span of a real article: the range holds the same words, offsets come back', () => {
    const index = textIndex(mount(article('account-management')));
    const text = index.text;
    fc.assert(
      fc.property(fc.nat(text.length - 1), fc.integer({ min: 1, max: 400 }), (start, length) => {
        const end = Math.min(text.length, start + length);
        const range = index.rangeAt(start, end);
        if (text.slice(start, end).trim() === '') return; // only block-edge spaces: nothing to cover
        expect(range).toBeDefined();
        expect(withoutSpaces(range!.toString())).toBe(withoutSpaces(text.slice(start, end)));
        const back = index.offsetsOf(range!)!;
        // Offsets come back exactly, except that a space at a block edge (no DOM position) is left out.
        expect(back.start).toBeGreaterThanOrEqual(start);
        expect(back.end).toBeLessThanOrEqual(end);
        expect(text.slice(start, back.start).trim()).toBe('');
        expect(text.slice(back.end, end).trim()).toBe('');
      }),
      { numRuns: 300 },
    );
  });
});
