/**
 * Which relationship types a note expresses, from the catalogue's names, aliases and keywords in every
 * language. Matching is on whole normalised words (case- and accent-insensitive, punctuation ignored)
 * with no typo tolerance; at each position the longest phrase wins and consumes its words, so
 * "dedicated personal assistance" is not also "personal assistance", and "indirect sales" never
 * contains "direct sales". Built for the canvas content script: the phrase index is built once, on
 * first use, and scanning a note reuses module-level buffers.
 */
import { RELATIONSHIP_TYPES } from '../catalogue';
import { words } from '../catalogue/text';

export interface Recognised {
  typeId: string;
  /** The phrases as written in the note, once each, in order of appearance. */
  matches: string[];
}

interface Phrase {
  /** Normalised words of the phrase. */
  words: readonly string[];
  key: string;
  /** Types whose vocabulary holds this phrase (normally one). */
  typeIds: string[];
}

/** Phrases by their first word, longest first. */
let index: Map<string, Phrase[]> | undefined;

function buildIndex(): Map<string, Phrase[]> {
  const byKey = new Map<string, Phrase>();
  for (const type of RELATIONSHIP_TYPES) {
    for (const text of [type.name, ...type.aliases, ...Object.values(type.keywords).flat()]) {
      const w = words(text);
      if (w.length === 0) continue;
      const key = w.join(' ');
      const known = byKey.get(key);
      if (!known) byKey.set(key, { words: w, key, typeIds: [type.id] });
      else if (!known.typeIds.includes(type.id)) known.typeIds.push(type.id);
    }
  }
  const byFirst = new Map<string, Phrase[]>();
  for (const phrase of byKey.values()) {
    const list = byFirst.get(phrase.words[0]!);
    if (list) list.push(phrase);
    else byFirst.set(phrase.words[0]!, [phrase]);
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.words.length - a.words.length);
  return byFirst;
}

// Token buffers reused across calls: the content script scans every note on each canvas change.
const TOKEN = /[\p{L}\p{M}\p{N}]+/gu;
const NON_ASCII = /[^\x00-\x7f]/;
const tokens: string[] = [];
let starts = new Int32Array(64);
let ends = new Int32Array(64);

function push(word: string, start: number, end: number, at: number): number {
  if (at === starts.length) {
    const grow = (a: Int32Array) => { const b = new Int32Array(a.length * 2); b.set(a); return b; };
    starts = grow(starts);
    ends = grow(ends);
  }
  tokens[at] = word;
  starts[at] = start;
  ends[at] = end;
  return at + 1;
}

/** Splits `text` into normalised words (into the module buffers); returns how many. */
function tokenise(text: string): number {
  let n = 0;
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m !== null; m = TOKEN.exec(text)) {
    const raw = m[0];
    const start = m.index;
    const end = start + raw.length;
    if (!NON_ASCII.test(raw)) {
      n = push(raw.toLowerCase(), start, end, n);
    } else {
      // Accents and other marks: the catalogue's own normalisation, which may split a token in rare scripts.
      for (const part of words(raw)) n = push(part, start, end, n);
    }
  }
  return n;
}

function matchesAt(phrase: Phrase, at: number, count: number): boolean {
  const w = phrase.words;
  if (w.length > count - at) return false;
  for (let k = 1; k < w.length; k++) if (tokens[at + k] !== w[k]) return false;
  return true;
}

/**
 * The types a note expresses, in order of first appearance, each with the phrases that signalled it
 * (as written in the note, each distinct phrase once). Empty for a note that names no type.
 */
export function recogniseTypes(text: string): Recognised[] {
  index ??= buildIndex();
  const count = tokenise(text);
  const found: (Recognised & { keys: string[] })[] = [];
  for (let i = 0; i < count; ) {
    let hit: Phrase | undefined;
    const candidates = index.get(tokens[i]!);
    if (candidates) {
      for (const phrase of candidates) {
        if (matchesAt(phrase, i, count)) {
          hit = phrase;
          break;
        }
      }
    }
    if (!hit) {
      i++;
      continue;
    }
    const written = text.slice(starts[i]!, ends[i + hit.words.length - 1]!);
    for (const typeId of hit.typeIds) {
      let entry = found.find((f) => f.typeId === typeId);
      if (!entry) found.push((entry = { typeId, matches: [], keys: [] }));
      if (!entry.keys.includes(hit.key)) {
        entry.keys.push(hit.key);
        entry.matches.push(written);
      }
    }
    i += hit.words.length;
  }
  return found.map(({ typeId, matches }) => ({ typeId, matches }));
}

