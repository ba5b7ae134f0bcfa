/**
 * Reading a file's text as JSON without trusting it: a size check that needs no parsing, a nesting check that
 * needs no recursion, and syntax errors told as line and column (and "cut off" when the file just stops).
 * Every problem starts with the word for the file (`file:`), the way validation problems start with their path.
 */
import { MAX_IMPORT_BYTES } from './envelope';
import { ENGLISH_PROBLEMS, megabytes, problem as told } from './problem-words';

/**
 * Deeper than any valid export (an envelope's deepest value is 8 levels down); checked before parsing because
 * JSON.parse with a reviver recurses per level and a crafted file could exhaust the stack.
 */
export const MAX_DEPTH = 64;

/** Keys that could reach an object's prototype if a later step ever copied them; dropped while parsing. */
const UNSAFE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

export type Parsed = { ok: true; value: unknown } | { ok: false; problem: string };

/** The refusal for a file of `bytes` bytes, or undefined when it is small enough: callers can check a File's size before reading it. */
export function sizeProblem(bytes: number, words = ENGLISH_PROBLEMS): string | undefined {
  if (bytes <= MAX_IMPORT_BYTES) return undefined;
  return told(words, undefined, 'file.tooBig', { size: megabytes(bytes, words), limit: MAX_IMPORT_BYTES / (1024 * 1024) });
}

/** UTF-8 length of `text`, counted without encoding it (no copy of a huge paste). */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/** The text of an import, from a string or the file's bytes; refuses oversize and non-UTF-8 input. */
export function importText(input: string | Uint8Array | ArrayBuffer, words = ENGLISH_PROBLEMS): { ok: true; text: string } | { ok: false; problem: string } {
  if (typeof input === 'string') {
    const problem = sizeProblem(utf8Length(input), words);
    return problem ? { ok: false, problem } : { ok: true, text: input.replace(/^\uFEFF/, '') };
  }
  const problem = sizeProblem(input.byteLength, words);
  if (problem) return { ok: false, problem };
  try {
    // `fatal` makes broken encodings an error rather than replacement characters; a BOM is dropped.
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(input) };
  } catch {
    return { ok: false, problem: told(words, undefined, 'file.notUtf8') };
  }
}

/** Line and column as message values: plain digits (an editor's "go to line" takes 1234, not 1,234). */
const spot = (text: string, offset: number) => {
  const { line, column } = lineColumn(text, offset);
  return { line: String(line), column: String(column) };
};

/** 1-based line and column of a character offset. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      start = i + 1;
    }
  }
  return { line, column: offset - start + 1 };
}

interface Shape {
  /** Offset of the first bracket nested deeper than the limit. */
  tooDeepAt?: number;
  /** The text stops inside a string or with brackets still open: the file was probably cut off. */
  unfinished: boolean;
}

/** One pass over the text, no recursion: nesting depth and whether it stops mid-value. */
function shape(text: string, limit: number): Shape {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92) i++; // backslash: skip the escaped character
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 123 || c === 91) {
      if (++depth > limit) return { tooDeepAt: i, unfinished: false };
    } else if (c === 125 || c === 93) depth--;
  }
  return { unfinished: inString || depth > 0 };
}

/** Where the engine says the syntax broke: V8 gives a position, Firefox a line and column. */
function syntaxOffset(text: string, message: string): number | undefined {
  const position = /position (\d+)/.exec(message);
  if (position) return Number(position[1]);
  const lineCol = /line (\d+) column (\d+)/.exec(message);
  if (!lineCol) return undefined;
  let offset = 0;
  for (let line = 1; line < Number(lineCol[1]); line++) {
    const next = text.indexOf('\n', offset);
    if (next < 0) break;
    offset = next + 1;
  }
  return offset + Number(lineCol[2]) - 1;
}

/** Parses `text` as JSON, dropping prototype-related keys; problems say where and why, in words. */
export function parseJson(text: string, limit = MAX_DEPTH, words = ENGLISH_PROBLEMS): Parsed {
  if (!text.trim()) return { ok: false, problem: told(words, undefined, 'file.empty') };
  const { tooDeepAt, unfinished } = shape(text, limit);
  if (tooDeepAt !== undefined) {
    return { ok: false, problem: told(words, undefined, 'file.tooDeep', { limit, ...spot(text, tooDeepAt) }) };
  }
  try {
    return { ok: true, value: JSON.parse(text, (key, value: unknown) => (UNSAFE_KEYS.has(key) ? undefined : value)) };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const offset = syntaxOffset(text, message);
    const end = text.trimEnd().length;
    if (unfinished && (offset === undefined || offset >= end)) {
      return { ok: false, problem: told(words, undefined, 'file.cutOff', spot(text, end)) };
    }
    // The engine's own message stays as it is: it names the character, in the browser's words.
    if (offset === undefined) return { ok: false, problem: told(words, undefined, 'file.notJson', { detail: message }) };
    return { ok: false, problem: told(words, undefined, 'file.notJsonAt', { ...spot(text, Math.min(offset, text.length)), detail: message }) };
  }
}
