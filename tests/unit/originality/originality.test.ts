import { describe, expect, it } from 'vitest';
import { GUIDE, RELATIONSHIP_TYPES } from '../../../lib/catalogue';
import { filesUnder, read } from '../../support/files';
import { FINGERPRINT_FILE, committedFingerprint, fingerprintOf, hashRun, seedTexts, serialise, shingles } from './fingerprint';

function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}

/** Texts the product can show: the catalogue data, and the UI source (JSX text, labels, messages). */
function productTexts(): { where: string; text: string }[] {
  const data = strings({ RELATIONSHIP_TYPES, GUIDE }).map((text) => ({ where: 'catalogue data', text }));
  const sources = [
    ...filesUnder('components', /\.(tsx?|css)$/),
    ...filesUnder('entrypoints', /\.(tsx?|html)$/),
    ...filesUnder('lib', /\.ts$/),
    ...filesUnder('public', /\.(json|css|html)$/),
  ].map((path) => ({ where: path, text: read(path) }));
  return [...data, ...sources];
}

function copiedRuns(texts: { where: string; text: string }[], seedHashes: Set<string>): string[] {
  return texts.flatMap(({ where, text }) => shingles(text).filter((s) => seedHashes.has(hashRun(s))).map((s) => `${where}: "${s}"`));
}

const fingerprint = committedFingerprint();
const seedHashes = new Set(fingerprint.hashes);
const seeds = seedTexts();

describe('the product speaks in its own words', () => {
  it('has a fingerprint of the seed texts to check against', () => {
    expect(fingerprint.run).toBe(8);
    expect(seedHashes.size).toBeGreaterThan(1000);
  });

  it('shares no run of 8 words with any seed text', () => {
    expect(copiedRuns(productTexts(), seedHashes)).toEqual([]);
  });

  it('would notice a sentence copied from a seed, whatever its case and punctuation', () => {
    const copied = 'TRANSACTIONAL relationships involve minimal interaction -- usually centered around one-time purchases!';
    expect(copiedRuns([{ where: 'probe', text: copied }], seedHashes)).not.toEqual([]);
    expect(copiedRuns([{ where: 'probe', text: 'Transactional relationships keep contact brief, often one purchase and done.' }], seedHashes)).toEqual([]);
  });

  // Only where the seeds are beside the project (CI does that): a bare clone checks against the committed file.
  it.skipIf(!seeds)('the committed fingerprint is current with ../shared/seeds (else: npm run fingerprint)', async () => {
    await expect(serialise(fingerprintOf(seeds!))).toMatchFileSnapshot(FINGERPRINT_FILE);
  });
});
