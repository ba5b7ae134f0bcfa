/**
 * Reading a zip of exports without trusting it. Nothing is ever written to disk, but an entry name such as
 * `../x` or `/etc/x` only comes from a crafted archive, so the whole zip is refused and the coach is told which
 * entry. A zip bomb is stopped by limits checked on the central directory before anything is inflated (entry
 * count, declared sizes) and by inflating each entry into a buffer of its declared size, so an entry that
 * lies about its size cannot grow past it.
 */
import { unzipSync } from 'fflate';

/** A zip larger than this is refused before it is opened. */
export const MAX_ZIP_BYTES = 25 * 1024 * 1024;
export const MAX_ZIP_LABEL = '25 MB';
/** More entries than a class plausibly sends (folders included). */
export const MAX_ZIP_ENTRIES = 500;
/** Uncompressed bytes of all entries together. */
export const MAX_ZIP_TOTAL = 50 * 1024 * 1024;
export const MAX_ZIP_TOTAL_LABEL = '50 MB';

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
export function hostileName(name: string): string | undefined {
  if (name.includes('\0')) return 'it contains a null character';
  if (/^[/\\]/.test(name)) return 'it is an absolute path';
  if (/^[a-zA-Z]:/.test(name)) return 'it names a drive';
  if (name.split(/[/\\]/).includes('..')) return 'it points outside the zip (..)';
  return undefined;
}

class ZipRefusal extends Error {}

const megabytes = (bytes: number) => `${(bytes / (1024 * 1024)).toFixed(1)} MB`;

/**
 * The `.json` entries of a zip, named `zipName › path`. Folders, hidden files (and macOS's `__MACOSX`) are
 * passed over silently; other entries are listed in `skipped`. Never throws.
 */
export function readZip(zipName: string, bytes: Uint8Array): ZipRead {
  if (bytes.byteLength > MAX_ZIP_BYTES) {
    return { ok: false, problem: `file: the zip is ${megabytes(bytes.byteLength)}, and zips are limited to ${MAX_ZIP_LABEL}. Split the class into smaller zips.` };
  }
  let entries = 0;
  let total = 0;
  const skipped: string[] = [];
  const wanted = (path: string) => {
    const base = path.split('/').pop() ?? '';
    if (path.endsWith('/') || path.startsWith('__MACOSX/') || base.startsWith('.')) return false;
    if (!/\.json$/i.test(base)) {
      skipped.push(`${zipName} › ${path}: not a .json file, left out`);
      return false;
    }
    return true;
  };
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, {
      filter(entry) {
        const hostile = hostileName(entry.name);
        if (hostile) throw new ZipRefusal(`file: the zip was refused because its entry “${entry.name.slice(0, 200)}” is not a plain file name (${hostile}). Nothing in it was read.`);
        if (++entries > MAX_ZIP_ENTRIES) throw new ZipRefusal(`file: the zip holds more than ${MAX_ZIP_ENTRIES} entries; nothing in it was read. Send the class in smaller zips.`);
        if (!wanted(entry.name)) return false;
        total += entry.originalSize;
        if (total > MAX_ZIP_TOTAL) {
          throw new ZipRefusal(`file: the zip would unpack to more than ${MAX_ZIP_TOTAL_LABEL} (it may be a zip bomb); nothing in it was read.`);
        }
        return true;
      },
    });
  } catch (e) {
    if (e instanceof ZipRefusal) return { ok: false, problem: e.message };
    return { ok: false, problem: `file: it is not a zip that can be read (${e instanceof Error ? e.message : String(e)}).` };
  }
  return { ok: true, files: Object.entries(files).map(([path, data]) => ({ name: `${zipName} › ${path}`, bytes: data })), skipped };
}
