/**
 * Turning user text into inert text of another language (HTML, Markdown). Every user string that goes into
 * an export passes through one of these: a note reading `<script>` or `[x](javascript:…)` must come out as
 * those characters, never as markup.
 */

const HTML_ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text safe in HTML element content and in quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ENTITIES[c]!);
}

/**
 * Characters that make markup anywhere in a CommonMark/GFM line: emphasis, code, links, raw HTML, entities,
 * table pipes, strikethrough, math. Each is ASCII punctuation, so a backslash before it makes it literal.
 */
const INLINE_MARKUP = /[\\`*_[\]<>&|~$]/g;

/**
 * Line starts that make a block (heading, quote, list, setext underline, ordered list): escaped only there,
 * so ordinary text such as "2 - 3" stays readable.
 */
const BLOCK_START = /^([#>+=-]|\d{1,9}[.)])/;

/** One line of Markdown showing `text` literally (line breaks become spaces: for headings, list items, cells). */
export function markdownInline(text: string): string {
  return markdownLine(text.replace(/\s*[\r\n]+\s*/g, ' '));
}

/** A paragraph showing `text` literally, keeping its line breaks; blank lines stay paragraph breaks. */
export function markdownText(text: string): string {
  return text
    .split(/\r\n?|\n/)
    .map(markdownLine)
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

function markdownLine(line: string): string {
  // Leading spaces would make an indented code block (4+) or shift list nesting; the text reads the same without.
  const escaped = line.trimStart().replace(INLINE_MARKUP, '\\$&');
  return escaped.replace(BLOCK_START, (start) => `${start.slice(0, -1)}\\${start.slice(-1)}`);
}

/** `url` when it is an http(s) address (normalised), otherwise undefined: other schemes never become links. */
export function safeHttpUrl(url: string): string | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    return undefined;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return undefined;
  return parsed.href;
}

/** A Markdown link to an http(s) `url`, or the escaped label and address as plain text when it is not one. */
export function markdownLink(label: string, url: string): string {
  const href = safeHttpUrl(url);
  const text = markdownInline(label || url);
  if (!href) return url && label ? `${text} (${markdownInline(url)})` : text;
  // Parentheses and spaces would end the destination early (the URL parser already encoded spaces and quotes);
  // `&` would start an entity reference, which CommonMark decodes even inside a destination.
  const destination = href
    .replace(/[()<>\s]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`)
    .replace(/&/g, '\\&');
  return `[${text}](${destination})`;
}
