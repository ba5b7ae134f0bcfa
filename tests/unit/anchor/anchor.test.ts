// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { anchorAll, describeRange, textIndex } from '../../../lib/anchor';
import { article, mount, replaceOnce, spanOf } from './articles';

afterEach(() => {
  document.body.replaceChildren();
});

/** Selectors for passages of the page in `root`, described through DOM ranges as a selection would be. */
function highlight(root: HTMLElement, passages: string[]) {
  const index = textIndex(root);
  return passages.map((passage, i) => {
    const { start, end } = spanOf(index.text, passage);
    return { id: `n${i}`, ...describeRange(root, index.rangeAt(start, end)!)! };
  });
}

describe('describeRange', () => {
  it('describes a selection trimmed of the spaces around it', () => {
    const root = mount('<p>Members vote on <em>dishes</em> before they enter the menu.</p>');
    const range = document.createRange();
    range.setStart(root.querySelector('p')!.firstChild!, 7); // " vote on "
    range.setEnd(root.querySelector('em')!.nextSibling!, 7); // " before"
    expect(describeRange(root, range)).toEqual({
      quote: { exact: 'vote on dishes before', prefix: 'Members ', suffix: ' they enter the menu.' },
      position: { start: 8, end: 29 },
    });
  });

  it('describes nothing for an empty or blank selection', () => {
    const root = mount('<p>One.</p>\n   <p>Two.</p>');
    const range = document.createRange();
    range.setStart(root.querySelector('p')!.firstChild!, 1);
    expect(describeRange(root, range)).toBeUndefined();
    range.setStart(root.querySelector('p')!.firstChild!, 4);
    range.setEnd(root.querySelectorAll('p')[1]!, 0);
    expect(describeRange(root, range)).toBeUndefined();
  });

  it('describes nothing for a selection outside the root, without throwing', () => {
    const root = mount('<main><p>Article.</p></main><footer>Footer text.</footer>');
    const range = document.createRange();
    range.selectNodeContents(root.querySelector('footer')!);
    expect(describeRange(root.querySelector('main')!, range)).toBeUndefined();
  });
});

describe('anchorAll', () => {
  it('places every highlight of an article after an insertion, in the order given', () => {
    const passages = ['Members vote on dishes before they enter the menu', 'a pause keeps the door open', 'Half of the people who joined in spring'];
    const items = highlight(mount(article('meal-kit-subscribers')), passages);
    const changed = replaceOnce(article('meal-kit-subscribers'), '<h2 id="h-problem">', '<p>A new paragraph the editors added.</p><h2 id="h-problem">');
    const root = mount(changed);
    const result = anchorAll(root, items);
    expect(result.orphans).toEqual([]);
    expect(result.placed.map((p) => p.id)).toEqual(['n0', 'n1', 'n2']);
    const text = textIndex(root).text;
    expect(result.placed.map((p) => text.slice(p.start, p.end))).toEqual(passages);
    expect(result.placed.every((p) => p.method === 'exact')).toBe(true);
    expect(result.placed.map((p) => p.range.toString().replace(/\s+/g, ' '))).toEqual(passages);
  });

  it('follows how far earlier passages moved to tell identical repeats apart', () => {
    const repeats = '<p>Thank you for reading this far.</p>'.repeat(6);
    const page = (intro: string) => `<p>${intro}</p><p>Our tiers are strategic, growth and self-serve.</p>${repeats}<p>The end.</p>`;
    const before = mount(page('Intro.'));
    const index = textIndex(before);
    const third = spanOf(index.text, 'Thank you for reading this far.', 3);
    const items = [
      { id: 'tiers', ...describeRange(before, index.rangeAt(...(Object.values(spanOf(index.text, 'strategic, growth and self-serve')) as [number, number]))!)! },
      { id: 'third', ...describeRange(before, index.rangeAt(third.start, third.end)!)! },
    ];
    // 80 more characters before: the old offset of the third repeat is now nearest the first one.
    const after = mount(page('Intro. We added two sentences here. They push the rest down by eighty characters, so..'));
    const text = textIndex(after).text;
    const shift = text.indexOf('Our tiers') - index.text.indexOf('Our tiers');
    expect(shift).toBe(80);
    const placed = anchorAll(after, items).placed.find((p) => p.id === 'third');
    expect(placed).toBeDefined();
    expect(placed!.start).toBe(third.start + shift);
    expect(text.slice(placed!.start, placed!.end)).toBe('Thank you for reading this far.');
    // Alone, without the shift of the passage before it, the matcher would rather not guess.
    expect(anchorAll(after, [items[1]!]).orphans).toEqual(['third']);
  });

  it('keeps what it cannot place as orphans and never throws, whatever the items hold', () => {
    const root = mount(article('bike-workshop'));
    const broken = [
      { id: 'gone', quote: { exact: 'a sentence that was never in this article at all', prefix: '', suffix: '' }, position: { start: 5, end: 40 } },
      { id: 'nan', quote: { exact: 'Members come first.', prefix: 'x', suffix: 'y' }, position: { start: Number.NaN, end: -3 } },
      { id: 'null', quote: null, position: null },
      { id: 'blank', quote: { exact: '   ', prefix: '', suffix: '' }, position: { start: 0, end: 3 } },
      null,
      { id: 'fine', quote: { exact: 'Mentors do not fix bikes for others', prefix: '', suffix: '' }, position: { start: 0, end: 0 } },
    ] as unknown as Parameters<typeof anchorAll>[1];
    const result = anchorAll(root, broken);
    expect(result.placed.map((p) => p.id)).toEqual(['fine']);
    expect(result.orphans).toEqual(['gone', 'nan', 'null', 'blank']);
  });

  it('makes every item an orphan when the root cannot be read', () => {
    const items = [{ id: 'a', quote: { exact: 'text', prefix: '', suffix: '' }, position: { start: 0, end: 4 } }];
    expect(anchorAll(null as unknown as Node, items)).toEqual({ placed: [], orphans: ['a'] });
  });
});
