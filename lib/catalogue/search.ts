import type { RelationshipType } from './schema';
import { editDistance, normalise, typoAllowance, words } from './text';

/** Where a word occurs: in which type, and how much a hit in that field counts. */
interface Posting {
  entry: number;
  weight: number;
}

export interface CatalogueIndex {
  readonly types: readonly RelationshipType[];
  /** Every distinct word of every searchable field, with where it occurs (best weight per type). */
  readonly vocabulary: readonly (readonly [word: string, postings: readonly Posting[]])[];
  /** Per type, the normalised phrases of each field with the field's weight, for whole-phrase hits. */
  readonly phrases: readonly (readonly { weight: number; text: string }[])[];
  /** Scores per type for query words already seen: typing re-scores earlier words for free. */
  readonly cache: Map<string, Float64Array>;
}

export interface SearchHit {
  type: RelationshipType;
  score: number;
}

const WEIGHTS = { name: 10, alias: 8, keyword: 7, company: 5, example: 2, summary: 2, definition: 1 } as const;
const CACHE_LIMIT = 256;

function fields(type: RelationshipType): [number, readonly string[]][] {
  return [
    [WEIGHTS.name, [type.name]],
    [WEIGHTS.alias, type.aliases],
    [WEIGHTS.keyword, Object.values(type.keywords).flat()],
    [WEIGHTS.company, type.examples.map((e) => e.company)],
    [WEIGHTS.example, type.examples.map((e) => e.text)],
    [WEIGHTS.summary, [type.summary]],
    [WEIGHTS.definition, [type.definition]],
  ];
}

/** Builds the search index once; each keystroke then compares the query with each distinct word once. */
export function buildIndex(types: readonly RelationshipType[]): CatalogueIndex {
  const vocabulary = new Map<string, Map<number, number>>();
  const phrases = types.map((type, entry) =>
    fields(type).flatMap(([weight, texts]) =>
      texts.map(normalise).filter(Boolean).map((text) => {
        for (const word of text.split(' ')) {
          const postings = vocabulary.get(word) ?? new Map<number, number>();
          postings.set(entry, Math.max(postings.get(entry) ?? 0, weight));
          vocabulary.set(word, postings);
        }
        return { weight, text };
      }),
    ),
  );
  return {
    types,
    vocabulary: [...vocabulary].map(([word, p]) => [word, [...p].map(([entry, weight]) => ({ entry, weight }))] as const),
    phrases,
    cache: new Map(),
  };
}

/**
 * How well one query word matches a catalogue word, 0..1: exact 1, prefix 0.8 (the user may still be
 * typing), within the typo allowance 0.6 (0.5 against the start of a longer word), else 0.
 */
function wordMatch(query: string, candidate: string, isLast: boolean): number {
  if (candidate === query) return 1;
  if (query.length >= 2 && candidate.startsWith(query) && (isLast || query.length >= 4)) return 0.8;
  const allowance = typoAllowance(query.length);
  if (allowance === 0) return 0;
  if (isLast && candidate.length > query.length + allowance) {
    return editDistance(query, candidate, allowance, query.length) <= allowance ? 0.5 : 0;
  }
  return editDistance(query, candidate, allowance) <= allowance ? 0.6 : 0;
}

/** Best weighted match of one query word in each type. */
function wordScores(index: CatalogueIndex, query: string, isLast: boolean): Float64Array {
  const key = `${isLast ? '>' : '='}${query}`;
  const cached = index.cache.get(key);
  if (cached) return cached;
  const scores = new Float64Array(index.types.length);
  for (const [word, postings] of index.vocabulary) {
    const quality = wordMatch(query, word, isLast);
    if (quality === 0) continue;
    for (const { entry, weight } of postings) {
      const s = quality * weight;
      if (s > scores[entry]!) scores[entry] = s;
    }
  }
  if (index.cache.size >= CACHE_LIMIT) index.cache.clear();
  index.cache.set(key, scores);
  return scores;
}

/**
 * Types matching a free-text query, best first (ties keep catalogue order). Matches names, aliases,
 * keywords in every language, example companies and texts; every word of the query must match
 * somewhere; small typos are forgiven. An empty query returns every type in catalogue order.
 */
export function search(index: CatalogueIndex, query: string): SearchHit[] {
  const queryWords = words(query);
  if (queryWords.length === 0) return index.types.map((type) => ({ type, score: 0 }));
  const totals = new Float64Array(index.types.length);
  const alive = new Array<boolean>(index.types.length).fill(true);
  queryWords.forEach((q, i) => {
    const scores = wordScores(index, q, i === queryWords.length - 1);
    scores.forEach((s, entry) => {
      if (s === 0) alive[entry] = false;
      totals[entry] = totals[entry]! + s;
    });
  });
  if (queryWords.length > 1) {
    const phrase = queryWords.join(' ');
    index.phrases.forEach((list, entry) => {
      const hit = list.find((p) => p.text.includes(phrase));
      if (hit) totals[entry] = totals[entry]! + hit.weight;
    });
  }
  const hits: (SearchHit & { order: number })[] = [];
  index.types.forEach((type, order) => {
    if (alive[order]) hits.push({ type, score: totals[order]!, order });
  });
  hits.sort((a, b) => b.score - a.score || a.order - b.order);
  return hits.map(({ type, score }) => ({ type, score }));
}
