/**
 * A file's bytes, read as a stream and given up as soon as there are more than `max` (undefined then), so a
 * file too big to import is never read whole. Reading this way also spares asking each picked file its size:
 * Chrome answers `File.size` for a picked file with a synchronous check of the disk, which for a class of 30
 * files cost about as much as reading them.
 */
export async function readAtMost(file: Blob, max: number): Promise<Uint8Array | undefined> {
  const reader = file.stream().getReader();
  const parts: Uint8Array[] = [];
  let length = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    length += value.length;
    if (length > max) {
      await reader.cancel();
      return undefined;
    }
    parts.push(value);
  }
  if (parts.length === 1) return parts[0];
  const bytes = new Uint8Array(length);
  let at = 0;
  for (const part of parts) {
    bytes.set(part, at);
    at += part.length;
  }
  return bytes;
}
