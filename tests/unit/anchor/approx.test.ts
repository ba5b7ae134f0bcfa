import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import referenceSearch from 'approx-string-match';
import { aligner, searchApprox, searchSeeded, searchable } from '../../../lib/anchor/approx';

/** Textbook O(n·m) table: for each end j, the fewest edits of `pattern` into some substring ending at j. */
function fewestErrorsPerEnd(text: string, pattern: string): number[] {
  const m = pattern.length;
  let prev = Array.from({ length: m + 1 }, (_, i) => i);
  const out = [prev[m]!];
  for (let j = 1; j <= text.length; j++) {
    const cur = [0];
    for (let i = 1; i <= m; i++) {
      const same = pattern[i - 1] === text[j - 1] ? 0 : 1;
      cur.push(Math.min(prev[i]! + 1, cur[i - 1]! + 1, prev[i - 1]! + same));
    }
    prev = cur;
    out.push(cur[m]!);
  }
  return out;
}

function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      cur.push(Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1)));
    }
    prev = cur;
  }
  return prev[b.length]!;
}

describe('approximate search', () => {
  it('finds a quote with one word changed, with its true start and end', () => {
    const text = 'Members who feel looked after renew their plan; members who feel ignored leave quietly.';
    const [match] = searchApprox(searchable(text), 'members who feel neglected leave quietly', 8);
    expect(match).toBeDefined();
    expect(text.slice(match!.start, match!.end)).toBe('members who feel ignored leave quietly');
    expect(match!.errors).toBe(editDistance('members who feel neglected leave quietly', 'members who feel ignored leave quietly'));
  });

  it('finds nothing when the pattern is further than the error budget', () => {
    expect(searchApprox(searchable('a subscription box for coffee lovers'), 'a loyalty card for tea drinkers', 4)).toEqual([]);
  });

  it('handles patterns longer than one 32-bit block', () => {
    const quote = 'A dedicated account manager learns how each client buys, and calls before problems grow.';
    const text = `Intro text. ${quote.replace('learns', 'studies')} Closing text.`;
    const [match] = searchApprox(searchable(text), quote, 20);
    expect(text.slice(match!.start, match!.end)).toBe(quote.replace('learns', 'studies'));
  });

  /** A random text with a copy of `pattern` planted in it after a few random edits. */
  const plantedCase = fc
    .record({
      pattern: fc.string({ unit: fc.constantFrom('a', 'b', 'c', ' '), minLength: 1, maxLength: 100, size: 'max' }),
      before: fc.string({ unit: fc.constantFrom('a', 'b', 'c', ' '), maxLength: 60, size: 'max' }),
      after: fc.string({ unit: fc.constantFrom('a', 'b', 'c', ' '), maxLength: 60 }),
      edits: fc.array(fc.tuple(fc.nat(), fc.constantFrom('insert', 'delete', 'replace'), fc.constantFrom('a', 'b', 'c', 'x')), { maxLength: 8, size: 'max' }),
      budget: fc.nat(24),
    })
    .map(({ pattern, before, after, edits, budget }) => {
      let copy = pattern;
      for (const [at, kind, ch] of edits) {
        const i = at % (copy.length + 1);
        copy = kind === 'insert' ? copy.slice(0, i) + ch + copy.slice(i) : copy.slice(0, i) + (kind === 'replace' ? ch : '') + copy.slice(i + 1);
      }
      return { text: before + copy + after, pattern, k: Math.min(budget, pattern.length - 1) };
    });

  it('agrees with the textbook table on every end and error count', () => {
    fc.assert(
      fc.property(plantedCase, ({ text, pattern, k }) => {
        const table = fewestErrorsPerEnd(text, pattern);
        const found = searchApprox(searchable(text), pattern, k, 0, text.length, Infinity);
        for (const match of found) {
          // Reported errors are the optimum for that end, and the span really is that close.
          expect(match.errors).toBe(table[match.end]);
          expect(editDistance(pattern, text.slice(match.start, match.end))).toBe(match.errors);
        }
        // The ends where the error count bottoms out within budget, flat bottoms whole.
        const expected: number[] = [];
        for (let j = 1; j <= text.length; j++) {
          const e = table[j]!;
          if (e > k) continue;
          let left = j - 1;
          while (left >= 1 && table[left] === e) left -= 1;
          let right = j + 1;
          while (right <= text.length && table[right] === e) right += 1;
          const before = left >= 1 && table[left]! <= k ? table[left]! : Infinity;
          const after = right <= text.length && table[right]! <= k ? table[right]! : Infinity;
          if (e < before && e < after) expected.push(j);
        }
        expect(found.map((f) => f.end).sort((a, b) => a - b)).toEqual(expected);
      }),
      { numRuns: 1500 },
    );
  });

  it('finds the same fewest errors as the reference library (approx-string-match), and where', () => {
    fc.assert(
      fc.property(plantedCase, ({ text, pattern, k }) => {
        const ours = searchApprox(searchable(text), pattern, k, 0, text.length, Infinity);
        const theirs = referenceSearch(text, pattern, k);
        const fewest = (matches: { errors: number }[]) => (matches.length ? Math.min(...matches.map((m) => m.errors)) : undefined);
        expect(fewest(ours)).toBe(fewest(theirs));
        // Every end the reference reports with the fewest errors is one of ours.
        const best = fewest(theirs);
        const ourEnds = new Set(ours.filter((m) => m.errors === best).map((m) => m.end));
        expect(theirs.filter((m) => m.errors === best && !ourEnds.has(m.end))).toEqual([]);
      }),
      { numRuns: 500 },
    );
  });
});

