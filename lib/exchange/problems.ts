/**
 * Validation problems as people read them: `drafts[2].segments[0].grid.keep[1].text: expected string, got number`.
 * The path comes first, always, so a user (or a coach fixing a file by hand) can find the spot.
 */
import type { z } from '../model/zod';
import { issuePath } from '../catalogue/validate';

/** More than this and the list stops helping; the rest is counted, not listed. */
export const MAX_PROBLEMS = 200;

function describeType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'string') return 'text';
  return typeof value;
}

/** The value at `path` in `root`, reading own properties only. */
function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let node = root;
  for (const key of path) {
    if (node === null || typeof node !== 'object' || !Object.hasOwn(node, key)) return undefined;
    node = (node as Record<PropertyKey, unknown>)[key];
  }
  return node;
}

/** One issue in words: zod's own message, reworded where it speaks in types a user does not know. */
function describeIssue(issue: z.core.$ZodIssue, root: unknown): string {
  if (issue.code === 'invalid_type') {
    const found = valueAt(root, issue.path);
    const expected = issue.expected === 'int' ? 'a whole number' : issue.expected;
    return found === undefined ? `expected ${expected}, but it is missing` : `expected ${expected}, got ${describeType(found)}`;
  }
  if (issue.code === 'invalid_format' && issue.format === 'datetime') {
    return 'expected a date and time such as 2026-11-23T09:30:00.000Z';
  }
  return issue.message;
}

/** Every issue of `error` as `path: message`, prefixed by `where` when the data sits inside something larger. */
export function issueProblems(error: z.core.$ZodError, root: unknown): string[] {
  return error.issues.map((issue) => `${issuePath(issue.path) || 'file'}: ${describeIssue(issue, root)}`);
}

/** `problems`, cut to `MAX_PROBLEMS` with a last line saying how many more there were. */
export function capped(problems: string[]): string[] {
  if (problems.length <= MAX_PROBLEMS) return problems;
  const rest = problems.length - MAX_PROBLEMS + 1;
  return [...problems.slice(0, MAX_PROBLEMS - 1), `file: ${rest} more problems not listed; fix the ones above and import again to see them.`];
}
