import { describe, expect, it } from 'vitest';
import { RELATIONSHIP_TYPES } from '../../../lib/catalogue';
import { GUIDE } from '../../../lib/catalogue/guide';
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

  it('covers the text of every language: the interface, the types and the browser-facing messages', () => {
    const checked = new Set(productTexts().map((t) => t.where));
    const translations = [
      ...filesUnder('lib/i18n', /\.ts$/),
      ...filesUnder('public/_locales', /\.json$/),
    ];
    for (const lang of ['de', 'fr', 'es', 'pt', 'it', 'nl']) expect(translations.some((f) => f.includes(`.${lang}.`) || f.includes(`/${lang}/`))).toBe(true);
    expect(translations.filter((f) => !checked.has(f))).toEqual([]);
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
