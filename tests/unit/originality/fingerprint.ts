/**
 * A fingerprint of the seed texts: the hash of every run of RUN consecutive normalised words, never the words.
 * It lets a clone without `../shared/seeds` still check that the product copies no sentence from them, and it
 * publishes nothing of the seeds' wording. `npm run fingerprint` writes it again from the seeds.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { words } from '../../../lib/catalogue/text';
import { ROOT } from '../../support/files';

export const RUN = 8;
export const SEEDS_DIR = join(ROOT, '..', 'shared', 'seeds');
export const FINGERPRINT_FILE = join(import.meta.dirname, 'seed-fingerprint.json');

/** 48 bits of SHA-256: with ~5,000 seed runs and ~10^5 product runs a chance collision is about 1 in 500,000. */
const HASH_HEX_DIGITS = 12;

/** All runs of RUN consecutive words, case-, accent- and punctuation-insensitive. */
export function shingles(text: string): string[] {
  const w = words(text);
  const out: string[] = [];
  for (let i = 0; i + RUN <= w.length; i++) out.push(w.slice(i, i + RUN).join(' '));
  return out;
}

export function hashRun(run: string): string {
  return createHash('sha256').update(run).digest('hex').slice(0, HASH_HEX_DIGITS);
}

export interface Fingerprint {
  about: string;
  run: number;
  hash: string;
  hashes: string[];
}

export function fingerprintOf(texts: string[]): Fingerprint {
  const hashes = new Set<string>();
  for (const text of texts) for (const run of shingles(text)) hashes.add(hashRun(run));
  return {
    about: `Hashes of every run of ${RUN} normalised words (lib/catalogue/text.ts words()) of ../shared/seeds/*.txt; written by npm run fingerprint`,
    run: RUN,
    hash: `sha256, first ${HASH_HEX_DIGITS} hex digits`,
    hashes: [...hashes].sort(),
  };
}

/** The seed texts, when they are beside the project (CI, the team's machines); undefined on a bare clone. */
export function seedTexts(): string[] | undefined {
  if (!existsSync(SEEDS_DIR)) return undefined;
  return readdirSync(SEEDS_DIR).filter((n) => n.endsWith('.txt')).sort().map((n) => readFileSync(join(SEEDS_DIR, n), 'utf8'));
}

/** One JSON text per file, a hash per line, so a change to the seeds shows as a readable diff. */
export function serialise(fp: Fingerprint): string {
  const head = JSON.stringify({ about: fp.about, run: fp.run, hash: fp.hash }, null, 2).slice(0, -2);
  return `${head},\n  "hashes": [\n${fp.hashes.map((h) => `    "${h}"`).join(',\n')}\n  ]\n}\n`;
}

export function committedFingerprint(): Fingerprint {
  return JSON.parse(readFileSync(FINGERPRINT_FILE, 'utf8')) as Fingerprint;
}
