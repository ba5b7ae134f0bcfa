/**
 * Reading a zip of exports without trusting it. Nothing is ever written to disk, but an entry name such as
 * `../x` or `/etc/x` only comes from a crafted archive, so the whole zip is refused and the coach is told which
 * entry. A zip bomb is stopped by limits checked on the central directory before anything is inflated (entry
 * count, declared sizes) and by inflating each entry into a buffer of its declared size, so an entry that
 * lies about its size cannot grow past it.
 */
import { unzipSync } from 'fflate';
import { ENGLISH_PROBLEMS, megabytes, problem } from './problem-words';

const MB = 1024 * 1024;
/** A zip larger than this is refused before it is opened. */
export const MAX_ZIP_BYTES = 25 * 1024 * 1024;
/** More entries than a class plausibly sends (folders included). */
export const MAX_ZIP_ENTRIES = 500;
/** Uncompressed bytes of all entries together. */
export const MAX_ZIP_TOTAL = 50 * 1024 * 1024;

export interface NamedBytes {
  name: string;
  bytes: Uint8Array;
}

export type ZipRead = { ok: true; files: NamedBytes[]; skipped: string[] } | { ok: false; problem: string };

/** Whether `bytes` start like a zip archive (a local file header, or the end record of an empty zip). */
export function looksLikeZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && (bytes[2] === 3 || bytes[2] === 5) && (bytes[3] === 4 || bytes[3] === 6);
}

/** Why an entry name cannot come from an ordinary zip of exports, or undefined when it is fine. */
export function hostileName(name: string, { t } = ENGLISH_PROBLEMS): string | undefined {
  if (name.includes('\0')) return t('zip.nullChar');
  if (/^[/\\]/.test(name)) return t('zip.absolute');
  if (/^[a-zA-Z]:/.test(name)) return t('zip.drive');
  if (name.split(/[/\\]/).includes('..')) return t('zip.outside');
  return undefined;
}

class ZipRefusal extends Error {}

/**
 * The `.json` entries of a zip, named `zipName › path`. Folders, hidden files (and macOS's `__MACOSX`) are
 * passed over silently; other entries are listed in `skipped`. Never throws.
 */
export function readZip(zipName: string, bytes: Uint8Array, words = ENGLISH_PROBLEMS): ZipRead {
  if (bytes.byteLength > MAX_ZIP_BYTES) {
    return { ok: false, problem: problem(words, undefined, 'zip.tooBig', { size: megabytes(bytes.byteLength, words), limit: MAX_ZIP_BYTES / MB }) };
  }
  let entries = 0;
  let total = 0;
  const skipped: string[] = [];
  const wanted = (path: string) => {
    const base = path.split('/').pop() ?? '';
    if (path.endsWith('/') || path.startsWith('__MACOSX/') || base.startsWith('.')) return false;
    if (!/\.json$/i.test(base)) {
      skipped.push(problem(words, `${zipName} › ${path}`, 'zip.notJson'));
      return false;
    }
    return true;
  };
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, {
      filter(entry) {
        const hostile = hostileName(entry.name, words);
        if (hostile) throw new ZipRefusal(problem(words, undefined, 'zip.hostile', { entry: entry.name.slice(0, 200), why: hostile }));
        if (++entries > MAX_ZIP_ENTRIES) throw new ZipRefusal(problem(words, undefined, 'zip.tooMany', { count: String(MAX_ZIP_ENTRIES) }));
        if (!wanted(entry.name)) return false;
        total += entry.originalSize;
        if (total > MAX_ZIP_TOTAL) {
          throw new ZipRefusal(problem(words, undefined, 'zip.bomb', { limit: MAX_ZIP_TOTAL / MB }));
        }
        return true;
      },
    });
  } catch (e) {
    if (e instanceof ZipRefusal) return { ok: false, problem: e.message };
    return { ok: false, problem: problem(words, undefined, 'zip.unreadable', { detail: e instanceof Error ? e.message : String(e) }) };
  }
  return { ok: true, files: Object.entries(files).map(([path, data]) => ({ name: `${zipName} › ${path}`, bytes: data })), skipped };
}
