import type { RelationshipType } from './schema';
import { editDistance, normalise, typoAllowance, words } from './text';

/** A field of a type that search looks at, and how much a hit in it counts. */
interface IndexedField {
  weight: number;
  /** The field's text, normalised, for whole-phrase hits. */
  phrases: string[];
  /** Distinct normalised words of the field. */
  words: string[];
}

interface IndexedType {
  type: RelationshipType;
  order: number;
  fields: IndexedField[];
}

export interface SearchHit {
  type: RelationshipType;
  score: number;
}

export interface CatalogueIndex {
  readonly entries: readonly IndexedType[];
}

const WEIGHTS = { name: 10, alias: 8, keyword: 7, company: 5, example: 2, summary: 2, definition: 1 } as const;

function field(weight: number, texts: readonly string[]): IndexedField {
  const phrases = texts.map(normalise).filter(Boolean);
  return { weight, phrases, words: [...new Set(phrases.flatMap((p) => p.split(' ')))] };
}

/** Builds the search index once; searching then costs a few microseconds per type. */
export function buildIndex(types: readonly RelationshipType[]): CatalogueIndex {
  return {
    entries: types.map((type, order) => ({
      type,
      order,
      fields: [
        field(WEIGHTS.name, [type.name]),
        field(WEIGHTS.alias, type.aliases),
        field(WEIGHTS.keyword, Object.values(type.keywords).flat()),
        field(WEIGHTS.company, type.examples.map((e) => e.company)),
        field(WEIGHTS.example, type.examples.map((e) => e.text)),
        field(WEIGHTS.summary, [type.summary]),
        field(WEIGHTS.definition, [type.definition]),
      ],
    })),
  };
}

/**
 * How well one query word matches a field word, 0..1: exact 1, prefix 0.8 (the user is still typing),
 * within the typo allowance 0.6, else 0.
 */
function wordMatch(query: string, candidate: string, isLast: boolean): number {
  if (candidate === query) return 1;
  if (query.length >= 2 && candidate.startsWith(query) && (isLast || query.length >= 4)) return 0.8;
  const allowance = typoAllowance(query.length);
  if (allowance === 0) return 0;
  // A typo in a word still being typed: compare against the candidate's prefix of the same length too.
  if (isLast && candidate.length > query.length + allowance) {
    return editDistance(query, candidate.slice(0, query.length), allowance) <= allowance ? 0.5 : 0;
  }
  return editDistance(query, candidate, allowance) <= allowance ? 0.6 : 0;
}

function scoreEntry(entry: IndexedType, queryWords: string[], phrase: string): number {
  let total = 0;
  for (let i = 0; i < queryWords.length; i++) {
    const q = queryWords[i]!;
    const isLast = i === queryWords.length - 1;
    let best = 0;
    for (const f of entry.fields) {
      if (f.weight <= best) continue;
      let quality = 0;
      for (const w of f.words) {
        const m = wordMatch(q, w, isLast);
        if (m > quality) quality = m;
        if (quality === 1) break;
      }
      best = Math.max(best, quality * f.weight);
    }
    if (best === 0) return 0; // every word of the query must match somewhere
    total += best;
  }
  if (queryWords.length > 1) {
    for (const f of entry.fields) {
      if (f.phrases.some((p) => p.includes(phrase))) {
        total += f.weight;
        break;
      }
    }
  }
  return total;
}

/**
 * Types matching a free-text query, best first (ties keep catalogue order). Matches names, aliases,
 * keywords in every language, example companies and texts; tolerates small typos. An empty query
 * returns every type in catalogue order.
 */
export function search(index: CatalogueIndex, query: string): SearchHit[] {
  const queryWords = words(query);
  if (queryWords.length === 0) return index.entries.map((e) => ({ type: e.type, score: 0 }));
  const phrase = queryWords.join(' ');
  const hits: (SearchHit & { order: number })[] = [];
  for (const entry of index.entries) {
    const score = scoreEntry(entry, queryWords, phrase);
    if (score > 0) hits.push({ type: entry.type, score, order: entry.order });
  }
  hits.sort((a, b) => b.score - a.score || a.order - b.order);
  return hits.map(({ type, score }) => ({ type, score }));
}
