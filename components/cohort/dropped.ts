/**
 * Files dropped or picked for a class import, folders included: a dropped folder is walked (through the
 * File and Directory Entries API, the only way a drop exposes a folder's contents), and a picked folder
 * arrives as files with relative paths. Only .json and .zip files are kept; each keeps its path as its name.
 */
export interface NamedFile {
  name: string;
  file: File;
}

/** More files than this in dropped folders are not read (the batch would refuse them anyway). */
const MAX_FILES = 1000;
const WANTED = /\.(json|zip)$/i;

function entries(reader: FileSystemDirectoryReader): Promise<FileSystemEntry[]> {
  return new Promise((resolve, reject) => reader.readEntries(resolve, reject));
}

async function walk(entry: FileSystemEntry, out: NamedFile[], skipped: { count: number }): Promise<void> {
  if (out.length >= MAX_FILES) return;
  if (entry.isFile) {
    if (!WANTED.test(entry.name)) {
      skipped.count++;
      return;
    }
    const file = await new Promise<File>((resolve, reject) => (entry as FileSystemFileEntry).file(resolve, reject));
    out.push({ name: entry.fullPath.replace(/^\//, ''), file });
    return;
  }
  if (!entry.isDirectory) return;
  const reader = (entry as FileSystemDirectoryEntry).createReader();
  // readEntries gives a directory's entries in batches; an empty batch means the end.
  for (let batch = await entries(reader); batch.length; batch = await entries(reader)) {
    for (const child of batch) await walk(child, out, skipped);
  }
}

/** What a drop holds: its files, and the files of any folder in it, walked down. */
export async function droppedFiles(transfer: DataTransfer): Promise<{ files: NamedFile[]; skipped: number }> {
  const roots = [...transfer.items].map((item) => item.webkitGetAsEntry?.()).filter((e): e is FileSystemEntry => Boolean(e));
  if (!roots.length) return pickedFiles(transfer.files);
  const files: NamedFile[] = [];
  const skipped = { count: 0 };
  for (const root of roots) await walk(root, files, skipped);
  return { files, skipped: skipped.count };
}

/** Files from a file input (a picked folder gives each its relative path). */
export function pickedFiles(list: FileList | null | undefined): { files: NamedFile[]; skipped: number } {
  const all = [...(list ?? [])].map((file) => ({ name: file.webkitRelativePath || file.name, file }));
  const files = all.filter((f) => WANTED.test(f.file.name));
  // Files picked one by one are all read (a wrong one is refused with a reason); a folder's other files are not.
  const fromFolder = all.some((f) => f.file.webkitRelativePath);
  return fromFolder ? { files: files.slice(0, MAX_FILES), skipped: all.length - files.length } : { files: all, skipped: 0 };
}
