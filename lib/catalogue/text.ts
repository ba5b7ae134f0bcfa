/** Text normalisation and distance used by catalogue search (and, later, note recognition). */

const COMBINING_MARKS = /[\u0300-\u036f]/g;
const NON_WORD = /[^\p{L}\p{N}]+/gu;

/** Lower-cases, strips accents and turns punctuation into single spaces: "Self-Service!" → "self service". */
export function normalise(text: string): string {
  return text.normalize('NFD').replace(COMBINING_MARKS, '').toLowerCase().replace(NON_WORD, ' ').trim();
}

/** Words of a text after normalisation; empty for blank input. */
export function words(text: string): string[] {
  const n = normalise(text);
  return n ? n.split(' ') : [];
}

// Rows reused across calls: distance runs thousands of times per keystroke, allocation would dominate.
let rows: [Int32Array, Int32Array, Int32Array] = [new Int32Array(64), new Int32Array(64), new Int32Array(64)];

/**
 * Optimal-string-alignment distance (Levenshtein plus adjacent transpositions) between `a` and the first
 * `bLength` characters of `b`, giving up once it is certain to exceed `max`: returns `max + 1` then.
 * Bounded so search stays fast on every keystroke.
 */
export function editDistance(a: string, b: string, max: number, bLength = b.length): number {
  const n = a.length;
  const m = Math.min(bLength, b.length);
  if (Math.abs(n - m) > max) return max + 1;
  if (m + 1 > rows[0].length) rows = [new Int32Array(m + 1), new Int32Array(m + 1), new Int32Array(m + 1)];
  let [prevPrev, prev, row] = rows;
  for (let j = 0; j <= m; j++) prev[j] = j;
  for (let i = 1; i <= n; i++) {
    row[0] = i;
    let rowMin = i;
    const ai = a.charCodeAt(i - 1);
    for (let j = 1; j <= m; j++) {
      const bj = b.charCodeAt(j - 1);
      let value = prev[j - 1]! + (ai === bj ? 0 : 1);
      const del = prev[j]! + 1;
      const ins = row[j - 1]! + 1;
      if (del < value) value = del;
      if (ins < value) value = ins;
      if (i > 1 && j > 1 && ai === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === bj) {
        const swap = prevPrev[j - 2]! + 1;
        if (swap < value) value = swap;
      }
      row[j] = value;
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > max) return max + 1;
    [prevPrev, prev, row] = [prev, row, prevPrev];
  }
  return prev[m]! > max ? max + 1 : prev[m]!;
}

/** How many typos a word of this length may carry and still match: none for short words. */
export function typoAllowance(length: number): number {
  if (length <= 3) return 0;
  if (length <= 7) return 1;
  return 2;
}
