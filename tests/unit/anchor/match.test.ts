import fc from 'fast-check';
import { describe as group, expect, it } from 'vitest';
import { describe, locate } from '../../../lib/anchor/match';
import { collapseWhitespace } from '../../../lib/anchor/whitespace';

const ARTICLE = [
  'Customer relationships describe the kind of contact a company keeps with each segment it serves.',
  'Some firms automate almost everything: a help centre, a chatbot and an app that lets people change their plan.',
  'Others assign a named manager to each large client, who calls before problems grow and joins planning meetings.',
  'Communities sit between the two: members answer each other, and the company listens in.',
  'Loyal customers return. Loyal customers also bring friends, which costs the company nothing.',
].join(' ');

/** Selectors for the `occurrence`-th appearance of `passage` in `text`. */
function selectorsFor(text: string, passage: string, occurrence = 1) {
  let at = -1;
  for (let i = 0; i < occurrence; i++) at = text.indexOf(passage, at + 1);
  if (at < 0) throw new Error(`no "${passage}"`);
  return describe(text, at, at + passage.length);
}

const found = (text: string, result: ReturnType<typeof locate>) => (result ? text.slice(result.start, result.end) : undefined);

group('describe', () => {
  it('keeps up to 32 characters of context on each side, fewer at the edges of the text', () => {
    const sel = selectorsFor(ARTICLE, 'a chatbot');
    expect(sel.quote.prefix).toBe(ARTICLE.slice(sel.position.start - 32, sel.position.start));
    expect(sel.quote.suffix).toHaveLength(32);
    expect(describe('Short text', 0, 5).quote).toEqual({ exact: 'Short', prefix: '', suffix: ' text' });
    expect(describe('Short text', -4, 99).position).toEqual({ start: 0, end: 10 });
  });
});

group('locate', () => {
  it('trusts the stored position when the quote and its context are still there', () => {
    const sel = selectorsFor(ARTICLE, 'joins planning meetings');
    expect(locate(ARTICLE, sel)).toMatchObject({ ...sel.position, method: 'position', score: 1 });
  });

  it('finds the quote again after text was inserted before it', () => {
    const sel = selectorsFor(ARTICLE, 'members answer each other');
    const changed = `A new opening paragraph about pricing. ${ARTICLE}`;
    const result = locate(changed, sel);
    expect(result).toMatchObject({ method: 'exact' });
    expect(result!.start).toBe(sel.position.start + 'A new opening paragraph about pricing. '.length);
  });

  it('finds a quote with a word changed, with its new wording', () => {
    const sel = selectorsFor(ARTICLE, 'who calls before problems grow and joins planning meetings');
    const changed = ARTICLE.replace('before problems grow', 'before trouble grows');
    const result = locate(changed, sel);
    expect(result?.method).toBe('fuzzy');
    expect(found(changed, result)).toBe('who calls before trouble grows and joins planning meetings');
  });

  it('lets the context decide between repeats, whatever the stored position says', () => {
    const second = selectorsFor(ARTICLE, 'Loyal customers', 2);
    const moved = ARTICLE.replace('Loyal customers return. ', '') + ' Loyal customers return.';
    const result = locate(moved, second);
    expect(found(moved, result)).toBe('Loyal customers');
    expect(moved.slice(result!.end, result!.end + 10)).toBe(' also brin');
  });

  it('breaks ties between identical repeats by closeness to the expected position', () => {
    const text = `Intro. ${'Thank you for reading this far. '.repeat(6)}The end.`;
    const third = selectorsFor(text, 'Thank you for reading this far.', 3);
    // Shifted by less than half the period, so the old position is still nearest the third repeat.
    const shifted = `Hi. ${text}`;
    expect(locate(shifted, third)).toMatchObject({ start: third.position.start + 4, method: 'exact' });
  });

  it('does not trust the stored position when another repeat, in other words, now sits there', () => {
    const text = 'Members come first, says the sign. Volunteers teach. Members come first, so they book benches online.';
    const second = selectorsFor(text, 'Members come first', 2);
    // The first sentence grew by exactly the distance between the repeats: the first repeat is at the old place.
    const changed = text.replace('says the sign. Volunteers teach.', 'says the sign. Volunteers teach. Members come first, says the sign. Volunteers teach.');
    const result = locate(changed, second);
    expect(changed.slice(result!.end, result!.end + 12)).toBe(', so they bo');
  });

  it('matches a stored quote whatever its whitespace', () => {
    const sel = selectorsFor(ARTICLE, 'a help centre, a chatbot');
    const stored = { quote: { ...sel.quote, exact: 'a help\n   centre,\u00a0a chatbot' } };
    expect(found(ARTICLE, locate(ARTICLE, stored))).toBe('a help centre, a chatbot');
  });

  it('leaves a short quote an orphan when its context is gone rather than guess', () => {
    const sel = selectorsFor(ARTICLE, 'chatbot');
    const rewritten = 'Our chatbot answers questions at night. Nothing else in this article survived the rewrite at all.';
    expect(locate(rewritten, sel)).toBeUndefined();
  });

  it('leaves a rewritten passage an orphan', () => {
    const sel = selectorsFor(ARTICLE, 'Communities sit between the two: members answer each other, and the company listens in.');
    const changed = ARTICLE.replace('Communities sit between the two: members answer each other, and the company listens in.', 'A forum lets users help one another while staff quietly read along.');
    expect(locate(changed, sel)).toBeUndefined();
  });

  it('finds a sentence with a clause rephrased between the same neighbours, with its new wording', () => {
    const sel = selectorsFor(ARTICLE, 'Others assign a named manager to each large client, who calls before problems grow and joins planning meetings.');
    const rewrite = 'Others give each large client a named manager, who phones before trouble builds up and sits in on planning meetings.';
    const changed = ARTICLE.replace('Others assign a named manager to each large client, who calls before problems grow and joins planning meetings.', rewrite);
    const result = locate(changed, sel);
    expect(result?.method).toBe('reworded');
    expect(found(changed, result)).toBe(rewrite);
  });

  it('finds a reworded sentence by its old position when the sentences around it were rewritten too', () => {
    const sel = selectorsFor(ARTICLE, 'Communities sit between the two: members answer each other, and the company listens in.');
    const changed = ARTICLE.replace('joins planning meetings.', 'attends the planning sessions.')
      .replace('Communities sit between the two: members answer each other, and the company listens in.', 'Communities sit in between: members answer one another, and the company listens in.')
      .replace('Loyal customers return.', 'Loyal buyers come back.');
    expect(found(changed, locate(changed, sel))).toBe('Communities sit in between: members answer one another, and the company listens in.');
  });

  it('leaves an orphan where another sentence on the same subject took the passage\'s place', () => {
    const sel = selectorsFor(ARTICLE, 'Others assign a named manager to each large client, who calls before problems grow and joins planning meetings.');
    const changed = ARTICLE.replace('Others assign a named manager to each large client, who calls before problems grow and joins planning meetings.', 'A large client may also ask for a named manager, though few of them ever call one.');
    expect(locate(changed, sel)).toBeUndefined();
  });

  it('refuses empty and whitespace-only quotes', () => {
    expect(locate(ARTICLE, { quote: { exact: '', prefix: '', suffix: '' } })).toBeUndefined();
    expect(locate(ARTICLE, { quote: { exact: ' \n\t', prefix: '', suffix: '' } })).toBeUndefined();
  });
});

