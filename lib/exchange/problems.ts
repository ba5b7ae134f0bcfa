/**
 * Validation problems as people read them: `drafts[2].segments[0].grid.keep[1].text: expected string, got number`.
 * The path comes first, always, so a user (or a coach fixing a file by hand) can find the spot.
 */
import type { z } from '../model/zod';
import { issuePath } from '../catalogue/validate';
import type { Key } from '../i18n/catalogue';
import { ENGLISH_PROBLEMS, problem, type ProblemWords } from './problem-words';

/** More than this and the list stops helping; the rest is counted, not listed. */
export const MAX_PROBLEMS = 200;

/** What a value is, in words: `a list`, `text`, `null`… */
function describeType(value: unknown, { t }: ProblemWords): string {
  if (value === null) return t('found.null');
  if (Array.isArray(value)) return t('found.list');
  if (typeof value === 'object') return t('found.object');
  if (typeof value === 'string') return t('found.text');
  if (typeof value === 'number') return t('found.number');
  if (typeof value === 'boolean') return t('found.boolean');
  return typeof value;
}

const EXPECTED = new Set(['string', 'number', 'int', 'boolean', 'array', 'object']);

/** A type zod expected, in words (`string`, `a whole number`); one we have no word for is named as zod names it. */
export function expectedType(name: string, { t }: ProblemWords): string {
  return EXPECTED.has(name) ? t(`expected.${name}` as Key<'imports'>) : name;
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

/** Which limit message fits a size issue: characters of text, items of a list, or a plain number. */
function sizeKey(origin: string, big: boolean): Key<'imports'> {
  if (origin === 'string') return big ? 'issue.tooLong' : 'issue.tooShort';
  if (origin === 'array' || origin === 'set') return big ? 'issue.tooMany' : 'issue.tooFew';
  return big ? 'issue.tooBig' : 'issue.tooSmall';
}

/** One issue in words: what was expected and what was found, never zod's wording in types a user does not know. */
function describeIssue(issue: z.core.$ZodIssue, root: unknown, words: ProblemWords): string {
  const { t } = words;
  switch (issue.code) {
    case 'invalid_type': {
      const found = valueAt(root, issue.path);
      const expected = expectedType(issue.expected, words);
      return found === undefined ? t('issue.missing', { expected }) : t('issue.type', { expected, found: describeType(found, words) });
    }
    case 'invalid_format':
      return issue.format === 'datetime' ? t('issue.datetime') : t('issue.format', { format: issue.format });
    case 'too_big':
      return t(sizeKey(issue.origin, true), { count: Number(issue.maximum) });
    case 'too_small':
      return t(sizeKey(issue.origin, false), { count: Number(issue.minimum) });
    case 'invalid_value':
      return t('issue.oneOf', { values: issue.values.map((v) => JSON.stringify(v)).join(', ') });
    case 'unrecognized_keys':
      return t('issue.unknownKeys', { keys: issue.keys.join(', ') });
    default:
      return t('issue.other', { detail: issue.message });
  }
}

/** Every issue of `error` as `path: message`, prefixed by `where` when the data sits inside something larger. */
export function issueProblems(error: z.core.$ZodError, root: unknown, words = ENGLISH_PROBLEMS): string[] {
  return error.issues.map((issue) => `${issuePath(issue.path) || words.t('where.file')}: ${describeIssue(issue, root, words)}`);
}

/** `problems`, cut to `MAX_PROBLEMS` with a last line saying how many more there were. */
export function capped(problems: string[], words = ENGLISH_PROBLEMS): string[] {
  if (problems.length <= MAX_PROBLEMS) return problems;
  const rest = problems.length - MAX_PROBLEMS + 1;
  return [...problems.slice(0, MAX_PROBLEMS - 1), problem(words, undefined, 'file.moreProblems', { count: rest })];
}