describe('context alignment', () => {
  it('counts the fewest edits between a pattern and the text read from a point, for the best length read', () => {
    const unit = fc.constantFrom('a', 'b', 'c', ' ', 'é');
    fc.assert(
      fc.property(
        fc.string({ unit, maxLength: 70 }),
        fc.string({ unit, maxLength: 90 }),
        fc.nat(),
        fc.constantFrom(1 as const, -1 as const),
        fc.nat(100),
        (pattern, text, point, dir, maxLength) => {
          const at = point % (text.length + 1);
          const available = dir > 0 ? text.length - at : at;
          let expected = pattern.length;
          for (let t = 0; t <= Math.min(maxLength, available); t++) {
            const read = dir > 0 ? text.slice(at, at + t) : text.slice(at - t, at);
            expected = Math.min(expected, editDistance(pattern, read));
          }
          const measure = aligner(pattern, dir);
          expect(measure(text, at, maxLength)).toBe(expected);
          // Made once, measured many times: the second measure starts from a clean column.
          expect(measure(text, at, maxLength)).toBe(expected);
        },
      ),
      { numRuns: 1500 },
    );
  });
});

describe('seeded search of the whole text', () => {
  const sentences = [
    'The account team answers the monthly invoice before the quarter ends.',
    'A loyal subscriber shares feedback from the pilot group in plain language.',
    'Our support desk tracks every open complaint within one working day.',
    'The help centre explains the renewal date to anyone who asks.',
  ];
  /** Text where every phrase of the passage recurs elsewhere, as on a page about one subject. */
  const page = (passage: string) => [...sentences, ...sentences, passage, ...sentences].join(' ');

  it('finds a passage far from everything else with a clause inserted, as the full scan does', () => {
    const quote = 'The community manager welcomes stories from long-time members during the weekly call.';
    const text = page('The community manager welcomes, as a rule, stories from long-time members during the weekly call.');
    const source = searchable(text);
    const seeded = searchSeeded(source, quote, 21, 8);
    expect(seeded[0]).toBeDefined();
    expect(text.slice(seeded[0]!.start, seeded[0]!.end)).toContain('as a rule, stories');
    expect(seeded[0]).toEqual(searchApprox(source, quote, 21, 0, text.length, 8)[0]);
  });

  it('does not place a passage whose every 8-character piece was touched, however close in edits', () => {
    const quote = 'The community manager welcomes stories from long-time members during the weekly call.';
    // One letter changed every 8 characters: within the edit budget, but no piece survives.
    const spoiled = quote.replace(/(.{7})./g, '$1#');
    const text = page(spoiled);
    const source = searchable(text);
    expect(searchApprox(source, quote, 21, 0, text.length, 8).some((m) => text.slice(m.start, m.end).includes('#'))).toBe(true);
    expect(searchSeeded(source, quote, 21, 8).some((m) => text.slice(m.start, m.end).includes('#'))).toBe(false);
  });

  it('returns only occurrences the full scan finds, with the same ends, starts and error counts', () => {
    const unit = fc.constantFrom('a', 'b', 'c', ' ');
    fc.assert(
      fc.property(
        fc.string({ unit, minLength: 16, maxLength: 100 }),
        fc.array(fc.string({ unit, maxLength: 40 }), { maxLength: 12 }),
        fc.array(fc.tuple(fc.nat(), fc.constantFrom('insert', 'delete', 'replace')), { maxLength: 6 }),
        fc.nat(30),
        (pattern, fillers, edits, budget) => {
          let copy = pattern;
          for (const [at, kind] of edits) {
            const i = at % (copy.length + 1);
            copy = kind === 'insert' ? `${copy.slice(0, i)}x${copy.slice(i)}` : copy.slice(0, i) + (kind === 'replace' ? 'x' : '') + copy.slice(i + 1);
          }
          // Pieces of the pattern scattered among the fillers, so that seeds are found in many places.
          const text = fillers.map((f, n) => f + pattern.slice((n * 8) % pattern.length, ((n * 8) % pattern.length) + 8)).join('') + copy + fillers.join('');
          const source = searchable(text);
          const k = Math.min(budget, Math.floor(pattern.length / 4));
          const full = searchApprox(source, pattern, k, 0, text.length, Infinity);
          const key = (m: { start: number; end: number; errors: number }) => `${m.start}:${m.end}:${m.errors}`;
          const fullKeys = new Set(full.map(key));
          for (const match of searchSeeded(source, pattern, k, Infinity)) expect(fullKeys.has(key(match))).toBe(true);
        },
      ),
      { numRuns: 800 },
    );
  });
});