group('locate, for any text', () => {
  /** Index-like text: few distinct words, so quotes repeat and context has to work. */
  const indexText = fc
    .array(fc.constantFrom('the', 'client', 'clients', 'stay', 'leave', 'a', 'forum', 'help', '.', ','), { minLength: 1, maxLength: 120 })
    .map((words) => collapseWhitespace(words.join(' ')));

  it('finds a described span at the same place while the text is unchanged', () => {
    fc.assert(
      fc.property(indexText, fc.nat(), fc.nat(), (text, a, b) => {
        const start = a % text.length;
        const end = start + 1 + (b % (text.length - start));
        fc.pre(text.slice(start, end).trim() !== '');
        const sel = describe(text, start, end);
        expect(locate(text, sel)).toMatchObject({ start, end });
      }),
      { numRuns: 500 },
    );
  });

  it('scores within [0, 1] when page words are forms of repeated quote words (a case the property below found)', () => {
    const result = locate('client forum client the', { quote: { exact: 'the forum clients clients', prefix: '', suffix: 'the' }, position: { start: 0, end: 0 } }, {});
    expect(result?.score ?? 0).toBeLessThanOrEqual(1);
  });

  it('never throws and never returns offsets outside the text, whatever it is given', () => {
    const anyString = fc.oneof(fc.string({ maxLength: 200 }), fc.string({ unit: 'binary', maxLength: 200 }), indexText);
    const anyNumber = fc.oneof(fc.integer(), fc.double(), fc.constant(Number.NaN));
    fc.assert(
      fc.property(anyString, anyString, anyString, anyString, anyNumber, anyNumber, fc.option(anyNumber), (text, exact, prefix, suffix, start, end, expected) => {
        const result = locate(text, { quote: { exact, prefix, suffix }, position: { start, end } }, expected === null ? {} : { expected });
        if (!result) return;
        expect(result.start).toBeGreaterThanOrEqual(0);
        expect(result.end).toBeGreaterThan(result.start);
        expect(result.end).toBeLessThanOrEqual(text.length);
        expect(result.score).toBeGreaterThanOrEqual(0);
        expect(result.score).toBeLessThanOrEqual(1);
      }),
      { numRuns: 1000 },
    );
    // A thousand searches take about a second on an idle machine; the default 5 s is too tight when it is shared.
  }, 30_000);

  it('finds a quote copied out of the text at any place, with or without the position', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 40, maxLength: 300 }), fc.nat(), (raw, a) => {
        const text = collapseWhitespace(raw);
        fc.pre(text.length >= 40);
        const start = a % (text.length - 30);
        const sel = describe(text, start, start + 30);
        fc.pre(sel.quote.exact.trim() !== '' && text.indexOf(sel.quote.exact) === text.lastIndexOf(sel.quote.exact));
        expect(locate(text, { quote: sel.quote })).toMatchObject({ start, end: start + 30 });
      }),
      { numRuns: 300 },
    );
  });
});
