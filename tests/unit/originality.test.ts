import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GUIDE, RELATIONSHIP_TYPES } from '../../lib/catalogue';
import { words } from '../../lib/catalogue/text';
import { ROOT, filesUnder, read } from '../support/files';

const RUN = 8;
const SEEDS_DIR = join(ROOT, '..', 'shared', 'seeds');

/** All runs of RUN consecutive words, case- and punctuation-insensitive. */
function shingles(text: string): string[] {
  const w = words(text);
  const out: string[] = [];
  for (let i = 0; i + RUN <= w.length; i++) out.push(w.slice(i, i + RUN).join(' '));
  return out;
}

function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}

function seedShingles(): Set<string> {
  const set = new Set<string>();
  for (const name of readdirSync(SEEDS_DIR).filter((n) => n.endsWith('.txt'))) {
    for (const s of shingles(readFileSync(join(SEEDS_DIR, name), 'utf8'))) set.add(s);
  }
  return set;
}

/** Texts the product can show: the catalogue data, and the UI source (JSX text, labels, messages). */
function productTexts(): { where: string; text: string }[] {
  const data = strings({ RELATIONSHIP_TYPES, GUIDE }).map((text) => ({ where: 'catalogue data', text }));
  const sources = [
    ...filesUnder('components', /\.(tsx?|css)$/),
    ...filesUnder('entrypoints', /\.(tsx?|html)$/),
    ...filesUnder('lib', /\.ts$/),
  ].map((path) => ({ where: path, text: read(path) }));
  return [...data, ...sources];
}

function copiedRuns(texts: { where: string; text: string }[], seeds: Set<string>): string[] {
  return texts.flatMap(({ where, text }) => shingles(text).filter((s) => seeds.has(s)).map((s) => `${where}: "${s}"`));
}

describe('the product speaks in its own words', () => {
  it('finds the seed texts beside the project', () => {
    expect(existsSync(SEEDS_DIR), `expected the seed texts at ${SEEDS_DIR}`).toBe(true);
    expect(seedShingles().size).toBeGreaterThan(1000);
  });

  it('shares no run of 8 words with any seed text', () => {
    expect(copiedRuns(productTexts(), seedShingles())).toEqual([]);
  });

  it('would notice a sentence copied from a seed, whatever its case and punctuation', () => {
    const seeds = seedShingles();
    const copied = 'TRANSACTIONAL relationships involve minimal interaction -- usually centered around one-time purchases!';
    expect(copiedRuns([{ where: 'probe', text: copied }], seeds)).not.toEqual([]);
  });
});
