/**
 * The one whitespace rule shared by the text index (lib/anchor/text.ts) and the matcher (lib/anchor/match.ts):
 * every run of whitespace is one space, and a few invisible characters count for nothing. Both sides must
 * agree character for character, or a quote taken from the index would not be found in it again.
 */

/** True for the UTF-16 code units `\s` matches, minus U+FEFF (which is invisible, see `isInvisible`). */
export function isSpace(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  if (code < 0xa0) return false;
  return (
    code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 ||
    code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000
  );
}

/**
 * Characters a reader never sees and editors insert at will: soft hyphen, zero-width space, word joiner,
 * byte-order mark. Zero-width (non-)joiners are kept: they change how some scripts and emoji render.
 */
export function isInvisible(code: number): boolean {
  return code === 0xad || code === 0x200b || code === 0x2060 || code === 0xfeff;
}

const INVISIBLE = /[\u00ad\u200b\u2060\ufeff]/g;
// `\s` is exactly `isSpace` plus U+FEFF, which INVISIBLE has already removed (tests/unit/anchor checks this).
const SPACE_RUN = /\s+/g;

/**
 * `text` as the index would hold it: whitespace runs become one space, invisible characters go. Leading and
 * trailing whitespace is kept as one space, because a quote may legitimately begin or end with one.
 */
export function collapseWhitespace(text: string): string {
  return text.replace(INVISIBLE, '').replace(SPACE_RUN, ' ');
}
